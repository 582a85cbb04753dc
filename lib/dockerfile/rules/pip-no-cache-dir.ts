// pip keeps every downloaded wheel in ~/.cache/pip: for ML stacks (torch, numpy…) hundreds of MB
// that ship in the image and are never read again.
import { after, cacheMountTargets, commandWordsRange, pipInstallWord, variableMayHold } from '../packages';
import { commandsOf, hasFlag, instructionsWithParents, isCommand, positionals, programName, scriptsOf, unwrap } from '../query';
import { defineRule } from '../rule';
import type { DockerfileAst, Instruction, ShellWord, Stage } from '../types';

const VARIABLE = 'PIP_NO_CACHE_DIR';
const ASSIGNMENT = `${VARIABLE}=`;
const FALSE_VALUES = new Set(['', '0', 'false', 'no', 'off']);

function isTruthy(value: string): boolean {
  return !FALSE_VALUES.has(value.replace(/^(["'])(.*)\1$/, '$2').trim().toLowerCase());
}

/** `PIP_NO_CACHE_DIR=1` among assignment words. */
function assigns(words: readonly ShellWord[]): boolean {
  for (const word of words) if (word.value.startsWith(ASSIGNMENT) && isTruthy(word.value.slice(ASSIGNMENT.length))) return true;
  return false;
}

function isNoCacheFlag(word: string): boolean {
  return word.startsWith('--no-cache-dir');
}

/** Whether any command of the RUN is a pip install: the rest of the rule only matters then. */
function installsWithPip(run: Instruction): boolean {
  const commands = commandsOf(run);
  for (let c = 0; c < commands.length; c++) if (pipInstallWord(commands[c]!)) return true;
  return false;
}

/** PIP_NO_CACHE_DIR set by ENV or ARG in the stage (or the stages it is built FROM) before this RUN. */
function setBeforeRun(ast: DockerfileAst, stage: Stage, run: Instruction): boolean {
  let set = false;
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.index >= run.index) break;
    if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
    for (const pair of instruction.pairs) if (pair.key === VARIABLE && pair.value !== null) set = isTruthy(pair.value);
  }
  return set;
}

/** A cache mount on pip's cache folder (root's or another user's `~/.cache`). */
function mountsPipCache(run: Instruction): boolean {
  return cacheMountTargets(run).some((target) => /(^|\/)\.cache(\/pip)?$/.test(target));
}

/** `rm -rf /root/.cache/pip` or `pip cache purge` in the same RUN also keeps the cache out of the layer. */
function purgesCache(run: Instruction): boolean {
  for (const cmd of commandsOf(run)) {
    if (isCommand(cmd, 'rm')) {
      if (positionals(cmd).some((w) => /(^|\/)\.cache(\/pip)?\/?\*?$/.test(w.value))) return true;
      continue;
    }
    if (!/^pip\d*(\.\d+)?$/.test(programName(cmd))) continue;
    const [first, second] = positionals(cmd);
    if (first?.value === 'cache' && second?.value === 'purge') return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'pip-no-cache-dir',
    severity: 'warning',
    category: 'layers',
    aliases: ['DL3042'],
    lesson: { question: 6, anchor: 'optimize-python-dependencies' },
    messages: {
      missing:
        'pip install không có --no-cache-dir: các file wheel tải về nằm lại trong ~/.cache/pip và vào image. Thêm --no-cache-dir (hoặc ENV PIP_NO_CACHE_DIR=1, hoặc RUN --mount=type=cache,target=/root/.cache/pip).',
    },
    fixable: true,
  },
  check(context) {
    const { ast } = context;
    for (const stage of ast.stages) {
      for (let i = 0; i < stage.instructions.length; i++) {
        const run = stage.instructions[i]!;
        if (run.keyword !== 'RUN' || !installsWithPip(run)) continue;
        if (mountsPipCache(run) || purgesCache(run) || setBeforeRun(ast, stage, run)) continue;
        for (const script of scriptsOf(run)) {
          let exported = false;
          for (const raw of script.commands) {
            if (isCommand(raw, 'export') && assigns(raw.args)) exported = true;
            const cmd = unwrap(raw);
            const install = pipInstallWord(cmd);
            if (!install || exported || assigns(raw.assignments)) continue;
            // `env PIP_NO_CACHE_DIR=1 pip install …`: the assignment is an argument of env.
            if (isCommand(raw, 'env') && assigns(raw.args)) continue;
            if (hasFlag(cmd, '--no-cache-dir') || variableMayHold(cmd, stage, isNoCacheFlag)) continue;
            context.report({
              messageId: 'missing',
              range: commandWordsRange(cmd, install),
              fix: { title: 'Thêm --no-cache-dir', edits: [{ range: after(install), text: ' --no-cache-dir' }] },
            });
          }
        }
      }
    }
  },
});
