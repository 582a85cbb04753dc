import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/no-sudo';

const ID = 'no-sudo';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'sudo', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches sudo in a RUN, at the sudo word', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN sudo apt-get update'))).toEqual([at(2, 5, 9)]);
  });

  it('catches sudo as the program of an exec-form RUN, at its string', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN ["sudo", "apt-get", "update"]'))).toEqual([at(2, 6, 12)]);
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN ["apt-get", "install", "-y", "sudo"]'))).toEqual([]);
  });

  it('catches every sudo of a RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN sudo apt-get update && sudo apt-get install -y curl'))).toEqual([
      at(2, 5, 9),
      at(2, 28, 32),
    ]);
  });

  it('catches sudo inside a heredoc and behind env', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN <<EOF', 'sudo make install', 'EOF'))).toEqual([at(3, 1, 5)]);
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN env DEBIAN_FRONTEND=noninteractive sudo apt-get update'))).toEqual([at(2, 40, 44)]);
  });

  it('catches /usr/bin/sudo', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN /usr/bin/sudo true'))).toEqual([at(2, 5, 18)]);
  });

  it('does not catch installing the sudo package', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN apt-get install -y sudo'))).toEqual([]);
  });

  it('does not catch sudo in a string or comment', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN echo "no sudo here"'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', '# sudo is not needed', 'RUN true'))).toEqual([]);
  });

  it('does not catch a sudoers file edit', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app'))).toEqual([]);
  });

  it('does not catch USER root used instead of sudo', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'USER root', 'RUN apt-get update', 'USER app'))).toEqual([]);
  });

  it('does not catch sudo in CMD (the rule is about build steps)', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'CMD ["sudo", "-u", "app", "python", "app.py"]'))).toEqual([]);
  });

  it('does not catch a word that only contains sudo', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN pseudo-tool --run && sudoku-solver'))).toEqual([]);
  });

  it('does not catch exec-form RUN without sudo', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN ["apt-get", "update"]'))).toEqual([]);
  });

  it('does not catch the builder stages of a clean multi-stage file', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04 AS build', 'RUN make', 'FROM ubuntu:22.04', 'COPY --from=build /out /out'))).toEqual([]);
  });

  it('does not catch the firing commands without sudo: behind env, in a heredoc, over continuation lines', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN env DEBIAN_FRONTEND=noninteractive apt-get update'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN <<EOF', 'set -eux', 'make install', 'EOF'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'run apt-get update \\', '# no sudo: RUN is root until USER', ' && apt-get install -y --no-install-recommends curl'))).toEqual([]);
  });

  it('does not catch gosu, su-exec or runuser used to drop root', () => {
    for (const line of ['RUN gosu nobody true', 'RUN su-exec app:app python -m compileall /app', 'RUN runuser -u app -- npm ci'])
      expect(positionsOf(ID, dockerfile('FROM debian:bookworm-slim', line)), line).toEqual([]);
  });

  it('does not catch sudo as an argument of other programs', () => {
    for (const line of ['RUN apt-get purge -y --auto-remove sudo', 'RUN command -v sudo || echo "sudo is not installed"', 'RUN env | grep -v SUDO_ && find / -xdev -name sudo -perm -4000'])
      expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', line)), line).toEqual([]);
  });

  it('does not catch sudo in a file a COPY heredoc writes (it runs later, not during the build)', () => {
    const src = dockerfile('FROM ubuntu:22.04', 'COPY <<EOF /usr/local/bin/entrypoint.sh', '#!/bin/sh', 'exec sudo -E -u app "$@"', 'EOF', 'ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
