// STUB — to be implemented. Spec: cd inside a RUN with other commands: use WORKDIR
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'no-cd',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3003'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
