// STUB — to be implemented. Spec: an exec-form argument list that is not valid JSON (CMD ['python','app.py'], a trailing comma): Docker silently runs it as a shell string
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'json-args-invalid',
    severity: 'error',
    category: 'syntax',
    aliases: [],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
