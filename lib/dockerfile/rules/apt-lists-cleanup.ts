// apt's package lists (/var/lib/apt/lists, tens of MB) stay in the layer unless the same RUN deletes
// them: a later `RUN rm` only hides them, the bytes still ship in the earlier layer.
import { after, aptInstallWord, aptSubcommand, commandWordsRange, coversPath, hasCacheMount, removesPath } from '../packages';
import { commandsOf, programName, scriptsOf, shippedStages, unwrap } from '../query';
import { defineRule } from '../rule';
import type { Fix, Instruction, ShellCommand } from '../types';

const LISTS = '/var/lib/apt/lists';

/** `apt-get dist-clean` (apt 2.7+): removes the lists too. */
const DIST_CLEAN = /^dist-?clean$/;
/** The lists folder or apt's whole folder, trailing slashes allowed, or everything in it: `rm -rf /var/lib/apt/lists/*`, `rm -rf /var/lib/apt`. */
const LISTS_PATH = /^\/var\/lib\/apt(\/lists)?\/*\*?$/;

function coversLists(target: string): boolean {
  return coversPath(target, LISTS);
}

/** Appends the cleanup after the last apt command (after its whole pipeline, so no pipe is rewired). */
function cleanupFix(instruction: Instruction): Fix | undefined {
  let anchor: ShellCommand | undefined;
  // A quote or substitution left open runs to the end of its script: appended there, the cleanup would be inside it.
  let swallowed = false;
  for (const script of scriptsOf(instruction)) {
    const commands = script.commands;
    for (let i = 0; i < commands.length; i++) {
      const program = programName(unwrap(commands[i]!));
      if (program !== 'apt-get' && program !== 'apt') continue;
      let last = i;
      while (commands[last + 1]?.operatorBefore === '|') last++;
      anchor = commands[last];
      swallowed = script.unterminated && last === commands.length - 1;
    }
  }
  if (!anchor || swallowed) return undefined;
  return { title: 'Xoá /var/lib/apt/lists/* trong cùng RUN', edits: [{ range: after(anchor), text: ' && rm -rf /var/lib/apt/lists/*' }] };
}

export default defineRule({
  meta: {
    id: 'apt-lists-cleanup',
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
        const commands = commandsOf(instruction);
        const first = commands.find(aptInstallWord);
        // A cache or tmpfs mount on /var/lib/apt (or the lists folder) also keeps the lists out of the layer.
        if (!first || hasCacheMount(instruction, coversLists)) continue;
        // The cleanup counts after the last `apt-get update`: one before it is filled again.
        const from = commands.findLastIndex((cmd) => aptSubcommand(cmd) === 'update') + 1;
        // `apt-get distclean` (or its alias `dist-clean`; apt 2.7.8 on: Debian trixie, Ubuntu noble) is
        // `clean` that deletes the lists too; the official images moved to it. Plain `clean` keeps them.
        if (removesPath(instruction, LISTS_PATH, from) || commands.some((cmd, c) => c >= from && DIST_CLEAN.test(aptSubcommand(cmd) ?? ''))) continue;
        context.report({
          messageId: 'missing',
          range: commandWordsRange(first, aptInstallWord(first)),
          data: { command: first.name },
          fix: cleanupFix(instruction),
        });
      }
    }
  },
});
