// STUB — to be implemented. Spec: HEALTHCHECK calls curl or wget, the stage never installs it, and the base image is known not to ship it (*-slim, alpine has no curl, distroless)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'healthcheck-tool-missing',
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
