// STUB — to be implemented. Spec: ENV/ARG with a secret-looking key (*PASSWORD*, *SECRET*, *TOKEN*, *API_KEY*, *ACCESS_KEY*, *PRIVATE_KEY*, *CREDENTIAL*) and a literal value, or any line holding an AWS access key id or a private-key header. Not for keys that say where a secret lives (*_FILE, *_PATH, *_DIR, e.g. the lesson's API_KEY_
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'no-secrets',
    severity: 'error',
    category: 'syntax',
    aliases: ['SecretsUsedInArgOrEnv'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
