// STUB — to be implemented. Spec: a line cannot be parsed: unknown instruction, an instruction missing its required arguments (FROM with no image, COPY with fewer than two paths, EXPOSE with none), an unterminated heredoc, a continuation at end of file
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'syntax-error',
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
