import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/apk-no-cache';

const ID = 'apk-no-cache';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'missing', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches apk add without --no-cache', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add curl'))).toEqual([at(2, 5, 12)]);
  });

  it('catches apk add --update and each add of a RUN', () => {
    const src = dockerfile('FROM alpine:3.20', 'RUN apk update && apk add --update curl && apk add git');
    expect(positionsOf(ID, src)).toEqual([at(2, 19, 26), at(2, 44, 51)]);
  });

  it('catches apk add in a heredoc body', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN <<EOF', 'apk add curl', 'EOF'))).toEqual([at(3, 1, 8)]);
  });

  it('catches apk add run through xargs', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN echo so:libz.so.1 | xargs -rt apk add --virtual .rundeps'))).toEqual([at(2, 35, 42)]);
  });

  it('catches a cache cleanup done in a later RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add curl', 'RUN rm -rf /var/cache/apk/*'))).toEqual([at(2, 5, 12)]);
  });

  it('does not catch --no-cache before or after the packages', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add curl --no-cache'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk --no-cache add curl'))).toEqual([]);
  });

  it('does not catch --no-cache on a continuation line', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add \\', '    --no-cache \\', '    curl'))).toEqual([]);
  });

  it('does not catch a cache mount on /var/cache/apk', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN --mount=type=cache,target=/var/cache/apk apk add curl'))).toEqual([]);
  });

  it('does not catch rm -rf /var/cache/apk/* in the same RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add curl && rm -rf /var/cache/apk/*'))).toEqual([]);
  });

  it('does not catch --no-cache that may come from a variable', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'ARG APK_FLAGS=--no-cache', 'RUN apk add $APK_FLAGS curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add ${APK_FLAGS} curl'))).toEqual([]);
  });

  it('does not catch apk add --no-network, which fetches no index (python:alpine)', () => {
    const src = dockerfile('FROM alpine:3.20', "RUN find /usr/local -type f | xargs -rt apk add --no-network --virtual .python-rundeps");
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a dry run, which installs nothing', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add -s curl', 'RUN apk add --simulate git'))).toEqual([]);
  });

  it('does not catch other apk subcommands', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk del .build-deps && apk info'))).toEqual([]);
  });

  it('does not catch apt-get', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y curl'))).toEqual([]);
  });

  it('catches an exec-form RUN, which keeps the same cache, with no quick fix inside the array', () => {
    const text = dockerfile('FROM alpine:3.20', 'RUN ["apk", "add", "curl"]');
    expect(positionsOf(ID, text)).toEqual([at(2, 6, 18)]);
    expect(findingsOf(ID, text)[0]!.fix).toBeUndefined();
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN ["apk", "add", "--no-cache", "curl"]'))).toEqual([]);
  });

  it('does not catch a builder stage with --no-cache and a final stage without apk', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20 AS build', 'RUN apk add --no-cache gcc', 'FROM alpine:3.20', 'COPY --from=build /out /out'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });

  it('fixes by inserting --no-cache after add, and the result is clean and valid', () => {
    const src = dockerfile('FROM alpine:3.20', 'RUN apk add --virtual .deps gcc \\', '    && apk del .deps');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache --virtual .deps gcc \\', '    && apk del .deps'));
    expect(findingsOf(ID, out)).toEqual([]);
    expect(findingsOf('syntax-error', out)).toEqual([]);
  });
});
