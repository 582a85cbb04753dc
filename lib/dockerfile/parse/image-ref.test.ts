import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalTagSpan, splitImageRef } from './image-ref';

describe('splitImageRef', () => {
  it.each([
    ['python', { registry: null, repository: 'python', tag: null, digest: null }],
    ['python:3.11-slim', { registry: null, repository: 'python', tag: '3.11-slim', digest: null }],
    ['nvidia/cuda:12.4.1-runtime', { registry: null, repository: 'nvidia/cuda', tag: '12.4.1-runtime', digest: null }],
    ['ghcr.io/org/app:1.0', { registry: 'ghcr.io', repository: 'org/app', tag: '1.0', digest: null }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app', tag: null, digest: null }],
    ['localhost/app:dev', { registry: 'localhost', repository: 'app', tag: 'dev', digest: null }],
    ['python:3.11@sha256:abc', { registry: null, repository: 'python', tag: '3.11', digest: 'sha256:abc' }],
    ['library/python', { registry: null, repository: 'library/python', tag: null, digest: null }],
    ['scratch', { registry: null, repository: 'scratch', tag: null, digest: null }],
  ])('%s', (reference, parts) => {
    expect(splitImageRef(reference)).toEqual(parts);
  });
});

describe('literalTagSpan', () => {
  it('finds a written tag and ignores tags built from variables', () => {
    expect(literalTagSpan('python:3.11-slim')).toEqual([6, 16]);
    expect(literalTagSpan('python:3.11@sha256:abc')).toEqual([6, 11]);
    expect(literalTagSpan('${REG}/python:3')).toEqual([13, 15]);
    expect(literalTagSpan('python:${VER}')).toBeNull();
    expect(literalTagSpan('${BASE:-python:3}')).toBeNull();
    expect(literalTagSpan('localhost:5000/app')).toBeNull();
    expect(literalTagSpan('python')).toBeNull();
  });
});

describe('literalTagSpan against the pattern it replaces', () => {
  it('agrees with /^[^@]*(:[^:/@${}]*)(?:@|$)/d on any reference', () => {
    const reference = /^[^@]*(:[^:/@${}]*)(?:@|$)/d;
    const piece = fc.constantFrom('python', ':', '3.11', '@', 'sha256', '/', '$', '{', '}', '${V}', '-', '\n', 'é', '');
    const raw = fc.oneof(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(raw, (r) => {
        expect(literalTagSpan(r)).toEqual(reference.exec(r)?.indices?.[1] ?? null);
      }),
      { numRuns: 3000 },
    );
  });
});
