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

  it('does not catch the corrected versions of the firing examples', () => {
    // The template instead of the secret, and the folder re-included by an exception.
    expect(check('COPY .env.example .env')).toEqual([]);
    const reincluded = `${IGNORE}!config/settings.yaml\n`;
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY config/settings.yaml ./config/'), { dockerignore: reincluded })).toEqual([]);
  });

  it('does not catch a destination that looks like an ignored path (it is in the image, not the context)', () => {
    expect(check('COPY settings.example.yaml ./config/', 'COPY app.env /app/data/defaults.env')).toEqual([]);
  });

  it('does not catch files deeper than a root-anchored pattern reaches', () => {
    // `*.md` and `data/**` match from the context root only: `docs/guide.md` and `app/data/` are still sent.
    expect(check('COPY docs/guide.md ./docs/', 'COPY app/data/seed.json ./app/data/')).toEqual([]);
  });

  it('does not catch the allowlist style .dockerignore (ignore everything, re-include what is copied)', () => {
    const allowlist = '# send only what the image needs\n*\n!requirements.txt\n!src/\n!pyproject.toml\n';
    const src = dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt pyproject.toml ./', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY src/ ./src/');
    expect(positionsOf(ID, src, { dockerignore: allowlist })).toEqual([]);
  });

  it('does not catch sources that only nested ignore globs would thin out', () => {
    const ignore = '**/*.pyc\n**/__pycache__\n**/.pytest_cache\n';
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY app/ ./app/', 'COPY src/*.py ./'), { dockerignore: ignore })).toEqual([]);
  });

  it('does not catch a Node.js app whose .dockerignore leaves out node_modules and build output', () => {
    const ignore = 'node_modules\nnpm-debug.log\ndist/\n.git\ncoverage\n';
    const src = dockerfile('FROM node:20-alpine', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY src ./src', 'COPY tsconfig.json ./');
    expect(positionsOf(ID, src, { dockerignore: ignore })).toEqual([]);
  });

  it('does not catch a multi-stage build whose final stage copies ignored-looking paths from the builder', () => {
    const src = dockerfile(
      'FROM python:3.11 AS builder',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN pip install --prefix=/install -r requirements.txt',
      'FROM python:3.11-slim',
      'COPY --from=builder /install /usr/local',
      'COPY --from=builder /app/data/ ./data/',
      'COPY --from=0 /app/config/ ./config/',
    );
    expect(positionsOf(ID, src, { dockerignore: IGNORE })).toEqual([]);
  });

  it('does not catch other flags, the exec form or continuation lines on kept paths', () => {
    expect(check('COPY --chown=app:app --chmod=644 src/ ./src/', 'ADD --chown=1000 vendor.tar.gz /opt/')).toEqual([]);
    expect(check('COPY ["requirements.txt", "setup.py", "./"]')).toEqual([]);
    expect(check('COPY requirements.txt \\', '     setup.py \\', '     # the app itself', '     src/ ./')).toEqual([]);
  });

  it('does not catch git sources or a RUN heredoc that writes an ignored name', () => {
    expect(check('ADD git@github.com:acme/config.git /src/config', 'ADD https://github.com/acme/data.git#v1 /src/data')).toEqual([]);
    expect(check('RUN <<EOF', 'echo "DEBUG=0" > .env', 'mkdir -p config', 'EOF')).toEqual([]);
  });

  it('does not catch with a .dockerignore of comments, blank lines and exceptions only', () => {
    // An exception with nothing excluded before it keeps everything.
    const ignore = '# .dockerignore\n\n!.env\n# !config/\n';
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY .env config/ ./'), { dockerignore: ignore })).toEqual([]);
  });

  it('does not catch a lower-case copy of kept files', () => {
    expect(check('copy requirements.txt ./', 'add app.py ./')).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good (with the lesson-style .dockerignore)', () => {
    expect(findingsOf(ID, docs.bad, { dockerignore: IGNORE })).toHaveLength(1);
    expect(findingsOf(ID, docs.good, { dockerignore: IGNORE })).toEqual([]);
  });
});
