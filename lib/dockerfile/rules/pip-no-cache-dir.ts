// STUB — to be implemented. Spec: pip install (any spelling: pip3, python -m pip) without --no-cache-dir (and no PIP_NO_CACHE_DIR set in ENV)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'pip-no-cache-dir',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3042'],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
