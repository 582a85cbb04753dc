// STUB — to be implemented. Spec: instructions mix upper and lower case, or FROM x as y differs in case from FROM
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'instruction-casing',
    severity: 'info',
    category: 'syntax',
    aliases: ['ConsistentInstructionCasing', 'FromAsCasing'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
