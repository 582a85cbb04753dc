import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/label-metadata';

const ID = 'label-metadata';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('label-metadata', () => {
  it('catches a final stage without LABEL', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py"]'))).toEqual([at('missing', 1, 1, 1, 22)]));
  it('catches when only a builder stage has a LABEL', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS build', 'LABEL stage=build', 'FROM python:3.11-slim'))).toEqual([at('missing', 3, 1, 3, 22)]));
  it('catches MAINTAINER alone (it is not a label)', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'MAINTAINER ml@company.com')).map((f) => f.line)).toEqual([1]));

  it('does not catch a LABEL in the final stage', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL maintainer="ml@company.com"'))).toEqual([]));
  it('does not catch a LABEL in the stage it is built from', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'LABEL version="1.0"', 'FROM base', 'CMD ["python"]'))).toEqual([]));
  it('does not catch a legacy LABEL', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL version 1.0'))).toEqual([]));
  it('does not catch a lower-case label', () => expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'label version="1.0"'))).toEqual([]));
  it('does not catch a multi-line LABEL', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL maintainer="ml@company.com" \\', '      version="1.0"'))).toEqual([]));
  it('does not catch an empty file', () => expect(positionsOf(ID, '')).toEqual([]));
  it('does not catch a LABEL in the final stage of three', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS a', 'FROM python:3.11 AS b', 'FROM python:3.11-slim', 'LABEL version="1.0"'))).toEqual([]));

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
