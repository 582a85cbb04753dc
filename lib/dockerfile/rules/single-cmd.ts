// STUB — to be implemented. Spec: more than one CMD, ENTRYPOINT or HEALTHCHECK in one stage: only the last counts
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'single-cmd',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL4003', 'DL4004', 'DL3012', 'MultipleInstructionsDisallowed'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
