// STUB — to be implemented. Spec: a port outside 0-65535, or not port[/tcp|udp] / a range
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'expose-invalid',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3011', 'ExposeInvalidFormat'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
