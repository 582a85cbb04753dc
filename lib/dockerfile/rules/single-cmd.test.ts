import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/single-cmd';

const ID = 'single-cmd';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('single-cmd', () => {
  it('catches the earlier of two CMDs', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "a.py"]', 'CMD ["python", "b.py"]'))).toEqual([at('ignored', 2, 1, 2, 4)]);
  });
  it('catches every CMD but the last', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD a', 'CMD b', 'CMD c')).map((f) => f.line)).toEqual([2, 3]);
  });
  it('catches every earlier CMD, ENTRYPOINT and HEALTHCHECK when they interleave', () => {
    const src = dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD true', 'CMD a', 'ENTRYPOINT ["x"]', 'CMD b', 'HEALTHCHECK NONE', 'ENTRYPOINT ["y"]', 'CMD c');
    expect(positionsOf(ID, src).map((f) => f.line)).toEqual([2, 3, 4, 5]);
  });
  it('catches two ENTRYPOINTs', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["python"]', 'ENTRYPOINT ["python3"]'))).toEqual([
      at('ignored', 2, 1, 2, 11),
    ]);
  });
  it('catches two HEALTHCHECKs', () => {
    expect(
      positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD curl -f http://localhost/', 'HEALTHCHECK NONE')),
    ).toEqual([at('ignored', 2, 1, 2, 12)]);
  });

  it('does not catch one CMD', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch ENTRYPOINT + CMD', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["python"]', 'CMD ["app.py"]'))).toEqual([]));
  it('does not catch one CMD per stage', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS test', 'CMD ["pytest"]', 'FROM python:3.11-slim', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch a CMD that overrides the base stage one', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'CMD ["python"]', 'FROM base', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch HEALTHCHECK CMD next to CMD', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD curl -f http://localhost/', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch ONBUILD CMD next to CMD', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ONBUILD CMD ["python", "x.py"]', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch RUN lines', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo a', 'RUN echo b', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch CMD in a heredoc body', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY <<EOF /Dockerfile.example', 'CMD a', 'EOF', 'CMD ["b"]'))).toEqual([]));
  it('does not catch a stage without CMD', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo hi'))).toEqual([]));

  it('does not catch one HEALTHCHECK, one ENTRYPOINT and one CMD together', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD python -c "print(1)"', 'ENTRYPOINT ["python"]', 'CMD ["app.py"]'))).toEqual([]));
  it('does not catch HEALTHCHECK NONE next to CMD', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK NONE', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch lower-case entrypoint and cmd', () =>
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'entrypoint ["python"]', 'cmd ["app.py"]'))).toEqual([]));
  it('does not catch one CMD split over continuation lines', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["uvicorn", "api:app", \\', '     "--host", "0.0.0.0", \\', '     "--port", "8000"]'))).toEqual([]));
  it('does not catch CMD written inside a RUN or in a comment', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo \'CMD ["python", "x.py"]\' >> /Dockerfile.tmpl', 'CMD ["python", "app.py"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', '# CMD ["python", "old.py"]', 'CMD ["python", "app.py"]'))).toEqual([]);
  });
  it('does not catch ONBUILD HEALTHCHECK and ONBUILD ENTRYPOINT next to their own', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ONBUILD HEALTHCHECK CMD true', 'ONBUILD ENTRYPOINT ["x"]', 'HEALTHCHECK NONE', 'ENTRYPOINT ["python"]'))).toEqual([]));
  it('does not catch one ENTRYPOINT and one HEALTHCHECK per stage', () => {
    const src = dockerfile('FROM python:3.11 AS build', 'ENTRYPOINT ["make"]', 'HEALTHCHECK NONE', 'FROM python:3.11-slim', 'ENTRYPOINT ["python", "app.py"]', 'HEALTHCHECK CMD python -c "print(1)"');
    expect(positionsOf(ID, src)).toEqual([]);
  });


  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
