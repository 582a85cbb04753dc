// STUB — to be implemented. Spec: COPY --from=x where x is neither an earlier stage name, a stage index that exists, nor an image reference
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'copy-from-unknown-stage',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3022'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
