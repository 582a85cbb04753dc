// STUB — to be implemented. Spec: a COPY/ADD source is excluded by the given .dockerignore
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'copy-ignored-file',
    severity: 'warning',
    category: 'syntax',
    aliases: ['CopyIgnoredFile'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
