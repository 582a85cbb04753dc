// STUB — to be implemented. Spec: CMD/ENTRYPOINT in shell form (signals such as SIGTERM never reach the app). Quick fix: rewrite as a JSON array when the words are simple
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'exec-form',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3025', 'JSONArgsRecommended'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
