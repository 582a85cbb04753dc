// STUB — to be implemented. Spec: a Python app image without PYTHONUNBUFFERED=1 (logs are held back from docker logs)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'python-unbuffered',
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
