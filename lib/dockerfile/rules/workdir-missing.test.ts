import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/workdir-missing';

const ID = 'workdir-missing';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('workdir-missing', () => {
  it('catches COPY x . without WORKDIR', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY requirements.txt .', 'COPY . .'))).toEqual([at('missing', 2, 23, 2, 24)]));
  it('catches COPY x app/', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY src/ app/'))).toEqual([at('missing', 2, 11, 2, 15)]));
  it('catches exec-form COPY with a relative destination', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY ["app.py", "./"]'))).toEqual([at('missing', 2, 17, 2, 21)]));
  it('catches a COPY that comes before the WORKDIR', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY app.py .', 'WORKDIR /app'))).toEqual([at('missing', 2, 13, 2, 14)]));
  it('judges the destination before a trailing "comment", as the lessons mean it', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY requirements.txt .   # Layer 3'))).toEqual([at('missing', 2, 23, 2, 24)]));
  it('catches each stage that lacks one', () =>
    expect(
      positionsOf(ID, dockerfile('FROM python:3.11 AS build', 'COPY . .', 'FROM python:3.11-slim', 'COPY --from=build /w ./w')).map((f) => f.line),
    ).toEqual([2, 4]));

  it('does not catch a stage with WORKDIR', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .'))).toEqual([]));
  it('does not catch absolute destinations', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', 'COPY requirements.txt /tmp/'))).toEqual([]));
  it('does not catch a WORKDIR inherited from the base stage', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'WORKDIR /app', 'FROM base', 'COPY . .'))).toEqual([]));
  it('does not catch a variable destination', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG APP=/app', 'COPY . $APP'))).toEqual([]));
  it('does not catch an unknown base that may set WORKDIR', () =>
    expect(positionsOf(ID, dockerfile('FROM mycompany/python-base:1.0', 'COPY . .'))).toEqual([]));
  it('does not catch a base known to set WORKDIR', () =>
    expect(positionsOf(ID, dockerfile('FROM golang:1.22', 'COPY . .', 'FROM pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime', 'COPY . .'))).toEqual([]));
  it('does not catch a stage with no COPY', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir flask==3.0.0'))).toEqual([]));
  it('does not catch an unresolved base', () => expect(positionsOf(ID, dockerfile('ARG BASE', 'FROM $BASE', 'COPY . .'))).toEqual([]));
  it('does not catch ADD with an absolute destination', () =>
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'ADD model.tar.gz /models/'))).toEqual([]));
  it('does not catch a trailing "comment" after an absolute destination or in a stage with WORKDIR', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY requirements.txt /app/   # Layer 3'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .   # Layer 3'))).toEqual([]);
  });
  it('does not catch a COPY with no destination before its trailing "comment"', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . # everything'))).toEqual([]));
  it('does not catch lower-case workdir', () =>
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'workdir /app', 'copy . .'))).toEqual([]));

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
