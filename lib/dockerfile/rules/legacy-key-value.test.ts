import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/legacy-key-value';

const ID = 'legacy-key-value';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('legacy-key-value', () => {
  it('catches ENV key value', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED 1'))).toEqual([at('legacy', 2, 5, 2, 23)]);
  });
  it('catches LABEL key value', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL maintainer ml@company.com'))).toEqual([at('legacy', 2, 7, 2, 32)]);
  });
  it('catches a value with spaces', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV APP_NAME ML API')).map((f) => f.messageId)).toEqual(['legacy']);
  });

  it('does not catch ENV key=value', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1'))).toEqual([]));
  it('does not catch several pairs', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV A=1 B="two words" \\', '    C=3'))).toEqual([]));
  it('does not catch LABEL key="value"', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL maintainer="ml@company.com" version="1.0"'))).toEqual([]));
  it('does not catch ARG without a default', () => expect(positionsOf(ID, dockerfile('ARG VERSION', 'FROM python:3.11-slim'))).toEqual([]));
  it('does not catch ARG with a default', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG PORT=8000'))).toEqual([]));
  it('does not catch an empty value', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV EMPTY='))).toEqual([]));
  it('does not catch a value holding "="', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV JAVA_OPTS="-Dx=1 -Dy=2"'))).toEqual([]));
  it('does not catch lower-case env key=value', () => expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'env a=1'))).toEqual([]));

  it('does not catch values quoted, escaped or holding spaces after "="', () => {
    for (const line of [`ENV GREETING='hello world'`, 'ENV APP_NAME=ML\\ API', 'LABEL description="Ứng dụng ML dự đoán giá nhà"', `LABEL com.example.config='{"workers": 2, "debug": false}'`])
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', line)), line).toEqual([]);
  });
  it('does not catch values built from variables, ARG passed on to ENV', () => {
    const src = dockerfile('ARG PYTHON_VERSION=3.11', 'FROM python:${PYTHON_VERSION}-slim', 'ARG APP_VERSION=1.0.0', 'ENV APP_VERSION=${APP_VERSION} \\', '    PATH="/opt/venv/bin:$PATH"', 'LABEL version=$APP_VERSION');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch OCI labels over continuation lines with a comment between them', () => {
    const src = dockerfile('FROM python:3.11-slim', 'LABEL org.opencontainers.image.title="house-price-api" \\', '# the version is bumped by CI', '      org.opencontainers.image.version="1.2.0" \\', '      org.opencontainers.image.licenses=MIT');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch an empty value next to other pairs', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV HTTP_PROXY= NO_PROXY=localhost,127.0.0.1'))).toEqual([]));
  it('does not catch a multi-stage file that uses key=value in every stage', () => {
    const src = dockerfile('FROM node:20-alpine AS build', 'ENV NODE_ENV=development', 'RUN npm ci && npm run build', 'FROM node:20-alpine', 'ENV NODE_ENV=production PORT=3000', 'LABEL stage=runtime', 'CMD ["node", "dist/server.js"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch ENV or LABEL lines inside a heredoc body, or as RUN and exec-form words', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY <<EOF /app/.env.example', 'ENV DEBUG 1', 'LABEL owner ml-team', 'EOF'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN printenv LANG HOME', 'CMD ["printenv", "APP_ENV", "PATH"]'))).toEqual([]);
  });
  it('does not catch ONBUILD ENV key=value', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ONBUILD ENV APP_ENV=production', 'ONBUILD LABEL built-from=base'))).toEqual([]));
  it('does not catch a Windows path value under the backtick escape directive', () =>
    expect(positionsOf(ID, dockerfile('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'ENV PYTHON_HOME=C:\\Python311 `', '    PATH="C:\\Python311;C:\\Windows\\System32"'))).toEqual([]));

  it('fixes ENV key value into key=value', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED 1', 'CMD ["python", "app.py"]'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1', 'CMD ["python", "app.py"]'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(positionsOf('syntax-error', out)).toEqual([]);
  });
  it('quotes a value with spaces', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'ENV APP_NAME ML API $VERSION'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'ENV APP_NAME="ML API $VERSION"'));
    expect(positionsOf(ID, out)).toEqual([]);
  });
  it('fixes LABEL too', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'LABEL maintainer ml@company.com'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'LABEL maintainer=ml@company.com'));
    expect(positionsOf(ID, out)).toEqual([]);
  });
  it('offers no fix when quotes would have to be rewritten', () => {
    expect(findingsOf(ID, dockerfile('FROM python:3.11-slim', `ENV GREETING it's "fine"`))[0]?.fix).toBeUndefined();
  });
  it('offers no fix for a key that would read as a flag once joined (ENV --=x)', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV -- Dockerfile'));
    expect(finding).toBeDefined();
    expect(finding?.fix).toBeUndefined();
    expect(findingsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV -x y'))[0]?.fix?.edits[0]?.text).toBe('-x=y');
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
