// STUB — to be implemented. Spec: apt-get install without --no-install-recommends
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'apt-no-install-recommends',
    severity: 'info',
    category: 'syntax',
    aliases: ['DL3015'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
