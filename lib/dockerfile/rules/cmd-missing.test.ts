import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/cmd-missing';

const ID = 'cmd-missing';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('cmd-missing', () => {
  it('catches a Python app without CMD', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .'))).toEqual([at('missing', 1, 1, 1, 22)]));
  it('catches an OS image without CMD', () =>
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN apt-get update'))).toEqual([at('missing', 1, 1, 1, 18)]));
  it('catches scratch without CMD or ENTRYPOINT', () =>
    expect(positionsOf(ID, dockerfile('FROM golang:1.22 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app'))).toEqual([
      at('missing', 3, 1, 3, 13),
    ]));
  it('catches when only a builder stage has a CMD', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS test', 'CMD ["pytest"]', 'FROM python:3.11-slim', 'COPY app.py /app/')).map((f) => f.line)).toEqual([3]));

  it('does not catch CMD', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', 'CMD ["python", "/app/app.py"]'))).toEqual([]));
  it('does not catch ENTRYPOINT', () => expect(positionsOf(ID, dockerfile('FROM scratch', 'COPY app /app', 'ENTRYPOINT ["/app"]'))).toEqual([]));
  it('does not catch a CMD in the base stage', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'CMD ["python", "app.py"]', 'FROM base', 'COPY . /app'))).toEqual([]));
  it('does not catch nginx serving files', () =>
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27', 'COPY site/ /usr/share/nginx/html/'))).toEqual([]));
  it('does not catch postgres with init scripts', () =>
    expect(positionsOf(ID, dockerfile('FROM postgres:16', 'COPY init.sql /docker-entrypoint-initdb.d/'))).toEqual([]));
  it('does not catch a python tool image with no application files', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir awscli==1.32.0'))).toEqual([]));
  it('does not catch an unknown base that may have its own CMD', () =>
    expect(positionsOf(ID, dockerfile('FROM mycompany/ml-server:1.0', 'COPY model.pkl /models/'))).toEqual([]));
  it('does not catch an unresolved base', () => expect(positionsOf(ID, dockerfile('ARG BASE', 'FROM $BASE', 'COPY . /app'))).toEqual([]));
  it('does not catch a shell-form CMD', () => expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'CMD echo hi'))).toEqual([]));
  it('does not catch an empty file', () => expect(positionsOf(ID, '')).toEqual([]));

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
