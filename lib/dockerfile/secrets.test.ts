import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSecretKey, isVariableReference, secretsInText, VARIABLE_REFERENCE } from './secrets';

/** The definitions the hand-written scanners replace: they must answer alike on any input. */
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'SECRET', 'SECRETS', 'TOKEN', 'CREDENTIAL', 'CREDENTIALS', 'APIKEY', 'ACCESSKEY', 'PRIVATEKEY']);
const NOT_THE_SECRET = new Set(['FILE', 'PATH', 'DIR', 'DIRECTORY', 'LOCATION', 'NAME', 'URL', 'URI', 'ENDPOINT', 'HEADER', 'TYPE', 'MODE', 'EXPIRE', 'EXPIRES', 'EXPIRY', 'EXPIRATION', 'TTL', 'TIMEOUT', 'LENGTH', 'MINUTES', 'SECONDS', 'HOURS', 'DAYS', 'ENABLED', 'ENABLE', 'DISABLED', 'REQUIRED', 'ALGORITHM', 'ALG', 'POLICY', 'LIMIT', 'BACKEND', 'PROVIDER', 'ENV']);
function referenceIsSecretKey(key: string): boolean {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  const last = words[words.length - 1];
  if (last === undefined || NOT_THE_SECRET.has(last) || ['MAX', 'MIN'].includes(words[0]!)) return false;
  return words.some((word, i) => SECRET_WORDS.has(word) || (['API', 'ACCESS', 'PRIVATE'].includes(word) && words[i + 1] === 'KEY'));
}
const referenceIsVariableReference = (value: string) => VARIABLE_REFERENCE.test(value.trim().replace(/^"(.*)"$/, '$1'));

