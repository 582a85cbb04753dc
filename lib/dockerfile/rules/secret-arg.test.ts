import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/secret-arg';

const ID = 'secret-arg';
const span = (messageId: string, line: number, column: number, endColumn: number) => ({ messageId, line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches a secret-looking ARG without a value, at its name', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG HF_TOKEN'))).toEqual([span('secretArg', 2, 5, 13)]);
  });

  it('catches a global ARG before FROM', () => {
    expect(positionsOf(ID, dockerfile('ARG GITHUB_TOKEN', 'FROM python:3.11-slim'))).toEqual([span('secretArg', 1, 5, 17)]);
  });

  it('catches an ENV that copies a secret build argument into the image', () => {
    const src = dockerfile('FROM python:3.11-slim', 'ARG DB_PASSWORD', 'ENV DB_PASSWORD=${DB_PASSWORD}');
    expect(positionsOf(ID, src)).toEqual([span('secretArg', 2, 5, 16), span('secretEnv', 3, 5, 16)]);
  });

  it('does not catch an ARG with a literal value (no-secrets reports that)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG HF_TOKEN=abc'))).toEqual([]);
  });

  it('does not catch ordinary build arguments', () => {
    expect(positionsOf(ID, dockerfile('ARG PYTHON_VERSION', 'FROM python:${PYTHON_VERSION}-slim', 'ARG MODEL_NAME'))).toEqual([]);
  });

  it('does not catch keys that say where a secret lives', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG API_KEY_FILE', 'ARG TOKEN_PATH'))).toEqual([]);
  });

  it('does not catch ENV with a literal or empty value', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV API_TOKEN_URL=https://auth.example.com/token'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV HF_TOKEN=""'))).toEqual([]);
  });

  it('does not catch the secret mount the rule recommends', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN --mount=type=secret,id=hf_token python download.py'))).toEqual([]);
  });

  it('does not catch look-alike names (TOKENIZERS_PARALLELISM)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG TOKENIZERS_PARALLELISM', 'ENV TOKENIZERS_PARALLELISM=${TOKENIZERS_PARALLELISM}'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
