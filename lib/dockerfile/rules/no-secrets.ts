// Anything written in a Dockerfile ends up in the image or its history: a secret there is a leaked secret.
import { defineRule } from '../rule';
import { isSecretKey, isVariableReference, secretsInText } from '../secrets';

export default defineRule({
  meta: {
    id: 'no-secrets',
    severity: 'error',
    category: 'security',
    aliases: ['SecretsUsedInArgOrEnv'],
    lesson: { question: 10, anchor: 'secret-management-never-hard-code-credentials' },
    messages: {
      secretValue:
        '{{keyword}} {{key}} ghi thẳng một bí mật vào Dockerfile: ai có image đều đọc được (docker history, docker inspect). Xoá giá trị và truyền lúc chạy (docker run -e, file trong /run/secrets) hoặc dùng RUN --mount=type=secret khi build.',
      awsKey:
        'Dòng này chứa một AWS access key id: khoá đã lộ theo Dockerfile và image. Thu hồi khoá đó và truyền thông tin đăng nhập lúc chạy, không ghi vào Dockerfile.',
      urlCredentials:
        'URL này chứa mật khẩu hoặc token: bí mật đã lộ theo Dockerfile và image. Đổi nó, truyền lúc chạy hoặc dùng RUN --mount=type=secret.',
      privateKey:
        'Dòng này chứa một private key: khoá đã lộ theo Dockerfile và image. Tạo khoá mới và đưa vào lúc build bằng RUN --mount=type=secret (hoặc --mount=type=ssh).',
    },
    fixable: false,
  },
  check(context) {
    // Lines that already have a finding for a secret value: a key id or URL inside it is the same secret.
    const reported: number[] = [];
    const instructions = context.ast.instructions;
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i]!;
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
      for (let j = 0; j < instruction.pairs.length; j++) {
        const pair = instruction.pairs[j]!;
        // The key first: it rules out almost every pair without allocating; the range only when reporting.
        if (pair.value === null || !isSecretKey(pair.key)) continue;
        const value = pair.value.trim();
        if (value === '' || value === '""' || value === "''" || isVariableReference(value)) continue;
        const range = pair.valueRange;
        if (!range) continue;
        for (let line = range.line; line <= range.endLine; line++) reported.push(line);
        context.report({
          messageId: 'secretValue',
          range,
          data: { keyword: instruction.keyword, key: pair.key },
        });
      }
    }
    for (const match of secretsInText(context.ast.source)) {
      if (reported.includes(match.range.line)) continue;
      context.report({ messageId: match.kind, range: match.range });
    }
  },
});
