// pip keeps every downloaded wheel in ~/.cache/pip: for ML stacks (torch, numpy…) hundreds of MB
// that ship in the image and are never read again.
import { unquoteWord } from '../context-sources';
import { hasCacheMount, pipInstallWord, removesPath, reportMissingFlag, variableMayHold } from '../packages';
import { commandsOf, hasFlag, instructionsWithParents, PIP, positionals, programName, unwrap } from '../query';
import { defineRule } from '../rule';
import type { DockerfileAst, Instruction, RuleContext, ShellCommand, ShellScript, ShellWord, Stage } from '../types';

const VARIABLE = 'PIP_NO_CACHE_DIR';
const ASSIGNMENT = `${VARIABLE}=`;

/**
 * Any value turns pip's cache off, `0` and `false` included: pip keeps that for backward
 * compatibility (`_handle_no_cache_dir`). An empty one sets nothing.
 */
function isSet(value: string): boolean {
  return unquoteWord(value).trim() !== '';
}

/** `PIP_NO_CACHE_DIR=1` as an assignment word (of the command, or an argument of `export` or `env`). */
function setsNoCache(word: ShellWord): boolean {
  return word.value.startsWith(ASSIGNMENT) && isSet(word.value.slice(ASSIGNMENT.length));
}

function isNoCacheFlag(word: string): boolean {
  return word.startsWith('--no-cache-dir');
}

/** PIP_NO_CACHE_DIR set by ENV or ARG in the stage (or the stages it is built FROM) before this RUN. */
function setBeforeRun(ast: DockerfileAst, stage: Stage, run: Instruction): boolean {
  let set = false;
  const instructions = instructionsWithParents(ast, stage);
  for (let i = 0; i < instructions.length; i++) {
    const instruction = instructions[i]!;
    if (instruction.index >= run.index) break;
    if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
    for (let p = 0; p < instruction.pairs.length; p++) {
      const pair = instruction.pairs[p]!;
      if (pair.key === VARIABLE && pair.value !== null) set = isSet(pair.value);
    }
  }
  return set;
}

const PIP_CACHE_FOLDER = /(^|\/)\.cache(\/pip)?$/;

/** pip's cache folder (root's or another user's `~/.cache`), as a cache mount's target. */
function isPipCacheFolder(target: string): boolean {
  return PIP_CACHE_FOLDER.test(target);
}

const PIP_CACHE_PATH = /(^|\/)\.cache(\/pip)?\/?\*?$/;

/** `rm -rf /root/.cache/pip` or `pip cache purge` in the same RUN also keeps the cache out of the layer. */
function purgesCache(run: Instruction): boolean {
  return removesPath(run, PIP_CACHE_PATH) || commandsOf(run).some(isPipCachePurge);
}



function isPipCachePurge(cmd: ShellCommand): boolean {
  if (!PIP.test(programName(cmd))) return false;
  const [first, second] = positionals(cmd);
  return first?.value === 'cache' && second?.value === 'purge';
}

/** Reports each pip install of one script that keeps its cache (raw commands: `export` and `env` matter). */
function reportInstalls(context: RuleContext, stage: Stage, script: ShellScript): void {
  const commands = script.commands;
  let exported = false;
  for (let c = 0; c < commands.length; c++) {
    const raw = commands[c]!;
    if (programName(raw) === 'export' && raw.args.some(setsNoCache)) exported = true;
    const cmd = unwrap(raw);
    const install = pipInstallWord(cmd);
    if (!install || exported || raw.assignments.some(setsNoCache)) continue;
    // `env PIP_NO_CACHE_DIR=1 pip install …`: the assignment is an argument of env.
    if (programName(raw) === 'env' && raw.args.some(setsNoCache)) continue;
    if (hasFlag(cmd, '--no-cache-dir') || variableMayHold(cmd, stage, isNoCacheFlag)) continue;
    reportMissingFlag(context, cmd, install, '--no-cache-dir');
  }
}

export default defineRule({
  meta: {
    id: 'pip-no-cache-dir',
    category: 'layers',
    aliases: ['DL3042'],
    lesson: { question: 6, anchor: 'optimize-python-dependencies' },
    messages: {
      missing:
        'pip install không có --no-cache-dir: các file wheel tải về nằm lại trong ~/.cache/pip và vào image. Thêm --no-cache-dir (hoặc ENV PIP_NO_CACHE_DIR=1, hoặc RUN --mount=type=cache,target=/root/.cache/pip).',
    },
    fixable: true,
  },
  inspectStage(stage, context) {
    const { ast } = context;
    for (let i = 0; i < stage.instructions.length; i++) {
      const run = stage.instructions[i]!;
      // A cache mount is read on the RUN's flags alone: cheaper than reading its commands. Without a
      // pip install, the rest of the rule does not matter.
      if (run.keyword !== 'RUN' || hasCacheMount(run, isPipCacheFolder) || !commandsOf(run).some(pipInstallWord)) continue;
      if (purgesCache(run) || setBeforeRun(ast, stage, run)) continue;
      // The raw commands of the shell form and of each heredoc body (read in place: no list of scripts).
      if (run.shell) reportInstalls(context, stage, run.shell);
      for (let h = 0; h < run.heredocs.length; h++) {
        const body = run.heredocs[h]!.shell;
        if (body) reportInstalls(context, stage, body);
      }
    }
  },
});
