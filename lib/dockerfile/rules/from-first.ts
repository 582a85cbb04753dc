// STUB — to be implemented. Spec: the first instruction is not FROM (parser directives, comments and ARG may come before it)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'from-first',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3061'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
