import { describe, expect, it } from 'vitest';
import { isSecretKey, isVariableReference, secretsInText } from './secrets';

describe('isSecretKey', () => {
  it('recognises secret words and word pairs in any case or spelling', () => {
    for (const key of ['DB_PASSWORD', 'MYSQL_ROOT_PASSWD', 'HF_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'OPENAI_API_KEY', 'apiKey', 'SSH_PRIVATE_KEY', 'GOOGLE_APPLICATION_CREDENTIALS', 'secret']) {
      expect(isSecretKey(key), key).toBe(true);
    }
  });

  it('rejects keys that say where a secret lives or describe it', () => {
    for (const key of ['API_KEY_FILE', 'TOKEN_PATH', 'SECRETS_DIR', 'JWT_TOKEN_EXPIRE_MINUTES', 'TOKEN_URL', 'SECRET_NAME']) {
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
    for (const value of ['$TOKEN', '${TOKEN}', '"${TOKEN}"', '${TOKEN:-}', '${TOKEN:?missing}']) expect(isVariableReference(value), value).toBe(true);
  });

  it('rejects literals and mixed values', () => {
    for (const value of ['abc', 'Bearer $TOKEN', '${A}${B}', '']) expect(isVariableReference(value), value).toBe(false);
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

  it('lists matches line by line, key ids before headers on the same line', () => {
    const source = '-----BEGIN PRIVATE KEY----- AKIAIOSFODNN7EXAMPLE\nASIAIOSFODNN7EXAMPLE';
    expect(secretsInText(source).map((m) => [m.kind, m.range.line, m.range.column])).toEqual([
      ['awsKey', 1, 29],
      ['privateKey', 1, 1],
      ['awsKey', 2, 1],
    ]);
  });
});

describe('isSecretKey on names that change when upper-cased', () => {
  it('reads a non-ASCII name the way it is upper-cased (ß → SS)', () => {
    expect(isSecretKey('DB_PAßWORD')).toBe(true);
    expect(isSecretKey('DB_PAßWORD_FILE')).toBe(false);
  });
});
