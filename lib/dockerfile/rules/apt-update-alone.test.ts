import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/apt-update-alone';

const ID = 'apt-update-alone';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'alone', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches RUN apt-get update alone', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update', 'RUN apt-get install -y curl'))).toEqual([at(2, 5, 19)]);
  });

  it('catches apt update followed only by unrelated commands', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt update && mkdir /app'))).toEqual([at(2, 5, 15)]);
  });

  it('catches an update-only heredoc body', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN <<EOF', 'set -e', 'apt-get update -qq', 'EOF'))).toEqual([at(4, 1, 15)]);
  });

  it('catches it in any stage, the stale cache breaks builders too', () => {
    const src = dockerfile('FROM debian:12 AS build', 'RUN apt-get update', 'FROM debian:12', 'CMD ["true"]');
    expect(positionsOf(ID, src)).toEqual([at(2, 5, 19)]);
  });

  it('does not catch update and install in one RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl'))).toEqual([]);
  });

  it('does not catch update and install across continuation lines', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update \\', '  && apt-get install -y curl \\', '  && rm -rf /var/lib/apt/lists/*'))).toEqual([]);
  });

  it('does not catch update and upgrade in one RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get -y dist-upgrade'))).toEqual([]);
  });

  it('does not catch update and install in one heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'))).toEqual([]);
  });

  it('does not catch update followed by a script that may install', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && ./install-deps.sh'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && bash -c "apt-get install -y curl"'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && xargs apt-get install -y < packages.txt'))).toEqual([]);
  });

  it('does not catch other package managers or apt-get install alone', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk update'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y curl'))).toEqual([]);
  });

  it('catches an exec-form RUN that only updates', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN ["apt-get", "update"]'))).toEqual([{ messageId: 'alone', line: 2, column: 6, endLine: 2, endColumn: 25 }]);
  });

  it('does not catch non-shell heredocs', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN python3 <<EOF', 'print("apt-get update")', 'EOF'))).toEqual([]);
  });

  it('does not catch update with a sudo-wrapped install', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN sudo apt-get update && sudo apt-get install -y curl'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });
});
