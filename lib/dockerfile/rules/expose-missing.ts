// STUB — to be implemented. Spec: the final stage starts a server on a known port and has no EXPOSE
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'expose-missing',
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
