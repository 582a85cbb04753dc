import { describe, expect, it } from 'vitest';
import { dockerfile, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/instruction-casing';

const ID = 'instruction-casing';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('instruction-casing', () => {
  it('catches a lower-case instruction among upper-case ones', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'run echo hi', 'CMD ["python"]'))).toEqual([at('inconsistent', 2, 1, 2, 4)]);
  });
  it('catches an upper-case instruction among lower-case ones', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'RUN echo hi', 'cmd ["python"]'))).toEqual([at('inconsistent', 2, 1, 2, 4)]);
  });
  it('catches mixed-case keywords', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'Run echo hi'))).toEqual([at('inconsistent', 2, 1, 2, 4)]);
  });
  it('catches a lower-case instruction wrapped by ONBUILD, at its own keyword', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ONBUILD run make', 'CMD ["python"]'))).toEqual([at('inconsistent', 2, 9, 2, 12)]);
  });
  it('counts ONBUILD-wrapped instructions towards the majority', () => {
    const src = dockerfile('from python:3.11-slim', 'onbuild run make', 'onbuild copy . /app', 'RUN make', 'CMD ["python"]');
    expect(positionsOf(ID, src)).toEqual([at('inconsistent', 4, 1, 4, 4), at('inconsistent', 5, 1, 5, 4)]);
  });
  it('catches FROM x as y', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 as builder', 'FROM python:3.11-slim'))).toEqual([at('fromAs', 1, 18, 1, 20)]);
  });
  it('catches from x AS y', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11 AS builder'))).toEqual([at('fromAs', 1, 18, 1, 20)]);
  });

  it('does not catch all upper case', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS app', 'RUN echo hi', 'CMD ["python"]'))).toEqual([]));
  it('does not catch all lower case', () =>
    expect(positionsOf(ID, dockerfile('from python:3.11-slim as app', 'run echo hi', 'cmd ["python"]'))).toEqual([]));
  it('does not catch lower-case words in arguments', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir flask==3.0.0', 'COPY from/ /to/'))).toEqual([]));
  it('does not catch lower-case text in a heredoc', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'run something', 'EOF'))).toEqual([]));
  it('does not catch comments and directives', () =>
    expect(positionsOf(ID, dockerfile('# syntax=docker/dockerfile:1', '# run tests', 'FROM python:3.11-slim'))).toEqual([]));
  it('does not catch a stage named "as"-like words', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS assets', 'FROM python:3.11-slim'))).toEqual([]));
  it('does not catch FROM without AS', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim'))).toEqual([]));
  it('does not catch an unknown instruction (syntax-error reports it)', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'Runn echo hi'))).toEqual([]));
  it('does not catch ONBUILD wrapping an upper-case instruction', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ONBUILD COPY . /app'))).toEqual([]));
  it('does not catch a single instruction', () => expect(positionsOf(ID, dockerfile('from scratch'))).toEqual([]));

  it('does not catch multi-stage builds written in one casing, AS included', () => {
    const upper = dockerfile('ARG GO_VERSION=1.22', 'FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /out/app .', 'FROM gcr.io/distroless/static', 'COPY --from=build /out/app /app', 'USER nonroot', 'ENTRYPOINT ["/app"]');
    const lower = dockerfile('from node:20-alpine as deps', 'workdir /app', 'copy package*.json ./', 'run npm ci', 'from node:20-alpine', 'copy --from=deps /app/node_modules ./node_modules', 'cmd ["node", "server.js"]');
    for (const src of [upper, lower]) expect(positionsOf(ID, src), src).toEqual([]);
  });
  it('does not catch an all lower-case file with ONBUILD, parser directives and a heredoc in upper case', () => {
    const src = dockerfile('# syntax=docker/dockerfile:1', 'from python:3.11-slim', 'onbuild copy requirements.txt .', 'onbuild run pip install -r requirements.txt', 'run <<EOF', 'echo "FROM RUN COPY" > /notes.txt', 'EOF', 'cmd ["python"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch the CMD of a HEALTHCHECK (an argument, not an instruction)', () => {
    expect(positionsOf(ID, dockerfile('from nginx:1.27-alpine', 'healthcheck --interval=30s CMD wget -qO- http://localhost/ || exit 1'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27-alpine', 'HEALTHCHECK --interval=30s cmd wget -qO- http://localhost/ || exit 1'))).toEqual([]);
  });
  it('does not catch a continuation line that starts with a keyword-like word', () => {
    // `npm \` then `run build`: the second line belongs to the RUN above it.
    expect(positionsOf(ID, dockerfile('FROM node:20-alpine', 'WORKDIR /app', 'RUN npm ci && npm \\', '    run build', 'CMD ["node", "dist/index.js"]'))).toEqual([]);
  });
  it('does not catch comments between continuation lines', () => {
    const src = dockerfile('FROM debian:bookworm-slim', 'RUN apt-get update \\', '# curl is for the healthcheck', '    && apt-get install -y --no-install-recommends curl \\', '    && rm -rf /var/lib/apt/lists/*');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch a Windows Dockerfile with the backtick escape directive and CRLF line ends', () => {
    const src = '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN powershell -Command `\r\n    New-Item -ItemType Directory C:\\app\r\nWORKDIR C:\\app\r\nCMD ["cmd.exe"]\r\n';
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch lower-case keywords quoted in LABEL, ENV and exec-form arguments', () => {
    const src = dockerfile('FROM python:3.11-slim', 'LABEL description="run from source, copy as needed"', 'ENV MODE=run', 'ENTRYPOINT ["python", "-m", "app", "run", "--from", "as"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch an image or stage name containing "as"', () =>
    expect(positionsOf(ID, dockerfile('FROM ghcr.io/astral-sh/uv:0.4 AS uv', 'FROM python:3.11-slim AS base', 'COPY --from=uv /uv /bin/uv'))).toEqual([]));
  it('does not catch an all upper-case file whose stages use every instruction', () => {
    const src = dockerfile('FROM python:3.11-slim AS runtime', 'LABEL org.opencontainers.image.source="https://example.com"', 'ENV PYTHONUNBUFFERED=1', 'ARG APP_USER=app', 'RUN useradd -m "$APP_USER"', 'WORKDIR /app', 'ADD app.tar.gz /app/', 'COPY --chown=app:app . .', 'VOLUME /data', 'EXPOSE 8000', 'USER app', 'STOPSIGNAL SIGTERM', 'SHELL ["/bin/bash", "-c"]', 'HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1', 'ENTRYPOINT ["python"]', 'CMD ["app.py"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('fixes the minority casing to the majority', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'run echo hi', 'CMD ["python"]'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'RUN echo hi', 'CMD ["python"]'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(positionsOf('syntax-error', out)).toEqual([]);
  });
  it('fixes "as" to match FROM', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11 as builder'));
    expect(out).toBe(dockerfile('FROM python:3.11 AS builder'));
    expect(positionsOf(ID, out)).toEqual([]);
  });
  it('recases the "as" of a minority FROM with its keyword, so the fix does not trade one finding for another', () => {
    const src = dockerfile('from python:3.11 as builder', 'RUN make', 'FROM python:3.11-slim', 'COPY --from=builder /app /app');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM python:3.11 AS builder', 'RUN make', 'FROM python:3.11-slim', 'COPY --from=builder /app /app'));
    expect(positionsOf(ID, out)).toEqual([]);
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
