// STUB — to be implemented. Spec: apk add without --no-cache
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'apk-no-cache',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3018', 'DL3019'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
