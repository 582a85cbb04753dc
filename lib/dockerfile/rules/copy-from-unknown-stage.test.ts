import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/copy-from-unknown-stage';

const ID = 'copy-from-unknown-stage';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('copy-from-unknown-stage', () => {
  it('catches a stage name that does not exist', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'RUN echo hi', 'FROM python:3.11-slim', 'COPY --from=biulder /a /a'))).toEqual([
      at('unknownStage', 4, 13, 4, 20),
    ]);
  });
  it('catches --from=builder in a single-stage file', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY --from=builder /wheels /wheels'))).toEqual([at('unknownStage', 2, 13, 2, 20)]);
  });
  it('catches a stage index that does not exist yet', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY --from=5 /a /a'))).toEqual([at('unknownIndex', 3, 13, 3, 14)]);
  });
  it('catches a stage declared later', () => {
    expect(
      positionsOf(ID, dockerfile('FROM python:3.11-slim AS runtime', 'COPY --from=builder /a /a', 'FROM python:3.11 AS builder', 'RUN echo hi')),
    ).toEqual([at('laterStage', 2, 13, 2, 20)]);
  });

  it('does not catch an earlier stage name', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'RUN echo hi', 'FROM python:3.11-slim', 'COPY --from=builder /a /a'))).toEqual([]);
  });
  it('does not catch names in a different case', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS Builder', 'FROM python:3.11-slim', 'COPY --from=BUILDER /a /a'))).toEqual([]);
  });
  it('does not catch an earlier stage index', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11', 'RUN echo hi', 'FROM python:3.11-slim', 'COPY --from=0 /a /a'))).toEqual([]);
  });
  it('does not catch an image with a tag', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY --from=nginx:latest /etc/nginx/nginx.conf /etc/nginx/'))).toEqual([]);
  });
  it('does not catch an image with a registry or a digest', () => {
    expect(
      positionsOf(
        ID,
        dockerfile('FROM python:3.11-slim', 'COPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/uv', 'COPY --from=busybox@sha256:abc /bin/sh /bin/sh'),
      ),
    ).toEqual([]);
  });
  it('does not catch a bare official image name', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY --from=nginx /etc/nginx/nginx.conf /etc/nginx/'))).toEqual([]);
  });
  it('does not catch a variable', () => {
    expect(positionsOf(ID, dockerfile('ARG SRC=builder', 'FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY --from=${SRC} /a /a'))).toEqual([]);
  });
  it('does not catch a quoted earlier stage name', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY --from="builder" /a /a'))).toEqual([]);
  });
  it('does not catch COPY without --from', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY --chown=1000:1000 . /app'))).toEqual([]);
  });
  it('does not catch the stage itself (copy-from-self reports it)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS app', 'COPY --from=app /a /b'))).toEqual([]);
  });
  it('does not catch three-stage pipelines', () => {
    expect(
      positionsOf(
        ID,
        dockerfile('FROM python:3.11 AS prep', 'RUN echo data', 'FROM python:3.11 AS train', 'COPY --from=prep /data /data', 'FROM python:3.11-slim', 'COPY --from=train /model /model'),
      ),
    ).toEqual([]);
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
