// Docker accepts `run` and `RUN` alike, but a file that mixes them (or `FROM x as y`) reads as careless.
import { defineRule } from '../rule';
import type { Instruction, Range } from '../types';

const KEYWORDS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER',
  'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);

type Casing = 'upper' | 'lower' | 'mixed';

function casingOf(word: string): Casing {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  return 'mixed';
}

function withWrapped(instruction: Instruction): Instruction[] {
  return instruction.onbuild ? [instruction, ...withWrapped(instruction.onbuild)] : [instruction];
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
  check(context) {
    const instructions = context.ast.instructions.flatMap(withWrapped).filter((i) => KEYWORDS.has(i.keyword));
    const upper = instructions.filter((i) => casingOf(i.keywordRaw) === 'upper').length;
    const lower = instructions.filter((i) => casingOf(i.keywordRaw) === 'lower').length;
    const majority: Casing = lower > upper ? 'lower' : 'upper';
    const inCase = (word: string, casing: Casing) => (casing === 'lower' ? word.toLowerCase() : word.toUpperCase());

    for (const instruction of instructions) {
      if (casingOf(instruction.keywordRaw) === majority) continue;
      const expected = inCase(instruction.keyword, majority);
      context.report({
        messageId: 'inconsistent',
        range: instruction.keywordRange,
        data: { written: instruction.keywordRaw, expected },
        fix: { title: `Viết thành ${expected}`, edits: [{ range: instruction.keywordRange, text: expected }] },
      });
    }

    for (const stage of context.ast.stages) {
      const from = stage.from;
      const as = from.args.find((arg, i) => i > 0 && arg.value.toLowerCase() === 'as');
      if (!as) continue;
      const fromCasing = casingOf(from.keywordRaw);
      if (fromCasing === 'mixed' || casingOf(as.value) === fromCasing) continue;
      const expected = inCase('as', fromCasing);
      const range: Range = as.range;
      context.report({
        messageId: 'fromAs',
        range,
        data: { written: as.value, expected },
        fix: { title: `Viết thành ${expected}`, edits: [{ range, text: expected }] },
      });
    }
  },
});
