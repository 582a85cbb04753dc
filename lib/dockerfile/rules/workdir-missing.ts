// STUB — to be implemented. Spec: a stage copies or runs application files with relative destinations and has no WORKDIR
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'workdir-missing',
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
