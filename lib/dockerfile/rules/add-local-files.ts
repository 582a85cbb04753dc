// STUB — to be implemented. Spec: ADD of local files or folders that are not a tar archive to extract: use COPY. Quick fix
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'add-local-files',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3020'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
