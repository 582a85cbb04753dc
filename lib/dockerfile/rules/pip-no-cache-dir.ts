// pip keeps every downloaded wheel in ~/.cache/pip: for ML stacks (torch, numpy…) hundreds of MB
// that ship in the image and are never read again.
import { after, cacheMountTargets, commandWordsRange, pipInstallWord, variableMayHold } from '../packages';
import { hasFlag, instructionsWithParents, isCommand, positionals, programName, scriptsOf, unwrap } from '../query';
import { defineRule } from '../rule';
import type { DockerfileAst, Instruction, ShellWord, Stage } from '../types';

const VARIABLE = 'PIP_NO_CACHE_DIR';

function isTruthy(value: string): boolean {
  const v = value.replace(/^(["'])(.*)\1$/, '$2').trim().toLowerCase();
  return !['', '0', 'false', 'no', 'off'].includes(v);
}

/** `PIP_NO_CACHE_DIR=1` among assignment words. */
function assigns(words: readonly ShellWord[]): boolean {
  return words.some((w) => w.value.startsWith(`${VARIABLE}=`) && isTruthy(w.value.slice(VARIABLE.length + 1)));
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
  return scriptsOf(run).some((script) =>
    script.commands.map(unwrap).some((cmd) => {
      if (isCommand(cmd, 'rm')) return positionals(cmd).some((w) => /(^|\/)\.cache(\/pip)?\/?\*?$/.test(w.value));
      return /^pip\d*(\.\d+)?$/.test(programName(cmd)) && positionals(cmd)[0]?.value === 'cache' && positionals(cmd)[1]?.value === 'purge';
    }),
  );
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
      for (const run of stage.instructions) {
        if (run.keyword !== 'RUN') continue;
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
            if (hasFlag(cmd, '--no-cache-dir') || variableMayHold(cmd, stage, (w) => w.startsWith('--no-cache-dir'))) continue;
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
