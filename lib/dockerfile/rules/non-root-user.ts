// The shipped image should not run as root: a process that escapes the container keeps root's power.
import { baseImageOf, isKnownNonRoot } from '../images';
import { finalStageOf } from '../query';
import { defineRule } from '../rule';
import { substituteVariables } from '../servers';

function isRoot(user: string): boolean {
  const trimmed = user.trim();
  const colon = trimmed.indexOf(':');
  const name = colon < 0 ? trimmed : trimmed.slice(0, colon);
  return name === 'root' || name === '0';
}

export default defineRule({
  meta: {
    id: 'non-root-user',
    category: 'security',
    aliases: ['DL3002', 'CKV_DOCKER_3'],
    lesson: { question: 10, anchor: 'run-as-non-root-user' },
    messages: {
      missing:
        'Image cuối chạy bằng root vì không có USER: tạo user riêng (RUN useradd -m -u 1000 appuser) rồi thêm USER appuser trước CMD.',
      root: 'USER cuối cùng là "{{user}}", tức là root: container sẽ chạy với toàn quyền root. Chuyển sang một user thường (USER appuser) sau khi cài đặt xong.',
    },
  },
  check(context) {
    const { ast } = context;
    const final = finalStageOf(ast);
    if (!final) return;
    const user = final.user;
    if (user === null) {
      const base = baseImageOf(ast, final);
      if (base && isKnownNonRoot(base)) return;
      context.report({ messageId: 'missing', range: final.from.range });
      return;
    }
    const resolved = substituteVariables(user.value, final);
    if (resolved === null || !isRoot(resolved)) return;
    context.report({
      messageId: 'root',
      range: user.instruction.argsRange ?? user.instruction.range,
      data: { user: user.value },
    });
  },
});
