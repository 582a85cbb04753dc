// Documentation of every rule (the /rules pages, search, tests), apart from the rules themselves so the
// analyzer bundle the browser loads carries none of this text. One file per rule: docs/<id>.ts.
import type { RuleDocs } from '../types';
import { docs as syntaxError } from './syntax-error';
import { docs as fromFirst } from './from-first';
import { docs as jsonArgsInvalid } from './json-args-invalid';
import { docs as copyFromUnknownStage } from './copy-from-unknown-stage';
import { docs as copyFromSelf } from './copy-from-self';
import { docs as duplicateStageName } from './duplicate-stage-name';
import { docs as exposeInvalid } from './expose-invalid';
import { docs as workdirAbsolute } from './workdir-absolute';
import { docs as singleCmd } from './single-cmd';
import { docs as maintainerDeprecated } from './maintainer-deprecated';
import { docs as undefinedArgInFrom } from './undefined-arg-in-from';
import { docs as instructionCasing } from './instruction-casing';
import { docs as legacyKeyValue } from './legacy-key-value';
import { docs as emptyContinuation } from './empty-continuation';
import { docs as baseImagePinned } from './base-image-pinned';
import { docs as baseImageSlim } from './base-image-slim';
import { docs as baseImageOfficial } from './base-image-official';
import { docs as depsBeforeSource } from './deps-before-source';
import { docs as aptUpdateAlone } from './apt-update-alone';
import { docs as aptListsCleanup } from './apt-lists-cleanup';
import { docs as aptAssumeYes } from './apt-assume-yes';
import { docs as aptNoInstallRecommends } from './apt-no-install-recommends';
import { docs as aptPinVersions } from './apt-pin-versions';
import { docs as apkNoCache } from './apk-no-cache';
import { docs as pipNoCacheDir } from './pip-no-cache-dir';
import { docs as pipPinVersions } from './pip-pin-versions';
import { docs as consecutiveRun } from './consecutive-run';
import { docs as dockerignoreMissing } from './dockerignore-missing';
import { docs as copyIgnoredFile } from './copy-ignored-file';
import { docs as multiStage } from './multi-stage';
import { docs as buildDepsInFinal } from './build-deps-in-final';
import { docs as ineffectiveRun } from './ineffective-run';
import { docs as nonRootUser } from './non-root-user';
import { docs as noSecrets } from './no-secrets';
import { docs as secretArg } from './secret-arg';
import { docs as noSudo } from './no-sudo';
import { docs as noWorldWritable } from './no-world-writable';
import { docs as copyChown } from './copy-chown';
import { docs as addLocalFiles } from './add-local-files';
import { docs as addRemoteUrl } from './add-remote-url';
import { docs as curlPipeShell } from './curl-pipe-shell';
import { docs as tlsVerifyDisabled } from './tls-verify-disabled';
import { docs as pipefail } from './pipefail';
import { docs as execForm } from './exec-form';
import { docs as healthcheck } from './healthcheck';
import { docs as healthcheckToolMissing } from './healthcheck-tool-missing';
import { docs as exposePortMismatch } from './expose-port-mismatch';
import { docs as exposeMissing } from './expose-missing';
import { docs as cmdMissing } from './cmd-missing';
import { docs as workdirMissing } from './workdir-missing';
import { docs as noCd } from './no-cd';
import { docs as pythonUnbuffered } from './python-unbuffered';
import { docs as labelMetadata } from './label-metadata';
import { docs as modelInImage } from './model-in-image';

export const ruleDocs: Readonly<Record<string, RuleDocs>> = {
  'syntax-error': syntaxError,
  'from-first': fromFirst,
  'json-args-invalid': jsonArgsInvalid,
  'copy-from-unknown-stage': copyFromUnknownStage,
  'copy-from-self': copyFromSelf,
  'duplicate-stage-name': duplicateStageName,
  'expose-invalid': exposeInvalid,
  'workdir-absolute': workdirAbsolute,
  'single-cmd': singleCmd,
  'maintainer-deprecated': maintainerDeprecated,
  'undefined-arg-in-from': undefinedArgInFrom,
  'instruction-casing': instructionCasing,
  'legacy-key-value': legacyKeyValue,
  'empty-continuation': emptyContinuation,
  'base-image-pinned': baseImagePinned,
  'base-image-slim': baseImageSlim,
  'base-image-official': baseImageOfficial,
  'deps-before-source': depsBeforeSource,
  'apt-update-alone': aptUpdateAlone,
  'apt-lists-cleanup': aptListsCleanup,
  'apt-assume-yes': aptAssumeYes,
  'apt-no-install-recommends': aptNoInstallRecommends,
  'apt-pin-versions': aptPinVersions,
  'apk-no-cache': apkNoCache,
  'pip-no-cache-dir': pipNoCacheDir,
  'pip-pin-versions': pipPinVersions,
  'consecutive-run': consecutiveRun,
  'dockerignore-missing': dockerignoreMissing,
  'copy-ignored-file': copyIgnoredFile,
  'multi-stage': multiStage,
  'build-deps-in-final': buildDepsInFinal,
  'ineffective-run': ineffectiveRun,
  'non-root-user': nonRootUser,
  'no-secrets': noSecrets,
  'secret-arg': secretArg,
  'no-sudo': noSudo,
  'no-world-writable': noWorldWritable,
  'copy-chown': copyChown,
  'add-local-files': addLocalFiles,
  'add-remote-url': addRemoteUrl,
  'curl-pipe-shell': curlPipeShell,
  'tls-verify-disabled': tlsVerifyDisabled,
  'pipefail': pipefail,
  'exec-form': execForm,
  'healthcheck': healthcheck,
  'healthcheck-tool-missing': healthcheckToolMissing,
  'expose-port-mismatch': exposePortMismatch,
  'expose-missing': exposeMissing,
  'cmd-missing': cmdMissing,
  'workdir-missing': workdirMissing,
  'no-cd': noCd,
  'python-unbuffered': pythonUnbuffered,
  'label-metadata': labelMetadata,
  'model-in-image': modelInImage,
};

/** The docs of a rule. Every registered rule has them (scripts/check-rules.ts), so a miss is a build error. */
export function docsOf(ruleId: string): RuleDocs {
  const docs = ruleDocs[ruleId];
  if (!docs) throw new Error(`rule ${ruleId} has no docs file lib/dockerfile/docs/${ruleId}.ts`);
  return docs;
}
