// EXPOSE documents the port; when the server listens elsewhere, `docker run -P` and readers are misled.
import { defineRule } from '../rule';
import { exposedPorts, hasExpose, isExposed, serverOf } from '../servers';
import { finalStageOf } from '../query';

export default defineRule({
  meta: {
    id: 'expose-port-mismatch',
    category: 'runtime',
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      mismatch:
        '{{server}} nghe cổng {{port}}{{source}} nhưng Dockerfile chỉ EXPOSE {{exposed}}: người chạy container sẽ map nhầm cổng. Cho hai giá trị khớp nhau.',
    },
  },
  check(context) {
    const { ast } = context;
    const final = finalStageOf(ast);
    if (!final) return;
    // Without EXPOSE there is nothing to compare: checked before reading the command line.
    if (!hasExpose(ast, final)) return;
    const server = serverOf(ast, final);
    if (!server || server.port === null) return;
    const exposed = exposedPorts(ast, final);
    if (exposed.unknown || exposed.ports.length === 0 || isExposed(exposed, server.port)) return;
    const source = server.portSource === 'default' ? ' (mặc định)' : server.portSource === 'env' ? ' (từ ENV)' : '';
    context.report({
      messageId: 'mismatch',
      range: server.portRange ?? server.range,
      data: {
        server: server.name,
        port: server.port,
        source,
        exposed: exposed.ports.map((p) => (p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`)).join(', '),
      },
    });
  },
});
