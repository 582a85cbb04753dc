// STUB — to be implemented. Spec: the server command's port (--port 8000, -b :8000, PORT env used in CMD) differs from every EXPOSEd port
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'expose-port-mismatch',
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
