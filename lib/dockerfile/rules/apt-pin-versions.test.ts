import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/apt-pin-versions';

const ID = 'apt-pin-versions';
const at = (line: number, column: number, endLine: number, endColumn: number) => ({ messageId: 'unpinned', line, column, endLine, endColumn });

describe(ID, () => {
  it('catches a package without =version', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y curl'))).toEqual([at(2, 24, 2, 28)]);
  });

  it('spans the unpinned packages of one install, across continuation lines', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get install -y \\', '    curl=7.88.1-10 \\', '    git \\', '    make');
    expect(positionsOf(ID, src)).toEqual([at(4, 5, 5, 9)]);
  });

  it('names every unpinned package in the message', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y git make=4.3-4.1'));
    expect(finding?.message).toContain('git');
    expect(finding?.message).not.toContain('make');
  });

  it('catches an install in a heredoc body', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN <<EOF', 'apt install -y git', 'EOF'))).toEqual([at(3, 16, 3, 19)]);
  });

  it('does not catch the packages of a dry run, which installs nothing', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y -s curl'))).toEqual([]);
  });

  it('does not catch pinned packages', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y curl=7.88.1-10 git=1:2.39.2-1.1'))).toEqual([]);
  });

  it('does not catch .deb files, paths and variables', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y ./vendor.deb /tmp/tool.deb'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ARG PKGS', 'RUN apt-get install -y $PKGS ${EXTRA}'))).toEqual([]);
  });

  it('does not take option values for packages', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y -t bookworm-backports curl=8.5.0-2'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get -o Dpkg::Options::=--force-confold install -y curl=1'))).toEqual([]);
  });

  it('does not catch a release pin (pkg/release)', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y curl/bookworm-backports'))).toEqual([]);
  });

  it('does not catch other apt subcommands or other package managers', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get purge -y curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache curl'))).toEqual([]);
  });

  it('catches an exec-form RUN on the package string', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN ["apt-get", "install", "-y", "curl"]'))).toEqual([{ messageId: 'unpinned', line: 2, column: 34, endLine: 2, endColumn: 40 }]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN ["apt-get", "install", "-y", "curl=8.5.0-2"]'))).toEqual([]);
  });

  it('does not catch non-shell heredocs', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN python3 <<EOF', 'print("apt-get install -y curl")', 'EOF'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });
});
