// apt's package lists (/var/lib/apt/lists, tens of MB) stay in the layer unless the same RUN deletes
// them: a later `RUN rm` only hides them, the bytes still ship in the earlier layer.
import { after, aptInstallWord, commandWordsRange, coversPath, hasCacheMount, removesPath } from '../packages';
import { commandsOf, programName, scriptsOf, shippedStages, unwrap } from '../query';
import { defineRule } from '../rule';
import { sourceText } from '../source-text';
import type { DockerfileAst, Fix, Instruction, ShellCommand } from '../types';

const LISTS = '/var/lib/apt/lists';

/** The lists folder (trailing slashes allowed) or everything in it: `rm -rf /var/lib/apt/lists/*`. */
const LISTS_PATH = /^\/var\/lib\/apt\/lists(\/+|\/\*)?$/;

function coversLists(target: string): boolean {
  return coversPath(target, LISTS);
}

/** Appends the cleanup after the last apt command (after its whole pipeline, so no pipe is rewired). */
function cleanupFix(ast: DockerfileAst, instruction: Instruction): Fix | undefined {
  let anchor: ShellCommand | undefined;
  for (const script of scriptsOf(instruction)) {
    const commands = script.commands;
    for (let i = 0; i < commands.length; i++) {
      const program = programName(unwrap(commands[i]!));
      if (program !== 'apt-get' && program !== 'apt') continue;
      let last = i;
      while (commands[last + 1]?.operatorBefore === '|') last++;
      anchor = commands[last];
    }
  }
  // A quote the anchor leaves open (in a word or a redirection's target) runs to the end of the RUN:
  // text appended there would be quoted too.
  if (!anchor || leavesQuoteOpen(sourceText(ast, anchor.range), ast.escapeChar.charCodeAt(0))) return undefined;
  return { title: 'Xoá /var/lib/apt/lists/* trong cùng RUN', edits: [{ range: after(anchor), text: ' && rm -rf /var/lib/apt/lists/*' }] };
}

/**
 * Whether a command's source text opens a quote, a backtick, a `$(` or a `${` it never closes. Line
 * continuations (the escape character, blanks, a line break) and the comment lines between them
 * are Docker's, not the shell's: skipped.
 */
function leavesQuoteOpen(text: string, escape: number): boolean {
  let quote = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      const first = afterSpaces(text, i + 1);
      // Onto the comment's own line break, read next turn: a comment line after it is skipped too.
      if (text.charCodeAt(first) === 35) {
        const next = text.indexOf('\n', first);
        i = next < 0 ? text.length : next - 1;
      }
    } else if (code === escape && isLineBreak(text.charCodeAt(afterSpaces(text, i + 1)))) {
      // Onto the line break, which the next turn reads as one.
      i = afterSpaces(text, i + 1) - 1;
    } else if (quote === 39) {
      if (code === 39) quote = 0;
    } else if (code === 92) i++;
    else if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 39 || code === 34 || code === 96) quote = code;
    else if (code === 36 && (text.charCodeAt(i + 1) === 40 || text.charCodeAt(i + 1) === 123)) depth++;
    else if ((code === 41 || code === 125) && depth > 0) depth--;
  }
  return quote !== 0 || depth > 0;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Index of the first character from `i` that is not a space or a tab. */
function afterSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
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
        const first = commandsOf(instruction).find(aptInstallWord);
        // A cache or tmpfs mount on /var/lib/apt (or the lists folder) also keeps the lists out of the layer.
        if (!first || removesPath(instruction, LISTS_PATH) || hasCacheMount(instruction, coversLists)) continue;
        context.report({
          messageId: 'missing',
          range: commandWordsRange(first, aptInstallWord(first)),
          data: { command: first.name },
          fix: cleanupFix(context.ast, instruction),
        });
      }
    }
  },
});
