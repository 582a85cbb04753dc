// STUB — to be implemented. Spec: apt-get install without rm -rf /var/lib/apt/lists/* in the same RUN
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'apt-lists-cleanup',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3009'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
