// STUB — to be implemented. Spec: an empty line inside a \ continuation
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'empty-continuation',
    severity: 'info',
    category: 'syntax',
    aliases: ['NoEmptyContinuation'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
