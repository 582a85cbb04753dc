// STUB — to be implemented. Spec: apt-get install without -y/--yes/-qq/--assume-yes
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'apt-assume-yes',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3014'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
