import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/copy-ignored-file';

const ID = 'copy-ignored-file';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'ignored', line, column, endLine: line, endColumn });
const IGNORE = '.git\n.env\n__pycache__\n*.pyc\nconfig/\ndata/**\n!data/schema.json\n*.md\n!README.md\n';
const check = (...lines: string[]) => positionsOf(ID, dockerfile('FROM python:3.11-slim', 'WORKDIR /app', ...lines), { dockerignore: IGNORE });

describe(ID, () => {
  it('catches COPY of an ignored file', () => {
    expect(check('COPY .env .')).toEqual([at(3, 6, 10)]);
  });

  it('catches a file inside an ignored folder', () => {
    expect(check('COPY config/settings.yaml ./config/')).toEqual([at(3, 6, 26)]);
  });

  it('catches each ignored source of one COPY, and ADD too', () => {
    expect(check('COPY CHANGES.md src/ .env ./')).toEqual([at(3, 6, 16), at(3, 22, 26)]);
    expect(check('ADD data/raw.csv /data/')).toEqual([at(3, 5, 17)]);
  });

  it('catches a wildcard whose folder is ignored, and the exec form', () => {
    expect(check('COPY config/*.yaml ./')).toEqual([at(3, 6, 19)]);
    expect(check('COPY [".env", "./"]')).toEqual([at(3, 7, 13)]);
  });

  it('names the .dockerignore line in the message', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY config/a.yaml .'), { dockerignore: IGNORE });
    expect(finding?.message).toContain('config');
    expect(finding?.message).toContain('5');
  });

  it('does not catch COPY . . (the context root is never ignored)', () => {
    expect(check('COPY . .', 'COPY ./ /app')).toEqual([]);
  });

  it('does not catch paths re-included by an exception', () => {
    expect(check('COPY README.md data/schema.json ./')).toEqual([]);
  });

  it('does not catch folders that only contain ignored files', () => {
    expect(check('COPY src/ ./src/')).toEqual([]);
  });

  it('does not catch wildcards it cannot decide', () => {
    expect(check('COPY *.py ./', 'COPY requirements*.txt ./')).toEqual([]);
  });

  it('does not catch COPY --from, heredocs, URLs or variables', () => {
    expect(check('COPY --from=build /app/.env .', 'COPY <<EOF .env', 'A=1', 'EOF', 'ADD https://example.com/config/x.yaml /c/', 'COPY ${CONFIG} .')).toEqual([]);
  });

  it('does not run without a .dockerignore, or with an empty one', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY .env .'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY .env .'), { dockerignore: '# nothing\n' })).toEqual([]);
  });

  it('does not catch a file whose name only resembles an ignored one', () => {
    expect(check('COPY .envrc.example config.py ./')).toEqual([]);
  });

  it('does not read a trailing # comment as sources', () => {
    expect(check('COPY requirements.txt .   # .env stays out')).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good (with the lesson-style .dockerignore)', () => {
    expect(findingsOf(ID, docs.bad, { dockerignore: IGNORE })).toHaveLength(1);
    expect(findingsOf(ID, docs.good, { dockerignore: IGNORE })).toEqual([]);
  });
});
