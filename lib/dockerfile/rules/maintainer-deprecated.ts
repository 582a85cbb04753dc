// STUB — to be implemented. Spec: MAINTAINER is used; use LABEL maintainer=…
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'maintainer-deprecated',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL4000', 'MaintainerDeprecated'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
