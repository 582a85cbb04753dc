// STUB — to be implemented. Spec: pip install name without a version specifier; not for -r file, ., paths, wheels, -e, URLs, or --upgrade pip
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'pip-pin-versions',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3013'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
