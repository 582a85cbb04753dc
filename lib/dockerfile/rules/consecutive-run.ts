// STUB — to be implemented. Spec: two or more RUN instructions in a row that could be one layer. Quick fix: join with && \
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'consecutive-run',
    severity: 'info',
    category: 'syntax',
    aliases: ['DL3059'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
