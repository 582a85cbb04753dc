import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/legacy-key-value';

const ID = 'legacy-key-value';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('legacy-key-value', () => {
  it('catches ENV key value', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED 1'))).toEqual([at('legacy', 2, 5, 2, 23)]);
  });
  it('catches LABEL key value', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL maintainer ml@company.com'))).toEqual([at('legacy', 2, 7, 2, 32)]);
  });
  it('catches a value with spaces', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV APP_NAME ML API')).map((f) => f.messageId)).toEqual(['legacy']);
  });

  it('does not catch ENV key=value', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1'))).toEqual([]));
  it('does not catch several pairs', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV A=1 B="two words" \\', '    C=3'))).toEqual([]));
  it('does not catch LABEL key="value"', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL maintainer="ml@company.com" version="1.0"'))).toEqual([]));
  it('does not catch ARG without a default', () => expect(positionsOf(ID, dockerfile('ARG VERSION', 'FROM python:3.11-slim'))).toEqual([]));
  it('does not catch ARG with a default', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG PORT=8000'))).toEqual([]));
  it('does not catch an empty value', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV EMPTY='))).toEqual([]));
  it('does not catch a value holding "="', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV JAVA_OPTS="-Dx=1 -Dy=2"'))).toEqual([]));
  it('does not catch lower-case env key=value', () => expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'env a=1'))).toEqual([]));

  it('fixes ENV key value into key=value', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED 1', 'CMD ["python", "app.py"]'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1', 'CMD ["python", "app.py"]'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(positionsOf('syntax-error', out)).toEqual([]);
  });
  it('quotes a value with spaces', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'ENV APP_NAME ML API $VERSION'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'ENV APP_NAME="ML API $VERSION"'));
    expect(positionsOf(ID, out)).toEqual([]);
  });
  it('fixes LABEL too', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'LABEL maintainer ml@company.com'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'LABEL maintainer=ml@company.com'));
    expect(positionsOf(ID, out)).toEqual([]);
  });
  it('offers no fix when quotes would have to be rewritten', () => {
    expect(findingsOf(ID, dockerfile('FROM python:3.11-slim', `ENV GREETING it's "fine"`))[0]?.fix).toBeUndefined();
  });
  it('offers no fix for a key that would read as a flag once joined (ENV --=x)', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV -- Dockerfile'));
    expect(finding).toBeDefined();
    expect(finding?.fix).toBeUndefined();
    expect(findingsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV -x y'))[0]?.fix?.edits[0]?.text).toBe('-x=y');
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
