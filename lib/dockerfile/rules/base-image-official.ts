// STUB — to be implemented. Spec: the base is not an official image, a known verified publisher, or a registry the exercise lists as trusted (off in the playground unless enabled; question 10's rubric turns it on)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'base-image-official',
    severity: 'info',
    category: 'syntax',
    aliases: ['DL3026'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
