// STUB — to be implemented. Spec: chmod 777, a+w, o+w (not chmod 1777 /tmp, the sticky temp dir)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'no-world-writable',
    severity: 'warning',
    category: 'syntax',
    aliases: [],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
