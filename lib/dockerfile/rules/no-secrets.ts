// Anything written in a Dockerfile ends up in the image or its history: a secret there is a leaked secret.
import { defineRule } from '../rule';
import { isSecretKey, isVariableReference, secretsInText } from '../secrets';
import type { Instruction, KeyValue } from '../types';

/**
 * A switch, not a secret: `HF_HUB_DISABLE_IMPLICIT_TOKEN=1`, `USE_AUTH_TOKEN=false`. Empty counts
 * too, and an absolute path says where the secret lives: `GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json`.
 */
const NOT_A_SECRET_VALUE = /^(["']?)(true|false|yes|no|on|off|[01]|\/\S*|)\1$/i;

/** An ENV or ARG pair that writes a literal value under a secret's name, with the range of that value. */
function isSecretPair(pair: KeyValue): pair is KeyValue & { value: string; valueRange: NonNullable<KeyValue['valueRange']> } {
  // The key first: it rules out almost every pair without allocating; the range only when reporting.
  if (pair.value === null || !isSecretKey(pair.key)) return false;
  const value = pair.value.trim();
  return !NOT_A_SECRET_VALUE.test(value) && !isVariableReference(value) && pair.valueRange !== null;
}

/** The instruction on `line`, if any: instructions are in source order and never share a line. */
function instructionOnLine(instructions: readonly Instruction[], line: number): Instruction | undefined {
  let low = 0;
  let high = instructions.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (instructions[mid]!.range.line <= line) low = mid;
    else high = mid - 1;
  }
  const instruction = instructions[low];
  return instruction && instruction.range.line <= line && line <= instruction.range.endLine ? instruction : undefined;
}

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
  },
  // Each ENV and ARG as analyze's pass reaches it: a walk over every instruction after the pass
  // read a 10,000-line tree again, out of the CPU cache (2 % of the file's analysis).
  on: ['ENV', 'ARG'],
  inspect(instruction, context) {
    for (let j = 0; j < instruction.pairs.length; j++) {
      const pair = instruction.pairs[j]!;
      if (isSecretPair(pair)) context.report({ messageId: 'secretValue', range: pair.valueRange, data: { keyword: instruction.keyword, key: pair.key } });
    }
  },
  // Secrets anywhere in the text, comments included; one on a line of a value reported above is
  // that same secret. Matches are rare: the pairs are looked at again only for them.
  finish(context) {
    const { instructions } = context.ast;
    for (const match of secretsInText(context.ast.source)) {
      const { line } = match.range;
      const instruction = instructionOnLine(instructions, line);
      const reported =
        (instruction?.keyword === 'ENV' || instruction?.keyword === 'ARG') &&
        instruction.pairs.some((pair) => isSecretPair(pair) && pair.valueRange.line <= line && line <= pair.valueRange.endLine);
      if (!reported) context.report({ messageId: match.kind, range: match.range });
    }
  },
});
