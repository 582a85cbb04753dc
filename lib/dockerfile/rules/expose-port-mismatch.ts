// EXPOSE documents the port; when the server listens elsewhere, `docker run -P` and readers are misled.
import { defineRule } from '../rule';
import { exposedPorts, isExposed, serverOf } from '../servers';

export default defineRule({
  meta: {
    id: 'expose-port-mismatch',
    severity: 'warning',
    category: 'runtime',
    aliases: [],
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      mismatch:
        '{{server}} nghe cổng {{port}}{{source}} nhưng Dockerfile chỉ EXPOSE {{exposed}}: người chạy container sẽ map nhầm cổng. Cho hai giá trị khớp nhau.',
    },
    fixable: false,
    docs: {
      summary: 'Cổng server thực sự nghe phải nằm trong các cổng `EXPOSE`.',
      why:
        '`EXPOSE` là tài liệu cho người dùng image và cho `docker run -P`: nó nói app nghe ở cổng nào. Nếu CMD chạy server ở cổng 8080 mà EXPOSE 8000, người chạy `-p 8000:8000` sẽ không kết nối được, health check gọi nhầm cổng, và lỗi chỉ lộ ra lúc chạy.',
      bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nEXPOSE 8000\nCMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8080"]\n',
      good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nEXPOSE 8080\nCMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8080"]\n',
      fix: 'Sửa `EXPOSE` hoặc cờ cổng của server (`--port`, `--bind`, `-p`) cho khớp. Để chỉ khai báo một lần, đặt `ENV PORT=8000`, viết `EXPOSE ${PORT}` và dùng `$PORT` trong lệnh chạy (dạng `sh -c "exec …"`).',
    },
  },
  check(context) {
    const { ast } = context;
    const final = ast.stages[ast.finalStage];
    if (!final) return;
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
