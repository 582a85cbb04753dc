import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/copy-from-self';

const ID = 'copy-from-self';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('copy-from-self', () => {
  it('catches the stage name of the current stage', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'FROM python:3.11-slim AS runtime', 'COPY --from=runtime /a /a'))).toEqual([
      at('self', 3, 13, 3, 20),
    ]);
  });
  it('catches it in another case', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS App', 'COPY --from=app /a /a'))).toEqual([at('self', 2, 13, 2, 16)]);
  });
  it('catches its own name even when a later stage shares it', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS app', 'COPY --from=app /a /a', 'FROM python:3.11 AS app'))).toEqual([at('self', 2, 13, 2, 16)]);
  });
  it('catches the index of the current stage', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY --from=1 /a /a'))).toEqual([at('self', 3, 13, 3, 14)]);
  });

  it('does not catch an earlier stage', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'FROM python:3.11-slim AS runtime', 'COPY --from=builder /a /a'))).toEqual([]);
  });
  it('does not catch an earlier index', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11', 'FROM python:3.11-slim', 'COPY --from=0 /a /a'))).toEqual([]);
  });
  it('does not catch an unknown stage (copy-from-unknown-stage reports it)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS runtime', 'COPY --from=builder /a /a'))).toEqual([]);
  });
  it('does not catch an image', () => {
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27 AS nginx', 'COPY --from=nginx:1.26 /etc/nginx /etc/nginx'))).toEqual([]);
  });
  it('does not catch a name shared with an earlier stage (duplicate-stage-name reports that)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS build', 'FROM python:3.11 AS build', 'COPY --from=build /a /a'))).toEqual([]);
  });
  it('does not catch a variable', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS app', 'ARG SRC=app', 'COPY --from=$SRC /a /a'))).toEqual([]);
  });
  it('does not catch COPY without --from', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS app', 'COPY app /app'))).toEqual([]);
  });
  it('does not catch a stage whose name only starts like the current one', () => {
    const src = dockerfile('FROM python:3.11 AS app-builder', 'RUN pip wheel --wheel-dir /wheels numpy==1.26.4', 'FROM python:3.11-slim AS app', 'COPY --from=app-builder /wheels /wheels');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch the stage the current one is built FROM', () => {
    expect(positionsOf(ID, dockerfile('FROM node:20 AS build', 'RUN npm ci && npm run build', 'FROM build AS test', 'COPY --from=build /app/dist /srv/dist'))).toEqual([]);
  });
  it('does not catch a later stage (copy-from-unknown-stage is about order)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS app', 'COPY --from=builder /wheels /wheels', 'FROM python:3.11 AS builder'))).toEqual([]);
  });
  it('does not catch an index past the last stage, or an earlier index among other flags', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY --from=5 /a /a'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM golang:1.22', 'FROM gcr.io/distroless/static', 'COPY --link --chown=nonroot:nonroot --from=0 /out/app /app'))).toEqual([]);
  });
  it('does not catch an earlier stage in lower case, quoted, or over a continuation', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11 as builder', 'from python:3.11-slim as runtime', 'copy --from="builder" /wheels /wheels'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'FROM python:3.11-slim AS runtime', 'COPY \\', '  --from=builder \\', '  /wheels /wheels'))).toEqual([]);
  });
  it('does not catch a registry image that shares the stage name', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS app', 'COPY --from=ghcr.io/acme/app:1.4 /opt/app /opt/app'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS uv', 'COPY --from=ghcr.io/astral-sh/uv:0.4.20 /uv /bin/uv'))).toEqual([]);
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
