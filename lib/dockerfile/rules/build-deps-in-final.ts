// STUB — to be implemented. Spec: the final stage of a multi-stage build still installs a build toolchain and does not purge it in the same RUN
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'build-deps-in-final',
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
