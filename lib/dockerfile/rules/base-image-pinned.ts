// STUB — to be implemented. Spec: FROM image with no tag and no digest, or with :latest. Not for scratch, earlier stage names, or an ARG whose default is pinned
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'base-image-pinned',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3006', 'DL3007'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
