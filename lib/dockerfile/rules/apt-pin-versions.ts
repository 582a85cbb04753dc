// STUB — to be implemented. Spec: apt-get install pkg without pkg=version
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'apt-pin-versions',
    severity: 'info',
    category: 'syntax',
    aliases: ['DL3008'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
