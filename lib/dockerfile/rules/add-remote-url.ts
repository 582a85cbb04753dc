// STUB — to be implemented. Spec: ADD https://… without --checksum
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'add-remote-url',
    severity: 'info',
    category: 'syntax',
    aliases: [],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
