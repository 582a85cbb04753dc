// Every rule of RULES.md, in catalog order. Ids are a public interface: never rename one.
import type { Rule } from '../types';
import syntaxError from './syntax-error';
import fromFirst from './from-first';
import jsonArgsInvalid from './json-args-invalid';
import copyFromUnknownStage from './copy-from-unknown-stage';
import copyFromSelf from './copy-from-self';
import duplicateStageName from './duplicate-stage-name';
import exposeInvalid from './expose-invalid';
import workdirAbsolute from './workdir-absolute';
import singleCmd from './single-cmd';
import maintainerDeprecated from './maintainer-deprecated';
import undefinedArgInFrom from './undefined-arg-in-from';
import instructionCasing from './instruction-casing';
import legacyKeyValue from './legacy-key-value';
import emptyContinuation from './empty-continuation';
import baseImagePinned from './base-image-pinned';
import baseImageSlim from './base-image-slim';
import baseImageOfficial from './base-image-official';
import depsBeforeSource from './deps-before-source';
import aptUpdateAlone from './apt-update-alone';
import aptListsCleanup from './apt-lists-cleanup';
import aptAssumeYes from './apt-assume-yes';
import aptNoInstallRecommends from './apt-no-install-recommends';
import aptPinVersions from './apt-pin-versions';
import apkNoCache from './apk-no-cache';
import pipNoCacheDir from './pip-no-cache-dir';
import pipPinVersions from './pip-pin-versions';
import consecutiveRun from './consecutive-run';
import dockerignoreMissing from './dockerignore-missing';
import copyIgnoredFile from './copy-ignored-file';
import multiStage from './multi-stage';
import buildDepsInFinal from './build-deps-in-final';
import ineffectiveRun from './ineffective-run';
import nonRootUser from './non-root-user';
import noSecrets from './no-secrets';
import secretArg from './secret-arg';
import noSudo from './no-sudo';
import noWorldWritable from './no-world-writable';
import copyChown from './copy-chown';
import addLocalFiles from './add-local-files';
import addRemoteUrl from './add-remote-url';
import curlPipeShell from './curl-pipe-shell';
import tlsVerifyDisabled from './tls-verify-disabled';
import pipefail from './pipefail';
import execForm from './exec-form';
import healthcheck from './healthcheck';
import healthcheckToolMissing from './healthcheck-tool-missing';
import exposePortMismatch from './expose-port-mismatch';
import exposeMissing from './expose-missing';
import cmdMissing from './cmd-missing';
import workdirMissing from './workdir-missing';
import noCd from './no-cd';
import pythonUnbuffered from './python-unbuffered';
import labelMetadata from './label-metadata';
import modelInImage from './model-in-image';

export const rules: Rule[] = [
  syntaxError,
  fromFirst,
  jsonArgsInvalid,
  copyFromUnknownStage,
  copyFromSelf,
  duplicateStageName,
  exposeInvalid,
  workdirAbsolute,
  singleCmd,
  maintainerDeprecated,
  undefinedArgInFrom,
  instructionCasing,
  legacyKeyValue,
  emptyContinuation,
  baseImagePinned,
  baseImageSlim,
  baseImageOfficial,
  depsBeforeSource,
  aptUpdateAlone,
  aptListsCleanup,
  aptAssumeYes,
  aptNoInstallRecommends,
  aptPinVersions,
  apkNoCache,
  pipNoCacheDir,
  pipPinVersions,
  consecutiveRun,
  dockerignoreMissing,
  copyIgnoredFile,
  multiStage,
  buildDepsInFinal,
  ineffectiveRun,
  nonRootUser,
  noSecrets,
  secretArg,
  noSudo,
  noWorldWritable,
  copyChown,
  addLocalFiles,
  addRemoteUrl,
  curlPipeShell,
  tlsVerifyDisabled,
  pipefail,
  execForm,
  healthcheck,
  healthcheckToolMissing,
  exposePortMismatch,
  exposeMissing,
  cmdMissing,
  workdirMissing,
  noCd,
  pythonUnbuffered,
  labelMetadata,
  modelInImage,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
