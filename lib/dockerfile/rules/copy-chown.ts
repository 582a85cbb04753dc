// STUB — to be implemented. Spec: a RUN chown -R of a path that an earlier COPY of the same stage wrote: use COPY --chown (one layer instead of two copies)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'copy-chown',
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
