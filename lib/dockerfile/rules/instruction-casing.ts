// Docker accepts `run` and `RUN` alike, but a file that mixes them (or `FROM x as y`) reads as careless.
import { casingOf, countCasings, inCase, keywordCasing, type Casing } from '../keyword-casing';
import { KNOWN_INSTRUCTIONS } from '../parse/instructions';
import { defineRule } from '../rule';
import type { Instruction, Range, RuleContext, TextEdit, Token } from '../types';

/** `as` in any casing: only FROM lines that contain it need their words split. */
const MAY_HAVE_AS = /as/i;

/** The `AS` word of `FROM image AS name` (any word after the first), if any. */
function fromAsWord(from: Instruction): Token | undefined {
  return from.args.find((word, i) => i > 0 && word.value.length === 2 && word.value.toLowerCase() === 'as');
}

export default defineRule({
  meta: {
    id: 'instruction-casing',
    severity: 'info',
    category: 'syntax',
    aliases: ['ConsistentInstructionCasing', 'FromAsCasing'],
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      inconsistent: 'Lệnh "{{written}}" viết khác kiểu với phần lớn file: viết {{expected}} cho thống nhất.',
      fromAs: 'Từ khoá "{{written}}" khác kiểu chữ với FROM: viết {{expected}} cho thống nhất.',
    },
    fixable: true,
  },
  // Each FROM's AS as analyze's pass reaches it: a walk over the stages after the pass split
  // their FROM lines again, out of the CPU cache on a 10,000-line file.
  on: ['FROM'],
  inspect: checkFromAs,
  // The file's majority casing, once every keyword is read.
  finish(context) {
    // Every keyword in upper case (nearly every file): no instruction to count or report.
    if (context.ast.keywordsNotUpper > 0) reportMinority(context);
  },
});

/** Keywords written in the other casing than most of the file's (ONBUILD's wrapped ones too). */
function reportMinority(context: RuleContext): void {
  const { instructions } = context.ast;
  // Counted first: the majority decides which instructions are reported.
  const { upper, lower, known } = countCasings(instructions);
  const majority: Casing = lower > upper ? 'lower' : 'upper';
  // Every keyword in the majority's casing: nothing to report, no second pass.
  if ((majority === 'lower' ? lower : upper) === known) return;
  for (const top of instructions) {
    for (let instruction: Instruction | null = top; instruction; instruction = instruction.onbuild) {
      if (!KNOWN_INSTRUCTIONS.has(instruction.keyword) || keywordCasing(instruction) === majority) continue;
      const expected = inCase(instruction.keyword, majority);
      const edits = [{ range: instruction.keywordRange, text: expected }];
      // `from image as name` recased to `FROM image as name` would trade this finding for a fromAs one.
      const as = instruction.keyword === 'FROM' && MAY_HAVE_AS.test(instruction.argsText) ? fromAsWord(instruction) : undefined;
      if (as && casingOf(as.value) !== majority) edits.push({ range: as.range, text: inCase('as', majority) });
      reportCasing(context, 'inconsistent', instruction.keywordRange, instruction.keywordRaw, expected, edits);
    }
  }
}

/** `FROM image as name`: the AS word in the casing of its FROM. */
function checkFromAs(from: Instruction, context: RuleContext): void {
  const as = MAY_HAVE_AS.test(from.argsText) ? fromAsWord(from) : undefined;
  if (!as) return;
  const fromCasing = keywordCasing(from);
  if (fromCasing !== 'mixed' && casingOf(as.value) !== fromCasing) reportCasing(context, 'fromAs', as.range, as.value, inCase('as', fromCasing));
}

function reportCasing(context: RuleContext, messageId: 'inconsistent' | 'fromAs', range: Range, written: string, expected: string, edits: TextEdit[] = [{ range, text: expected }]): void {
  context.report({ messageId, range, data: { written, expected }, fix: { title: `Viết thành ${expected}`, edits } });
}
