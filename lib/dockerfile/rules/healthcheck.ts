// STUB — to be implemented. Spec: the final stage serves something (an EXPOSE, or a CMD/ENTRYPOINT that starts a server: uvicorn, gunicorn, flask, node, nginx, …) and has no HEALTHCHECK (HEALTHCHECK NONE is a deliberate choice and passes)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'healthcheck',
    severity: 'warning',
    category: 'syntax',
    aliases: ['CKV_DOCKER_2'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
