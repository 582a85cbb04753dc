// STUB — to be implemented. Spec: two FROM … AS name share a name (case-insensitive)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'duplicate-stage-name',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3024', 'DuplicateStageName'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
