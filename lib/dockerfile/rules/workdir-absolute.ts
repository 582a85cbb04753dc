// STUB — to be implemented. Spec: WORKDIR with a relative path (and no variable that could make it absolute)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'workdir-absolute',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3000', 'WorkdirRelativePath'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
