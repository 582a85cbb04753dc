// STUB — to be implemented. Spec: sudo in a RUN
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'no-sudo',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3004'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
