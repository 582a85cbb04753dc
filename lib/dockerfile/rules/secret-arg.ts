// STUB — to be implemented. Spec: the same secret-looking key as an ARG/ENV without a value: suggest RUN --mount=type=secret
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'secret-arg',
    severity: 'warning',
    category: 'syntax',
    aliases: ['SecretsUsedInArgOrEnv'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
