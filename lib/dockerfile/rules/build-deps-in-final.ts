// A multi-stage build exists to leave compilers behind: a final stage that installs one again
// (and keeps it) ships the weight and attack surface the builder stage was meant to absorb.
import { packageName, spanning, unpurgedToolchain } from '../packages';
import { defineRule } from '../rule';
import { finalStageOf, instructionsWithParents } from '../query';

export default defineRule({
  meta: {
    id: 'build-deps-in-final',
    category: 'layers',
    lesson: { question: 6, anchor: 'remove-unnecessary-files' },
    messages: {
      toolchain:
        'Image cuối cài công cụ build {{packages}} và không gỡ trong cùng RUN: image chạy mang theo compiler không dùng đến. Build ở stage builder rồi COPY --from kết quả, hoặc purge ngay trong RUN đó.',
    },
  },
  check(context) {
    const { ast } = context;
    if (ast.stages.length < 2) return;
    const final = finalStageOf(ast);
    if (!final) return;
    // What ships: the final stage and the stages it is built FROM (`FROM base AS prod`).
    const shipped = instructionsWithParents(ast, final);
    for (let i = 0; i < shipped.length; i++) {
      const instruction = shipped[i]!;
      if (instruction.keyword !== 'RUN') continue;
      const kept = unpurgedToolchain(instruction);
      if (kept.length === 0) continue;
      const first = kept[0]!;
      const last = kept[kept.length - 1]!;
      context.report({
        messageId: 'toolchain',
        range: first.range.line === last.range.line ? spanning(first.range, last.range) : first.range,
        data: { packages: kept.map((w) => packageName(w.value)).join(', ') },
      });
    }
  },
});
