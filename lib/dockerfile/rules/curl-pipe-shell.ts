// STUB — to be implemented. Spec: a download piped straight into a shell (curl … \| sh, wget -O- … \| bash)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'curl-pipe-shell',
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
