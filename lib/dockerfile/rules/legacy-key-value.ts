// STUB — to be implemented. Spec: ENV key value / LABEL key value without =
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'legacy-key-value',
    severity: 'info',
    category: 'syntax',
    aliases: ['LegacyKeyValueFormat'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
