import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/base-image-pinned';

const ID = 'base-image-pinned';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('base-image-pinned', () => {
  it('catches an image with no tag', () => expect(positionsOf(ID, dockerfile('FROM python'))).toEqual([at('noTag', 1, 6, 1, 12)]));
  it('catches :latest on the tag only', () => expect(positionsOf(ID, dockerfile('FROM python:latest'))).toEqual([at('latest', 1, 12, 1, 19)]));
  it('catches a namespaced image with no tag', () =>
    expect(positionsOf(ID, dockerfile('FROM mycompany/python AS base'))).toEqual([at('noTag', 1, 6, 1, 22)]));
  it('catches an ARG whose default is unpinned', () =>
    expect(positionsOf(ID, dockerfile('ARG BASE=python', 'FROM ${BASE}'))).toEqual([at('noTag', 2, 6, 2, 13)]));
  it('catches an unpinned builder stage too', () =>
    expect(positionsOf(ID, dockerfile('FROM golang AS build', 'FROM scratch', 'COPY --from=build /app /app'))).toEqual([at('noTag', 1, 6, 1, 12)]));

  it('does not catch a version tag', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim'))).toEqual([]));
  it('does not catch a digest', () => expect(positionsOf(ID, dockerfile('FROM python@sha256:0123456789abcdef'))).toEqual([]));
  it('does not catch :latest pinned by digest', () =>
    expect(positionsOf(ID, dockerfile('FROM python:latest@sha256:0123456789abcdef'))).toEqual([]));
  it('does not catch scratch', () => expect(positionsOf(ID, dockerfile('FROM scratch', 'COPY app /app'))).toEqual([]));
  it('does not catch an earlier stage name', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'FROM base AS test', 'FROM base'))).toEqual([]));
  it('does not catch an ARG whose default is pinned', () =>
    expect(positionsOf(ID, dockerfile('ARG BASE=python:3.11-slim', 'FROM ${BASE}'))).toEqual([]));
  it('does not catch an ARG used as the tag', () =>
    expect(positionsOf(ID, dockerfile('ARG PYTHON_VERSION=3.11', 'FROM python:${PYTHON_VERSION}-slim'))).toEqual([]));
  it('does not catch an ARG without a default (undefined value is judged elsewhere)', () =>
    expect(positionsOf(ID, dockerfile('ARG BASE', 'FROM ${BASE}'))).toEqual([]));
  it('does not catch a registry with a port and a tag', () =>
    expect(positionsOf(ID, dockerfile('FROM registry.company.com:5000/ml/base:1.4.2'))).toEqual([]));
  it('does not catch tags that merely contain "latest"', () =>
    expect(positionsOf(ID, dockerfile('FROM mycompany/app:latest-2024-01'))).toEqual([]));
  it('does not catch --platform with a pinned image', () =>
    expect(positionsOf(ID, dockerfile('FROM --platform=$BUILDPLATFORM golang:1.22 AS build'))).toEqual([]));
  it('does not catch the lesson conditional stage selected by ARG', () =>
    expect(positionsOf(ID, dockerfile('ARG BUILD_ENV=prod', 'FROM python:3.9 AS dev', 'FROM python:3.9-slim AS prod', 'FROM ${BUILD_ENV} as final'))).toEqual([]));

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
