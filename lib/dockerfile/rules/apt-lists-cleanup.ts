// apt's package lists (/var/lib/apt/lists, tens of MB) stay in the layer unless the same RUN deletes
// them: a later `RUN rm` only hides them, the bytes still ship in the earlier layer.
import { aptInstallWord, cacheMountTargets, commandWordsRange, coversPath } from '../packages';
import { commandsOf, isCommand, positionals, scriptsOf, shippedStages, unwrap } from '../query';
import { defineRule } from '../rule';
import type { Fix, Instruction, ShellCommand } from '../types';

const LISTS = '/var/lib/apt/lists';

function firstAptInstall(instruction: Instruction): ShellCommand | undefined {
  const commands = commandsOf(instruction);
  for (let c = 0; c < commands.length; c++) if (aptInstallWord(commands[c]!)) return commands[c];
  return undefined;
}

/** `rm -rf /var/lib/apt/lists/*` (or the folder itself, alone or among other paths). */
function removesLists(instruction: Instruction): boolean {
  return commandsOf(instruction).some(
    (cmd) => isCommand(cmd, 'rm') && positionals(cmd).some((w) => /^\/var\/lib\/apt\/lists(\/\*?)?$/.test(w.value.replace(/\/+$/, '/'))),
  );
}

/** A cache or tmpfs mount on /var/lib/apt (or the lists folder) keeps the lists out of the layer. */
function mountsLists(instruction: Instruction): boolean {
  return cacheMountTargets(instruction).some((target) => coversPath(target, LISTS));
}

/** Appends the cleanup after the last apt command (after its whole pipeline, so no pipe is rewired). */
function cleanupFix(instruction: Instruction): Fix | undefined {
  let anchor: { end: { line: number; column: number } } | undefined;
  for (const script of scriptsOf(instruction)) {
    const commands = script.commands;
    for (let i = 0; i < commands.length; i++) {
      if (!isCommand(unwrap(commands[i]!), 'apt-get', 'apt')) continue;
      let last = i;
      while (commands[last + 1]?.operatorBefore === '|') last++;
      const range = commands[last]!.range;
      anchor = { end: { line: range.endLine, column: range.endColumn } };
    }
  }
  if (!anchor) return undefined;
  const { line, column } = anchor.end;
  return {
    title: 'Xoá /var/lib/apt/lists/* trong cùng RUN',
    edits: [{ range: { line, column, endLine: line, endColumn: column }, text: ' && rm -rf /var/lib/apt/lists/*' }],
  };
}

export default defineRule({
  meta: {
    id: 'apt-lists-cleanup',
    severity: 'warning',
    category: 'layers',
    aliases: ['DL3009'],
    lesson: { question: 6, anchor: 'remove-unnecessary-files' },
    messages: {
      missing:
        'RUN này cài gói bằng {{command}} nhưng không xoá /var/lib/apt/lists/*: danh sách gói (hàng chục MB) nằm lại trong image. Thêm "&& rm -rf /var/lib/apt/lists/*" cuối cùng RUN, hoặc dùng cache mount cho /var/cache/apt và /var/lib/apt.',
    },
    fixable: true,
  },
  check(context) {
    for (const stage of shippedStages(context.ast)) {
      for (let i = 0; i < stage.instructions.length; i++) {
        const instruction = stage.instructions[i]!;
        if (instruction.keyword !== 'RUN') continue;
        const first = firstAptInstall(instruction);
        if (!first || removesLists(instruction) || mountsLists(instruction)) continue;
        const fix = cleanupFix(instruction);
        context.report({
          messageId: 'missing',
          range: commandWordsRange(first, aptInstallWord(first)),
          data: { command: first.name },
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});
