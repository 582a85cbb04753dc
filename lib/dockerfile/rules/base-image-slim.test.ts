import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/base-image-slim';

const ID = 'base-image-slim';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('base-image-slim', () => {
  it('catches python:3.9 in the final stage and names the slim variant and sizes', () => {
    const src = dockerfile('FROM python:3.9', 'CMD ["python", "app.py"]');
    expect(positionsOf(ID, src)).toEqual([at('smaller', 1, 6, 1, 16)]);
    const message = findingsOf(ID, src)[0]?.message ?? '';
    expect(message).toContain('python:3.9-slim');
    expect(message).toContain('~1GB');
    expect(message).toContain('~150MB');
  });
  it('catches node:20', () => {
    const src = dockerfile('FROM node:20', 'CMD ["node", "server.js"]');
    expect(positionsOf(ID, src)).toEqual([at('smaller', 1, 6, 1, 13)]);
    expect(findingsOf(ID, src)[0]?.message).toContain('node:20-slim');
  });
  it('catches ubuntu for a Python app', () => {
    const src = dockerfile('FROM ubuntu:22.04', 'RUN apt-get update && apt-get install -y python3 python3-pip', 'CMD ["python3", "app.py"]');
    expect(positionsOf(ID, src)).toEqual([at('smaller', 1, 6, 1, 18)]);
  });
  it('catches pytorch devel images', () => {
    const src = dockerfile('FROM pytorch/pytorch:2.2.0-cuda12.1-cudnn8-devel', 'CMD ["python", "serve.py"]');
    expect(findingsOf(ID, src).map((f) => f.message.includes('2.2.0-cuda12.1-cudnn8-runtime'))).toEqual([true]);
  });
  it('catches nvidia/cuda devel images', () => {
    expect(positionsOf(ID, dockerfile('FROM nvidia/cuda:12.2.0-devel-ubuntu22.04')).map((f) => f.messageId)).toEqual(['smaller']);
  });
  it('catches a full image in the stage the final stage is built FROM', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS base', 'FROM base', 'CMD ["python", "app.py"]'))).toEqual([at('smaller', 1, 6, 1, 17)]);
  });
  it('catches an ARG whose default is full-size, at the reference', () => {
    expect(positionsOf(ID, dockerfile('ARG BASE=python:3.11', 'FROM ${BASE}'))).toEqual([at('smaller', 2, 6, 2, 13)]);
  });

  it('does not catch a builder stage', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'RUN pip wheel -w /w numpy==1.26.4', 'FROM python:3.11-slim', 'COPY --from=builder /w /w'))).toEqual([]));
  it('does not catch slim', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim'))).toEqual([]));
  it('does not catch alpine', () => expect(positionsOf(ID, dockerfile('FROM node:20-alpine'))).toEqual([]));
  it('does not catch ubuntu when nothing uses Python', () =>
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN apt-get update && apt-get install -y curl', 'CMD ["bash"]'))).toEqual([]));
  it('does not catch runtime variants', () =>
    expect(positionsOf(ID, dockerfile('FROM pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime', 'FROM nvidia/cuda:12.2.0-runtime-ubuntu22.04'))).toEqual([]));
  it('does not catch scratch or distroless', () =>
    expect(positionsOf(ID, dockerfile('FROM golang:1.22 AS build', 'FROM gcr.io/distroless/static-debian12'))).toEqual([]));
  it('does not catch a digest-pinned image', () => expect(positionsOf(ID, dockerfile('FROM python@sha256:0123456789abcdef'))).toEqual([]));
  it('does not catch an unknown image', () => expect(positionsOf(ID, dockerfile('FROM mycompany/python:3.11'))).toEqual([]));
  it('does not catch an ARG without default', () => expect(positionsOf(ID, dockerfile('ARG BASE', 'FROM $BASE'))).toEqual([]));
  it('does not catch an ARG whose default is slim', () =>
    expect(positionsOf(ID, dockerfile('ARG BASE=python:3.11-slim', 'FROM ${BASE}'))).toEqual([]));
  it('does not catch a full image used only by a stage that is not shipped', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS test', 'RUN pytest', 'FROM python:3.11-slim AS prod', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch golang in a final stage (multi-stage advice belongs to multi-stage)', () =>
    expect(positionsOf(ID, dockerfile('FROM golang:1.22', 'RUN go build -o /app .'))).toEqual([]));
  it('does not catch slim variants with a Debian release', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11.9-slim-bookworm', 'FROM node:20-bookworm-slim'))).toEqual([]));
  it('does not catch ubuntu in a builder stage of a Python app', () =>
    expect(
      positionsOf(ID, dockerfile('FROM ubuntu:22.04 AS fetch', 'RUN apt-get update && apt-get install -y python3', 'FROM python:3.11-slim', 'CMD ["python", "app.py"]')),
    ).toEqual([]));

  it('does not catch the slim variant named through an ARG version', () =>
    expect(positionsOf(ID, dockerfile('ARG PYTHON_VERSION=3.12', 'FROM python:${PYTHON_VERSION}-slim', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch a full-size ARG default used only by a builder stage', () =>
    expect(positionsOf(ID, dockerfile('ARG BUILD_IMAGE=node:20', 'FROM ${BUILD_IMAGE} AS build', 'RUN npm ci && npm run build', 'FROM nginx:1.27-alpine', 'COPY --from=build /app/dist /usr/share/nginx/html'))).toEqual([]));
  it('does not catch a final stage built FROM a slim stage (lower-case keywords)', () =>
    expect(positionsOf(ID, dockerfile('from python:3.11 as test', 'run pytest', 'from python:3.11-slim as base', 'from base as prod', 'cmd ["python", "app.py"]'))).toEqual([]));
  it('does not catch ubuntu whose Python is a build dependency removed in the same RUN', () =>
    expect(
      positionsOf(ID, dockerfile('FROM ubuntu:24.04', 'COPY . /src', 'RUN apt-get update && apt-get install -y python3 make g++ && make -C /src install && apt-get purge -y python3 make g++', 'CMD ["/usr/local/bin/app"]')),
    ).toEqual([]));
  it('does not catch the CUDA base variant, nor a pytorch tag that is not devel', () =>
    expect(positionsOf(ID, dockerfile('FROM nvidia/cuda:12.4.1-base-ubuntu22.04 AS cuda', 'FROM pytorch/pytorch:latest'))).toEqual([]));

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
