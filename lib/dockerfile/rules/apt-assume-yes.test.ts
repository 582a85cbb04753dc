import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/apt-assume-yes';

const ID = 'apt-assume-yes';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'missing', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches apt-get install without -y', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install curl'))).toEqual([at(2, 23, 38)]);
  });

  it('catches apt install and each install of a RUN', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt install git && apt-get -q install curl');
    expect(positionsOf(ID, src)).toEqual([at(2, 5, 16), at(2, 24, 42)]);
  });

  it('catches an install inside a heredoc body', () => {
    const src = dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install curl', 'EOF');
    expect(positionsOf(ID, src)).toEqual([at(4, 1, 16)]);
  });

  it('catches it in a builder stage too (the build still stops)', () => {
    const src = dockerfile('FROM debian:12 AS build', 'RUN apt-get install gcc', 'FROM debian:12', 'CMD ["true"]');
    expect(positionsOf(ID, src)).toEqual([at(2, 5, 20)]);
  });

  it('does not catch -y, --yes or --assume-yes', () => {
    for (const flag of ['-y', '--yes', '--assume-yes']) {
      expect(positionsOf(ID, dockerfile('FROM debian:12', `RUN apt-get install ${flag} curl`))).toEqual([]);
    }
  });

  it('does not catch -qq or -q=2 (quiet level 2 implies yes)', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get -qq install curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -q=2 curl'))).toEqual([]);
  });

  it('does not catch a dry run, which asks nothing (postgres asks apt whether a package exists)', () => {
    const src = dockerfile('FROM debian:12', 'RUN if apt-get install -s "postgresql-$PG_MAJOR-jit" > /dev/null 2>&1; then echo yes; fi');
    expect(positionsOf(ID, src)).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get --simulate install curl && apt-get install --dry-run wget'))).toEqual([]);
  });

  it('does not catch clusters such as -qy and -yq', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -qy curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get -yq install curl'))).toEqual([]);
  });

  it('does not catch -o APT::Get::Assume-Yes=true', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get -o APT::Get::Assume-Yes=true install curl'))).toEqual([]);
  });

  it('does not catch -y after a line continuation', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install \\', '    -y curl'))).toEqual([]);
  });

  it('does not catch apt-get update, remove or other commands alone', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-cache search curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN echo apt-get install curl'))).toEqual([]);
  });

  it('does not catch DEBIAN_FRONTEND with -y (but DEBIAN_FRONTEND alone is no answer)', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN DEBIAN_FRONTEND=noninteractive apt-get install tzdata'))).toEqual([
      at(2, 36, 51),
    ]);
  });

  it('does not catch an exec-form RUN or a heredoc that is not shell', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN ["apt-get", "install", "-y", "curl"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN python3 <<EOF', 'print("apt-get install curl")', 'EOF'))).toEqual([]);
  });

  it('does not catch flags that may come from a variable (unknown, or an ARG holding -y)', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install $APT_FLAGS curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG APT_FLAGS="-y --no-install-recommends"', 'RUN apt-get install ${APT_FLAGS} curl'))).toEqual([]);
  });

  it('does not catch a variable holding a cluster with y, -qq or the glued -o option', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG APT_FLAGS=-qy', 'RUN apt-get install $APT_FLAGS curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ENV APT_FLAGS=-qq', 'RUN apt-get install ${APT_FLAGS} curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG APT_FLAGS=-oAPT::Get::Assume-Yes=1', 'RUN apt-get install $APT_FLAGS curl'))).toEqual([]);
  });

  it('catches a variable holding only -q or a lone -o (no answer given)', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG APT_FLAGS=-q', 'RUN apt-get install $APT_FLAGS curl'))).toEqual([at(3, 5, 20)]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG APT_FLAGS=-o', 'RUN apt-get install $APT_FLAGS curl'))).toEqual([at(3, 5, 20)]);
  });

  it('catches when the variable is known and holds no -y', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG PKGS="curl git"', 'RUN apt-get install $PKGS'))).toEqual([at(3, 5, 20)]);
  });

  it('does not catch a sudo-wrapped install with -y', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN sudo apt-get install -y curl'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });

  it('fixes by inserting -y after install, and the result is clean and valid', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install --no-install-recommends curl');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y --no-install-recommends curl'));
    expect(findingsOf(ID, out)).toEqual([]);
    expect(findingsOf('syntax-error', out)).toEqual([]);
  });
  it('offers no fix when install ends the script on a backslash the shell reads (it would escape the blank before -y)', () => {
    const src = dockerfile('# escape=`', 'FROM debian:12', 'RUN apt-get update && apt-get install\\');
    expect(positionsOf(ID, src)).toHaveLength(1);
    expect(findingsOf(ID, src)[0]!.fix).toBeUndefined();
    // A backslash later in the script is no matter: the flag goes right after install.
    expect(findingsOf(ID, dockerfile('# escape=`', 'FROM debian:12', 'RUN apt-get update && apt-get install curl\\'))[0]!.fix).toBeDefined();
  });
});
