// STUB — to be implemented. Spec: FROM uses ${X} and no ARG X is declared before the first FROM
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'undefined-arg-in-from',
    severity: 'warning',
    category: 'syntax',
    aliases: ['UndefinedArgInFrom'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
