// A container whose process is alive but stuck still looks "running" without a HEALTHCHECK.
import { finalStageOf, instructionsWithParents } from '../query';
import { defineRule } from '../rule';
import { serverOf } from '../servers';
import type { Instruction } from '../types';

export default defineRule({
  meta: {
    id: 'healthcheck',
    category: 'runtime',
    aliases: ['CKV_DOCKER_2'],
    lesson: { question: 7, anchor: 'health-checks' },
    messages: {
      missing:
        'Image này phục vụ request ({{what}}) nhưng không có HEALTHCHECK: Docker chỉ biết tiến trình còn chạy, không biết app còn trả lời. Thêm HEALTHCHECK gọi endpoint /health.',
    },
  },
  check(context) {
    const { ast } = context;
    const final = finalStageOf(ast);
    if (!final) return;
    const instructions = instructionsWithParents(ast, final);
    let lastExpose: Instruction | undefined;
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i]!;
      if (instruction.keyword === 'HEALTHCHECK') return;
      if (instruction.keyword === 'EXPOSE') lastExpose = instruction;
    }
    if (lastExpose) {
      context.report({ messageId: 'missing', range: lastExpose.range, data: { what: `EXPOSE ${lastExpose.argsText.trim()}` } });
      return;
    }
    // Without EXPOSE, a known server started by CMD/ENTRYPOINT still says the image serves requests.
    const server = serverOf(ast, final);
    if (server) context.report({ messageId: 'missing', range: server.range, data: { what: server.name } });
  },
});
