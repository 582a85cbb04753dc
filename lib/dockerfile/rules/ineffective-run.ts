// STUB — to be implemented. Spec: a RUN whose only effect is lost at the end of its layer: RUN cd /x, RUN export X=…, RUN umask …, RUN source …/. venv/bin/activate alone
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'ineffective-run',
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
