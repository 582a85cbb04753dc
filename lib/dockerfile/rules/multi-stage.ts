// STUB — to be implemented. Spec: a single-stage Dockerfile whose image installs a build toolchain (build-essential, gcc, g++, make, cmake, *-dev headers, golang) or builds/trains in a RUN (python train.py, go build, npm run build): suggest a builder stage
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'multi-stage',
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
