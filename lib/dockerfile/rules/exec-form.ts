// In shell form the app runs under `/bin/sh -c` as a child: SIGTERM from `docker stop` hits the shell.
import { splitWords, unquote } from '../parse/words';
import { ASSIGNMENT, stageOf } from '../query';
import { defineRule } from '../rule';
import { effectiveCommand } from '../servers';
import type { DockerfileAst, Instruction } from '../types';

const EXEC_PREFIX = /^exec\s/;
/** Quoted text JSON keeps as is: single-quoted, or double-quoted without a variable, substitution or escape. */
const LITERAL_QUOTED = /'[^']*'|"[^"$`\\]*"/g;
/** Outside literal quotes: a quote left open or holding an expansion, or any shell syntax. */
const SHELL_SYNTAX = /["'$`\\|&;<>(){}*?[\]~#!]/;

/**
 * The words of a shell-form command when turning it into a JSON array keeps its meaning: no variables,
 * substitutions, operators, redirections, globs or escapes. Quotes are removed. null otherwise.
 */
function simpleWords(text: string): string[] | null {
  if (SHELL_SYNTAX.test(text.replace(LITERAL_QUOTED, ''))) return null;
  const words = splitWords(text, 0, text.length, '\\').map((word) => unquote(text.slice(word.start, word.end), '\\'));
  // `VAR=x cmd` sets a variable for the command: a JSON array would run `VAR=x` as the program.
  if (words.length === 0 || ASSIGNMENT.test(words[0] ?? '')) return null;
  return words;
}

export default defineRule({
  meta: {
    id: 'exec-form',
    category: 'runtime',
    aliases: ['DL3025', 'JSONArgsRecommended'],
    lesson: { question: 4, anchor: 'best-practices' },
    messages: {
      shellForm:
        '{{keyword}} ở dạng shell chạy qua /bin/sh -c: app không nhận SIGTERM khi docker stop nên bị kill sau 10 giây. Viết dạng exec (mảng JSON), ví dụ {{keyword}} ["python", "app.py"].',
    },
    fixable: true,
  },
  on: ['CMD', 'ENTRYPOINT'],
  inspect(instruction, context) {
    if (instruction.json || instruction.jsonError) return;
    const text = instruction.argsText.trim();
    // `CMD exec python app.py`: the shell replaces itself with the app, which then receives signals.
    if (text === '' || EXEC_PREFIX.test(text)) return;
    // Read only now: a range is built on each read.
    const argsRange = instruction.argsRange;
    if (!argsRange) return;
    const words = simpleWords(text);
    const offerFix = words !== null && !(instruction.keyword === 'ENTRYPOINT' && hasCmd(context.ast, instruction));
    context.report({
      messageId: 'shellForm',
      range: argsRange,
      data: { keyword: instruction.keyword },
      fix:
        offerFix && words
          ? {
              title: 'Chuyển sang dạng exec (mảng JSON)',
              edits: [{ range: argsRange, text: `[${words.map((w) => JSON.stringify(w)).join(', ')}]` }],
            }
          : undefined,
    });
  },
});

/**
 * An exec-form ENTRYPOINT takes CMD as arguments, which a shell-form one ignored: the fix would change behaviour.
 * The stage's own CMD, before or after the ENTRYPOINT, is always in force; an inherited one unless reset.
 */
function hasCmd(ast: DockerfileAst, entrypoint: Instruction): boolean {
  const stage = stageOf(ast, entrypoint);
  return stage !== undefined && effectiveCommand(ast, stage).cmd !== null;
}
