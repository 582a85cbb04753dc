// STUB — to be implemented. Spec: COPY --from names the stage it stands in
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'copy-from-self',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3023'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
