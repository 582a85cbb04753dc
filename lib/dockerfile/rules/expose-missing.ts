// Without EXPOSE, the port a server listens on is only discoverable by reading its command line.
import { baseImageOf, imagePath } from '../images';
import { baseName, finalStageOf } from '../query';
import { defineRule } from '../rule';
import { hasExpose, serverOf } from '../servers';

export default defineRule({
  meta: {
    id: 'expose-missing',
    severity: 'info',
    category: 'runtime',
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      missing: '{{server}} nghe cổng {{port}} nhưng Dockerfile không có EXPOSE: thêm EXPOSE {{port}} để người dùng image biết cần map cổng nào.',
    },
  },
  check(context) {
    const { ast } = context;
    const final = finalStageOf(ast);
    if (!final) return;
    // Checked first: it reads no command line and builds nothing.
    if (hasExpose(ast, final)) return;
    const server = serverOf(ast, final);
    if (!server || server.port === null) return;
    // The server's own official image (nginx, httpd…) already declares its port, and so do the
    // Apache variants of the others (`php:8.3-apache`, `wordpress:php8.3-apache`: EXPOSE 80).
    const base = baseImageOf(ast, final);
    if (base && (baseName(imagePath(base)) === server.name || (server.name === 'httpd' && base.tag?.includes('apache')))) return;
    context.report({ messageId: 'missing', range: server.portRange ?? server.range, data: { server: server.name, port: server.port } });
  },
});
