// STUB — to be implemented. Spec: certificate checks turned off: curl -k/--insecure, wget --no-check-certificate, pip --trusted-host, PYTHONHTTPSVERIFY=0, NODE_TLS_REJECT_UNAUTHORIZED=0, GIT_SSL_NO_VERIFY
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'tls-verify-disabled',
    severity: 'warning',
    category: 'syntax',
    aliases: ['CKV2_DOCKER_2…16'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
