// STUB — to be implemented. Spec: RUN apt-get update (or apt update) with no install in the same RUN
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'apt-update-alone',
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
