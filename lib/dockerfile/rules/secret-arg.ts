// A build argument or variable meant to carry a secret leaks it into the image metadata and history.
import { defineRule } from '../rule';
import { isSecretKey, isVariableReference } from '../secrets';

export default defineRule({
  meta: {
    id: 'secret-arg',
    category: 'security',
    aliases: ['SecretsUsedInArgOrEnv'],
    lesson: { question: 10, anchor: 'secret-management-never-hard-code-credentials' },
    messages: {
      secretArg:
        'ARG {{key}} sẽ nhận một bí mật qua --build-arg: giá trị đó lộ trong docker history. Dùng RUN --mount=type=secret,id={{id}} cho bước build cần nó.',
      secretEnv:
        'ENV {{key}} chép bí mật từ {{value}} vào image: mọi container và ai có image đều đọc được. Truyền lúc chạy (docker run -e) hoặc dùng RUN --mount=type=secret khi build.',
    },
  },
  on: ['ENV', 'ARG'],
  inspect(instruction, context) {
    for (let j = 0; j < instruction.pairs.length; j++) {
      const pair = instruction.pairs[j]!;
      if (!isSecretKey(pair.key)) continue;
      if (instruction.keyword === 'ARG' && pair.value === null) {
        context.report({
          messageId: 'secretArg',
          range: pair.keyRange,
          data: { key: pair.key, id: pair.key.toLowerCase() },
        });
      } else if (instruction.keyword === 'ENV' && pair.value !== null && isVariableReference(pair.value)) {
        context.report({ messageId: 'secretEnv', range: pair.keyRange, data: { key: pair.key, value: pair.value.trim() } });
      }
    }
  },
});
