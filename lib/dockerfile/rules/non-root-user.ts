// STUB — to be implemented. Spec: the final stage has no USER, or its last USER is root/0, and the base image is not a known non-root image (…distroless…:nonroot)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'non-root-user',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3002', 'CKV_DOCKER_3'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