describe('the hand-written scanners against the patterns they replace', () => {
  // Names built from the pieces that matter (case changes, digits, separators, ß, the secret words).
  const piece = fc.constantFrom('api', 'Api', 'API', 'key', 'Key', 'KEY', 'token', 'Token', 'secret', 'Pass', 'word', 'WORD', 'file', 'File', 'max', 'Min', 'env', 'ß', 'ı', 'é', '_', '-', '.', '1', '2x', 'a', 'B', '$', ' ');
  const name = fc.oneof(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 12 }));

  it('isSecretKey splits names into words as the replace-and-split did', () => {
    fc.assert(fc.property(name, (key) => isSecretKey(key) === referenceIsSecretKey(key)), { numRuns: 3000 });
  });

  it('isVariableReference unquotes as the replace did', () => {
    const value = fc.oneof(
      fc.array(fc.constantFrom('"', '$', '{', '}', 'A', 'x_1', ':-', '?', '+', ' ', '\n', '\u2028', '\r', '-'), { maxLength: 8 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(fc.property(value, (v) => isVariableReference(v) === referenceIsVariableReference(v)), { numRuns: 3000 });
  });
});

describe('isSecretKey', () => {
  it('recognises secret words and word pairs in any case or spelling', () => {
    for (const key of ['DB_PASSWORD', 'MYSQL_ROOT_PASSWD', 'HF_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'OPENAI_API_KEY', 'apiKey', 'SSH_PRIVATE_KEY', 'GOOGLE_APPLICATION_CREDENTIALS', 'secret']) {
      expect(isSecretKey(key), key).toBe(true);
    }
  });

  it('rejects keys that say where a secret lives or describe it', () => {
    for (const key of ['API_KEY_FILE', 'TOKEN_PATH', 'SECRETS_DIR', 'JWT_TOKEN_EXPIRE_MINUTES', 'TOKEN_URL', 'SECRET_NAME', 'TOKEN_LIMIT', 'AIRFLOW__SECRETS__BACKEND', 'CREDENTIALS_PROVIDER', 'OPENAI_API_KEY_ENV', 'MAX_TOKEN', 'minToken']) {
      expect(isSecretKey(key), key).toBe(false);
    }
  });

  it('rejects look-alikes', () => {
    for (const key of ['TOKENIZERS_PARALLELISM', 'PWD', 'KEYBOARD', 'MODEL_PATH', 'PYTHONUNBUFFERED', 'KEY_ID']) {
      expect(isSecretKey(key), key).toBe(false);
    }
  });
});

describe('isVariableReference', () => {
  it('accepts a value that only names a variable', () => {
    for (const value of ['$TOKEN', '${TOKEN}', '"${TOKEN}"', '${TOKEN:-}', '${TOKEN:?missing}', '${TOKEN:-$HF_TOKEN}', '${TOKEN-${HF_TOKEN}}']) {
      expect(isVariableReference(value), value).toBe(true);
    }
  });

  it('rejects literals and mixed values', () => {
    for (const value of ['abc', 'Bearer $TOKEN', '${A}${B}', '', '${TOKEN:-hf_abc123}', '${TOKEN-abc}', '${TOKEN:-$A-b}']) {
      expect(isVariableReference(value), value).toBe(false);
    }
  });
});

describe('secretsInText', () => {
  it('finds AWS key ids and private-key headers with their ranges', () => {
    expect(secretsInText('x\nkey=AKIAIOSFODNN7EXAMPLE\n-----BEGIN EC PRIVATE KEY-----')).toEqual([
      { kind: 'awsKey', range: { line: 2, column: 5, endLine: 2, endColumn: 25 } },
      { kind: 'privateKey', range: { line: 3, column: 1, endLine: 3, endColumn: 31 } },
    ]);
  });

  it('ignores public keys, certificates and short AKIA words', () => {
    expect(secretsInText('-----BEGIN PUBLIC KEY-----\n-----BEGIN CERTIFICATE-----\nAKIA123')).toEqual([]);
  });
});

describe('secretsInText over the whole source', () => {
  it('counts CRLF and lone CR line ends like LF', () => {
    const expected = [
      { kind: 'awsKey', range: { line: 2, column: 5, endLine: 2, endColumn: 25 } },
      { kind: 'privateKey', range: { line: 3, column: 1, endLine: 3, endColumn: 31 } },
    ];
    expect(secretsInText('x\r\nkey=AKIAIOSFODNN7EXAMPLE\r\n-----BEGIN EC PRIVATE KEY-----')).toEqual(expected);
    expect(secretsInText('x\rkey=AKIAIOSFODNN7EXAMPLE\r-----BEGIN EC PRIVATE KEY-----')).toEqual(expected);
  });

  it('lists matches kind by kind (analyze sorts the findings), each kind in source order', () => {
    const source = '-----BEGIN PRIVATE KEY----- AKIAIOSFODNN7EXAMPLE\nASIAIOSFODNN7EXAMPLE https://u:p@h';
    expect(secretsInText(source).map((m) => [m.kind, m.range.line, m.range.column])).toEqual([
      ['awsKey', 1, 29],
      ['awsKey', 2, 1],
      ['urlCredentials', 2, 27],
      ['privateKey', 1, 1],
    ]);
  });
});

describe('secretsInText on URLs', () => {
  const found = (text: string) => secretsInText(text).map((m) => text.slice(m.range.column - 1, m.range.endColumn - 1));

  it('finds a literal password, an empty user, and a long token as the user', () => {
    expect(found('pip install --index-url https://ci:s3cr3t@pypi.example.com/simple torch')).toEqual(['://ci:s3cr3t@']);
    expect(found('REDIS_URL=redis://:hunter2@cache:6379/0')).toEqual(['://:hunter2@']);
    expect(found('git clone https://ghp_0123456789abcdefghijklmnopqrstuvwxyzAB@github.com/o/r.git')).toEqual([
      '://ghp_0123456789abcdefghijklmnopqrstuvwxyzAB@',
    ]);
  });

  it('leaves variables, placeholders, plain users, ports and paths alone', () => {
    for (const text of [
      'https://${PYPI_USER}:${PYPI_TOKEN}@pypi.example.com/simple',
      'https://ci:$PYPI_TOKEN@pypi.example.com',
      'https://user:<password>@host',
      'https://user:{password}@host',
      'https://${GITHUB_TOKEN}@github.com/o/r.git',
      'ssh://git@github.com/o/r.git',
      'git@github.com:o/r.git',
      'https://example.com:8443/path@v1',
      'https://github.com/o/r@main',
      'http://localhost:8000/health',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('isSecretKey on names that change when upper-cased', () => {
  it('reads a non-ASCII name the way it is upper-cased (ß → SS)', () => {
    expect(isSecretKey('DB_PAßWORD')).toBe(true);
    expect(isSecretKey('DB_PAßWORD_FILE')).toBe(false);
  });
});
