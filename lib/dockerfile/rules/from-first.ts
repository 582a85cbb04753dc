// Docker needs a base image before any build step: only ARG (and comments, directives) may precede FROM.
import { KNOWN_INSTRUCTIONS } from '../parse/instructions';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'from-first',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3061'],
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      notFirst: 'Lệnh {{instruction}} đứng trước FROM: mọi Dockerfile phải bắt đầu bằng FROM (chỉ ARG được đứng trước).',
    },
  },
  check(context) {
    const { ast } = context;
    let at = 0;
    while (ast.instructions[at]?.keyword === 'ARG') at++;
    const first = ast.instructions[at];
    // A misspelt instruction (`FORM python`) is syntax-error's to report, not a missing FROM.
    if (!first || first.keyword === 'FROM' || !KNOWN_INSTRUCTIONS.has(first.keyword)) return;
    context.report({ messageId: 'notFirst', range: first.keywordRange, data: { instruction: first.keywordRaw } });
  },
});
