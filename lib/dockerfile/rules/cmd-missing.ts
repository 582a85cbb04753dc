// STUB — to be implemented. Spec: the final stage has neither CMD nor ENTRYPOINT and its base is not known to provide a useful one
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'cmd-missing',
    severity: 'info',
    category: 'syntax',
    aliases: [],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
