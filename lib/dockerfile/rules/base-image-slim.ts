// STUB — to be implemented. Spec: the **final** stage starts from a known full-size image where a smaller variant exists (python:3.9, node:20, ubuntu:latest for a Python app, pytorch/pytorch:*-devel, nvidia/cuda:*-devel); the message names the smaller variant and the size difference from the lesson's base-image table. Builder stages
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'base-image-slim',
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
