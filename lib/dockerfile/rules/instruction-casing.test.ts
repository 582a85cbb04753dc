import { describe, expect, it } from 'vitest';
import { dockerfile, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/instruction-casing';

const ID = 'instruction-casing';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('instruction-casing', () => {
  it('catches a lower-case instruction among upper-case ones', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'run echo hi', 'CMD ["python"]'))).toEqual([at('inconsistent', 2, 1, 2, 4)]);
  });
  it('catches an upper-case instruction among lower-case ones', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'RUN echo hi', 'cmd ["python"]'))).toEqual([at('inconsistent', 2, 1, 2, 4)]);
  });
  it('catches mixed-case keywords', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'Run echo hi'))).toEqual([at('inconsistent', 2, 1, 2, 4)]);
  });
  it('catches a lower-case instruction wrapped by ONBUILD, at its own keyword', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ONBUILD run make', 'CMD ["python"]'))).toEqual([at('inconsistent', 2, 9, 2, 12)]);
  });
  it('counts ONBUILD-wrapped instructions towards the majority', () => {
    const src = dockerfile('from python:3.11-slim', 'onbuild run make', 'onbuild copy . /app', 'RUN make', 'CMD ["python"]');
    expect(positionsOf(ID, src)).toEqual([at('inconsistent', 4, 1, 4, 4), at('inconsistent', 5, 1, 5, 4)]);
  });
  it('catches FROM x as y', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 as builder', 'FROM python:3.11-slim'))).toEqual([at('fromAs', 1, 18, 1, 20)]);
  });
  it('catches from x AS y', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11 AS builder'))).toEqual([at('fromAs', 1, 18, 1, 20)]);
  });

  it('does not catch all upper case', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS app', 'RUN echo hi', 'CMD ["python"]'))).toEqual([]));
  it('does not catch all lower case', () =>
    expect(positionsOf(ID, dockerfile('from python:3.11-slim as app', 'run echo hi', 'cmd ["python"]'))).toEqual([]));
  it('does not catch lower-case words in arguments', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir flask==3.0.0', 'COPY from/ /to/'))).toEqual([]));
  it('does not catch lower-case text in a heredoc', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'run something', 'EOF'))).toEqual([]));
  it('does not catch comments and directives', () =>
    expect(positionsOf(ID, dockerfile('# syntax=docker/dockerfile:1', '# run tests', 'FROM python:3.11-slim'))).toEqual([]));
  it('does not catch a stage named "as"-like words', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS assets', 'FROM python:3.11-slim'))).toEqual([]));
  it('does not catch FROM without AS', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim'))).toEqual([]));
  it('does not catch an unknown instruction (syntax-error reports it)', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'Runn echo hi'))).toEqual([]));
  it('does not catch ONBUILD wrapping an upper-case instruction', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ONBUILD COPY . /app'))).toEqual([]));
  it('does not catch a single instruction', () => expect(positionsOf(ID, dockerfile('from scratch'))).toEqual([]));

  it('fixes the minority casing to the majority', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'run echo hi', 'CMD ["python"]'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'RUN echo hi', 'CMD ["python"]'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(positionsOf('syntax-error', out)).toEqual([]);
  });
  it('fixes "as" to match FROM', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11 as builder'));
    expect(out).toBe(dockerfile('FROM python:3.11 AS builder'));
    expect(positionsOf(ID, out)).toEqual([]);
  });
  it('recases the "as" of a minority FROM with its keyword, so the fix does not trade one finding for another', () => {
    const src = dockerfile('from python:3.11 as builder', 'RUN make', 'FROM python:3.11-slim', 'COPY --from=builder /app /app');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM python:3.11 AS builder', 'RUN make', 'FROM python:3.11-slim', 'COPY --from=builder /app /app'));
    expect(positionsOf(ID, out)).toEqual([]);
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
