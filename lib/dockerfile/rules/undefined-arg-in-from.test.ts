import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/undefined-arg-in-from';

const ID = 'undefined-arg-in-from';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('undefined-arg-in-from', () => {
  it('catches ${X} with no ARG', () => {
    expect(positionsOf(ID, dockerfile('FROM python:${PYTHON_VERSION}-slim'))).toEqual([at('undefined', 1, 13, 1, 30)]);
  });
  it('catches $X with no ARG', () => {
    expect(positionsOf(ID, dockerfile('FROM $BASE'))).toEqual([at('undefined', 1, 6, 1, 11)]);
  });
  it('catches an ARG declared only inside a stage', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG TAG=3.12', 'FROM python:${TAG}'))).toEqual([at('undefined', 3, 13, 3, 19)]);
  });
  it('catches an undeclared variable in --platform', () => {
    expect(positionsOf(ID, dockerfile('FROM --platform=$MY_PLATFORM python:3.11-slim'))).toEqual([at('undefined', 1, 17, 1, 29)]);
  });

  it('does not catch an ARG with a default before FROM', () =>
    expect(positionsOf(ID, dockerfile('ARG PYTHON_VERSION=3.11', 'FROM python:${PYTHON_VERSION}-slim'))).toEqual([]));
  it('does not catch an ARG without a default before FROM', () =>
    expect(positionsOf(ID, dockerfile('ARG BASE', 'FROM $BASE'))).toEqual([]));
  it('does not catch ${X:-default}', () => expect(positionsOf(ID, dockerfile('FROM python:${PYTHON_VERSION:-3.11}-slim'))).toEqual([]));
  it('does not catch BuildKit automatic platform args', () =>
    expect(positionsOf(ID, dockerfile('FROM --platform=$BUILDPLATFORM golang:1.22 AS build', 'FROM --platform=${TARGETPLATFORM} alpine:3.20'))).toEqual([]));
  it('does not catch a FROM without variables', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim'))).toEqual([]));
  it('does not catch a variable in a RUN', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo ${UNDECLARED}'))).toEqual([]));
  it('does not catch the lesson conditional stage pattern', () =>
    expect(
      positionsOf(ID, dockerfile('ARG BUILD_ENV=production', 'FROM python:3.9 AS dev', 'FROM python:3.9-slim AS production', 'FROM ${BUILD_ENV} as final')),
    ).toEqual([]));
  it('does not catch a global ARG used in a later stage', () =>
    expect(positionsOf(ID, dockerfile('ARG V=3.11', 'FROM python:${V} AS build', 'FROM python:${V}-slim'))).toEqual([]));
  it('does not catch an escaped dollar', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS \\$x'))).toEqual([]));

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
