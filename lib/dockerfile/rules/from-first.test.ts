import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/from-first';

const ID = 'from-first';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('from-first', () => {
  it('catches ENV before FROM', () => {
    expect(positionsOf(ID, dockerfile('ENV A=1', 'FROM python:3.11-slim'))).toEqual([at('notFirst', 1, 1, 1, 4)]);
  });
  it('catches RUN after ARG but before FROM', () => {
    expect(positionsOf(ID, dockerfile('ARG V=3.11', 'RUN echo hi', 'FROM python:${V}-slim'))).toEqual([at('notFirst', 2, 1, 2, 4)]);
  });
  it('catches a file with no FROM at all, once', () => {
    expect(positionsOf(ID, dockerfile('WORKDIR /app', 'COPY . .'))).toEqual([at('notFirst', 1, 1, 1, 8)]);
  });

  it('does not catch FROM first', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo hi'))).toEqual([]);
  });
  it('does not catch ARG before FROM', () => {
    expect(positionsOf(ID, dockerfile('ARG BASE=python:3.11-slim', 'FROM ${BASE}'))).toEqual([]);
  });
  it('does not catch parser directives and comments before FROM', () => {
    expect(positionsOf(ID, dockerfile('# syntax=docker/dockerfile:1', '# escape=\\', '# build the API', 'FROM python:3.11-slim'))).toEqual([]);
  });
  it('does not catch lower-case from', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'run echo hi'))).toEqual([]);
  });
  it('does not catch a misspelt FROM (syntax-error reports it)', () => {
    expect(positionsOf(ID, dockerfile('FORM python:3.11-slim', 'RUN echo hi'))).toEqual([]);
  });
  it('does not catch an empty file or one with only comments', () => {
    expect(positionsOf(ID, '')).toEqual([]);
    expect(positionsOf(ID, dockerfile('# nothing yet'))).toEqual([]);
  });
  it('does not catch a multi-stage build', () => {
    expect(positionsOf(ID, dockerfile('ARG V=3.11', 'FROM python:${V} AS builder', 'RUN echo hi', 'FROM python:${V}-slim', 'COPY --from=builder /a /a'))).toEqual([]);
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
