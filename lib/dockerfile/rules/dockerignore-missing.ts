// STUB — to be implemented. Spec: the build copies the whole context (COPY . …, ADD . …) and the analysis was given no .dockerignore (the editor has a .dockerignore tab; the CLI takes --dockerignore). When one is given but excludes none of .git, .env, __pycache__/node_modules, report that instead, as info
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'dockerignore-missing',
    severity: 'warning',
    category: 'syntax',
    aliases: [],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
