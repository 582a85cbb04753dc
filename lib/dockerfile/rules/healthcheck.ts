// A container whose process is alive but stuck still looks "running" without a HEALTHCHECK.
import { instructionsWithParents } from '../query';
import { defineRule } from '../rule';
import { exposedPorts, serverOf } from '../servers';

export default defineRule({
  meta: {
    id: 'healthcheck',
    severity: 'warning',
    category: 'runtime',
    aliases: ['CKV_DOCKER_2'],
    lesson: { question: 7, anchor: 'health-checks' },
    messages: {
      missing:
        'Image này phục vụ request ({{what}}) nhưng không có HEALTHCHECK: Docker chỉ biết tiến trình còn chạy, không biết app còn trả lời. Thêm HEALTHCHECK gọi endpoint /health.',
    },
    fixable: false,
  },
  check(context) {
    const { ast } = context;
    const final = ast.stages[ast.finalStage];
    if (!final) return;
    if (instructionsWithParents(ast, final).some((i) => i.keyword === 'HEALTHCHECK')) return;
    const exposed = exposedPorts(ast, final);
    const server = serverOf(ast, final);
    const lastExpose = exposed.instructions.at(-1);
    if (lastExpose) {
      context.report({ messageId: 'missing', range: lastExpose.range, data: { what: `EXPOSE ${lastExpose.argsText.trim()}` } });
    } else if (server) {
      context.report({ messageId: 'missing', range: server.range, data: { what: server.name } });
    }
  },
});
