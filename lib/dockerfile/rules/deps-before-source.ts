// STUB — to be implemented. Spec: in one stage, a COPY/ADD of the whole context (.) or a source folder comes **before** the RUN that installs dependencies (pip install -r …, pip install ., poetry install, npm ci/install, yarn, pnpm install, go mod download, bundle install, mvn dependency:…), so every code change rebuilds the depende
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'deps-before-source',
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
