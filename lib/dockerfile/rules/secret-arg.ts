// A build argument or variable meant to carry a secret leaks it into the image metadata and history.
import { defineRule } from '../rule';
import { isSecretKey, isVariableReference } from '../secrets';

export default defineRule({
  meta: {
    id: 'secret-arg',
    severity: 'warning',
    category: 'security',
    aliases: ['SecretsUsedInArgOrEnv'],
    lesson: { question: 10, anchor: 'secret-management-never-hard-code-credentials' },
    messages: {
      secretArg:
        'ARG {{key}} sẽ nhận một bí mật qua --build-arg: giá trị đó lộ trong docker history. Dùng RUN --mount=type=secret,id={{id}} cho bước build cần nó.',
      secretEnv:
        'ENV {{key}} chép bí mật từ {{value}} vào image: mọi container và ai có image đều đọc được. Truyền lúc chạy (docker run -e) hoặc dùng RUN --mount=type=secret khi build.',
    },
    fixable: false,
    docs: {
      summary: 'Không đưa bí mật vào qua ARG hay ENV: dùng secret mount của BuildKit.',
      why:
        'Giá trị của `--build-arg` được ghi vào lịch sử image (`docker history`), và ENV thì nằm trong cấu hình của mọi container chạy từ image. Một token đưa vào theo cách đó coi như đã lộ cho bất kỳ ai kéo được image. `RUN --mount=type=secret` chỉ gắn bí mật vào đúng một lệnh RUN và không để lại dấu vết trong layer.',
      bad: 'FROM python:3.11-slim\nARG HF_TOKEN\nRUN HF_TOKEN=$HF_TOKEN python download_model.py\nCMD ["python", "serve.py"]\n',
      good:
        'FROM python:3.11-slim\nRUN --mount=type=secret,id=hf_token HF_TOKEN=$(cat /run/secrets/hf_token) python download_model.py\nCMD ["python", "serve.py"]\n',
      fix: 'Xoá ARG/ENV đó. Build bằng `docker build --secret id=hf_token,env=HF_TOKEN .` và đọc bí mật trong đúng lệnh cần nó: `RUN --mount=type=secret,id=hf_token …` (file ở `/run/secrets/hf_token`). Lúc chạy, truyền bằng `docker run -e`.',
    },
  },
  check(context) {
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
      for (const pair of instruction.pairs) {
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
    }
  },
});
