// STUB — to be implemented. Spec: a RUN in the default /bin/sh -c shell pipes commands (a \| b) without set -o pipefail (a failing download is hidden by the pipe)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'pipefail',
    severity: 'info',
    category: 'syntax',
    aliases: ['DL4006'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
