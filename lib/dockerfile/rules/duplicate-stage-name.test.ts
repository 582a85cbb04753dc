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

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
