// STUB — to be implemented. Spec: the final stage has no LABEL at all (the lessons' documentation checklist)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'label-metadata',
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
