import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/apt-no-install-recommends';

const ID = 'apt-no-install-recommends';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'missing', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches apt-get install without --no-install-recommends', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y curl'))).toEqual([at(2, 5, 20)]);
  });

  it('catches apt install in a heredoc body', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN <<EOF', 'apt install -y git', 'EOF'))).toEqual([at(3, 1, 12)]);
  });

  it('catches each install of one RUN', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get install -y curl && apt-get install -y --no-install-recommends git', 'RUN apt-get install -y make');
    expect(positionsOf(ID, src)).toEqual([at(2, 5, 20), at(3, 5, 20)]);
  });

  it('does not catch --no-install-recommends before or after the packages', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y curl --no-install-recommends'))).toEqual([]);
  });

  it('does not catch the flag after a line continuation', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y \\', '    --no-install-recommends \\', '    curl'))).toEqual([]);
  });

  it('does not catch -o APT::Install-Recommends=false', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get -o APT::Install-Recommends=false install -y curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y -oAPT::Install-Recommends=0 curl'))).toEqual([]);
  });

  it('does not catch the flag held by a variable, or an unknown variable', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ENV APT_OPTS="--no-install-recommends -y"', 'RUN apt-get install $APT_OPTS curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y $APT_OPTS curl'))).toEqual([]);
  });

  it('does not catch a variable holding the glued -o option or --install-recommends=no', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG APT_OPTS=-oAPT::Install-Recommends=false', 'RUN apt-get install -y $APT_OPTS curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG APT_OPTS=--install-recommends=no', 'RUN apt-get install -y $APT_OPTS curl'))).toEqual([]);
  });

  it('catches a variable holding a lone -o or other flags', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG APT_OPTS=-o', 'RUN apt-get install -y $APT_OPTS curl'))).toHaveLength(1);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG APT_OPTS="-q --fix-missing"', 'RUN apt-get install -y $APT_OPTS curl'))).toHaveLength(1);
  });

  it('does not catch a dry run, which installs nothing', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -s curl'))).toEqual([]);
  });

  it('does not catch other apt commands', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get upgrade -y && apt-get purge -y gcc'))).toEqual([]);
  });

  it('does not catch apk or yum installs', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM rockylinux:9', 'RUN yum install -y curl'))).toEqual([]);
  });

  it('catches an exec-form RUN, with no quick fix inside the array', () => {
    const text = dockerfile('FROM debian:12', 'RUN ["apt-get", "install", "-y", "curl"]');
    expect(positionsOf(ID, text)).toEqual([{ messageId: 'missing', line: 2, column: 6, endLine: 2, endColumn: 26 }]);
    expect(findingsOf(ID, text)[0]!.fix).toBeUndefined();
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN ["apt-get", "install", "-y", "--no-install-recommends", "curl"]'))).toEqual([]);
  });

  it('does not catch a python heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN python3 <<EOF', 'import os; os.system("apt-get install -y curl")', 'EOF'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });

  it('fixes by inserting the flag after install, and the result is clean and valid', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get update \\', '    && apt-get install -y curl \\', '    && rm -rf /var/lib/apt/lists/*');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM debian:12', 'RUN apt-get update \\', '    && apt-get install --no-install-recommends -y curl \\', '    && rm -rf /var/lib/apt/lists/*'));
    expect(findingsOf(ID, out)).toEqual([]);
    expect(findingsOf('syntax-error', out)).toEqual([]);
  });
});
