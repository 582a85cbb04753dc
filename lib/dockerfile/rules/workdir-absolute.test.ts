import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/workdir-absolute';

const ID = 'workdir-absolute';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });
const workdir = (path: string) => dockerfile('FROM python:3.11-slim', `WORKDIR ${path}`);

describe('workdir-absolute', () => {
  it('catches a bare relative path', () => expect(positionsOf(ID, workdir('app'))).toEqual([at('relative', 2, 9, 2, 12)]));
  it('catches ./ paths', () => expect(positionsOf(ID, workdir('./src'))).toEqual([at('relative', 2, 9, 2, 14)]));
  it('catches a quoted relative path', () => expect(positionsOf(ID, workdir('"app"'))).toEqual([at('relative', 2, 9, 2, 14)]));
  it('catches it in a builder stage too', () =>
    expect(positionsOf(ID, dockerfile('FROM golang:1.22 AS build', 'WORKDIR src', 'FROM scratch')).map((f) => f.line)).toEqual([2]));

  it('does not catch an absolute path', () => expect(positionsOf(ID, workdir('/app'))).toEqual([]));
  it('does not catch the root', () => expect(positionsOf(ID, workdir('/'))).toEqual([]));
  it('does not catch $HOME/app', () => expect(positionsOf(ID, workdir('$HOME/app'))).toEqual([]));
  it('does not catch ${DIR}', () => expect(positionsOf(ID, workdir('${APP_DIR}'))).toEqual([]));
  it('does not catch a quoted absolute path', () => expect(positionsOf(ID, workdir('"/opt/my app"'))).toEqual([]));
  it('does not catch a Windows path', () =>
    expect(positionsOf(ID, dockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'WORKDIR C:\\app'))).toEqual([]));
  it('does not catch an absolute path with a variable inside', () => expect(positionsOf(ID, workdir('/opt/${APP}'))).toEqual([]));
  it('does not catch WORKDIR in every stage of a multi-stage build', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS b', 'WORKDIR /build', 'FROM python:3.11-slim', 'WORKDIR /app'))).toEqual([]));
  it('does not catch lower-case workdir with an absolute path', () =>
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'workdir /app'))).toEqual([]));

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
