import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/duplicate-stage-name';

const ID = 'duplicate-stage-name';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('duplicate-stage-name', () => {
  it('catches the second stage with the same name', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS build', 'FROM node:20 AS build'))).toEqual([at('duplicate', 2, 17, 2, 22)]);
  });
  it('catches names that differ only in case', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS Build', 'FROM node:20 as BUILD'))).toEqual([at('duplicate', 2, 17, 2, 22)]);
  });
  it('catches every repeat', () => {
    expect(positionsOf(ID, dockerfile('FROM a:1 AS x', 'FROM b:1 AS x', 'FROM c:1 AS x')).map((f) => f.line)).toEqual([2, 3]);
  });

  it('does not catch distinct names', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS build-py', 'FROM node:20 AS build-web', 'FROM python:3.11-slim'))).toEqual([]);
  });
  it('does not catch unnamed stages', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11', 'FROM python:3.11-slim'))).toEqual([]);
  });
  it('does not catch a stage named like an image', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS python', 'FROM python AS runtime'))).toEqual([]);
  });
  it('does not catch a single stage', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS app'))).toEqual([]);
  });
  it('does not catch names that only share a prefix', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS build', 'FROM python:3.11 AS build2'))).toEqual([]);
  });
  it('does not catch a stage built FROM an earlier one', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'FROM base AS test', 'FROM base AS prod'))).toEqual([]);
  });

  it('does not catch names that differ only by a hyphen or an underscore', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS build-py', 'FROM python:3.11 AS build_py'))).toEqual([]);
  });
  it('does not catch one stage copied from several times', () => {
    expect(
      positionsOf(ID, dockerfile('FROM node:20 AS build', 'RUN npm ci && npm run build', 'FROM nginx:1.27-alpine', 'COPY --from=build /app/dist /usr/share/nginx/html', 'COPY --from=build /app/nginx.conf /etc/nginx/conf.d/default.conf')),
    ).toEqual([]);
  });
  it('does not catch a commented-out stage that reuses a name', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS build', '# FROM node:20 AS build', 'FROM python:3.11-slim'))).toEqual([]);
  });
  it('does not catch the usual distinct stages of a Node app, the same ARG base, lower-case `as` and a continued FROM', () => {
    expect(
      positionsOf(
        ID,
        dockerfile(
          'ARG NODE_IMAGE=node:20-alpine',
          'FROM ${NODE_IMAGE} as base',
          'FROM base as deps',
          'FROM ${NODE_IMAGE} as builder',
          'FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} \\',
          '    AS test',
          'FROM base AS runner',
        ),
      ),
    ).toEqual([]);
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
