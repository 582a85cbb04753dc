import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/curl-pipe-shell';

const ID = 'curl-pipe-shell';
const span = (messageId: string, line: number, column: number, endColumn: number) => ({ messageId, line, column, endLine: line, endColumn });
const run = (command: string) => positionsOf(ID, dockerfile('FROM ubuntu:22.04', `RUN ${command}`));

describe(ID, () => {
  it('catches curl … | sh, from curl to the shell word', () => {
    expect(run('curl -fsSL https://get.example.com | sh')).toEqual([span('pipe', 2, 5, 44)]);
  });

  it('catches wget -O- … | bash', () => {
    expect(run('wget -qO- https://get.example.com | bash')).toEqual([span('pipe', 2, 5, 45)]);
  });

  it('catches a pipe into any shell the parser knows, mksh included', () => {
    expect(run('curl -fsSL https://get.example.com | mksh')).toEqual([span('pipe', 2, 5, 46)]);
  });

  it('catches | sudo bash and a download after other commands', () => {
    expect(run('apt-get update && curl -sL https://deb.example.com/setup | sudo -E bash -')).toEqual([span('pipe', 2, 23, 76)]);
  });

  it('catches sh -c "$(curl …)"', () => {
    expect(run('sh -c "$(curl -fsSL https://get.example.com)"')).toEqual([span('substitution', 2, 5, 50)]);
  });

  it('catches eval "$(wget -qO- …)"', () => {
    expect(run('eval "$(wget -qO- https://get.example.com)"')).toEqual([span('substitution', 2, 5, 48)]);
  });

  it('catches a pipe inside a heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN <<EOF', 'curl -fsSL https://get.example.com | bash', 'EOF'))).toEqual([
      span('pipe', 3, 1, 42),
    ]);
  });

  it('does not catch a download saved to a file and checked', () => {
    expect(run('curl -fsSLo /tmp/i.sh https://get.example.com && echo "abc  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh')).toEqual([]);
  });

  it('does not catch curl piped into tar or jq', () => {
    expect(run('curl -fsSL https://example.com/a.tar.gz | tar -xz -C /opt')).toEqual([]);
    expect(run('curl -fsSL https://api.example.com/v | jq -r .version')).toEqual([]);
  });

  it('does not catch a shell that only follows curl with &&', () => {
    expect(run('curl -fsSLo /tmp/i.sh https://get.example.com && bash /tmp/i.sh')).toEqual([]);
  });

  it('does not catch echo piped into a shell', () => {
    expect(run('echo "echo hi" | sh')).toEqual([]);
  });

  it('does not catch a pipe into a shell after a new command list', () => {
    expect(run('curl -fsSLo a https://x.io/a; cat a | sh')).toEqual([]);
  });

  it('does not catch sh -c with no download in it', () => {
    expect(run('sh -c "echo $(date)"')).toEqual([]);
  });

  it('does not catch the word curl in an echo', () => {
    expect(run('echo "curl https://x.io | sh" > /README')).toEqual([]);
  });

  it('does not catch apt installing curl', () => {
    expect(run('apt-get install -y curl bash')).toEqual([]);
  });

  it('does not catch a HEALTHCHECK or CMD that uses curl', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1'))).toEqual([]);
  });

  it('does not catch curl piped into a checksum tool', () => {
    expect(run('curl -fsSL https://x.io/a | sha256sum')).toEqual([]);
  });

  it('does not catch downloads piped into programs that are not shells (keys, archives, checksums)', () => {
    for (const command of [
      'curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key | gpg --dearmor -o /etc/apt/keyrings/nodesource.gpg',
      'wget -qO- https://github.com/acme/tool/releases/download/v1.2.0/tool.tar.xz | tar -xJ -C /usr/local/bin',
      'curl -fsSL https://x.io/SHA256SUMS | grep tool.tar.gz | sha256sum -c -',
    ]) {
      expect(run(command), command).toEqual([]);
    }
  });

  it('does not catch a download saved with tee, or a fallback after ||, then run from the file', () => {
    expect(run('curl -fsSL https://get.example.com | tee /tmp/i.sh > /dev/null && sha256sum -c /tmp/i.sh.sha256 && sh /tmp/i.sh')).toEqual([]);
    expect(run('curl -fsSLo /tmp/i.sh https://get.example.com || sh /opt/offline-install.sh')).toEqual([]);
  });

  it('does not catch a shell reading the script from a file', () => {
    expect(run('curl -fsSLo /tmp/i.sh https://get.example.com && sha256sum -c /tmp/i.sh.sha256 && sh < /tmp/i.sh')).toEqual([]);
  });

  it('does not catch a download substituted into a command that is not a shell', () => {
    const command = 'VERSION="$(curl -fsSL https://api.github.com/repos/acme/tool/releases/latest | jq -r .tag_name)" && echo "$VERSION" > /VERSION';
    expect(run(command)).toEqual([]);
  });

  it('does not catch sh -c that runs a download saved to a file, with no substitution', () => {
    expect(run("sh -c 'curl -fsSLo /tmp/i.sh https://get.example.com && sha256sum -c /tmp/i.sh.sha256'")).toEqual([]);
  });

  it('does not catch the checked download in a heredoc, one command a line', () => {
    const src = dockerfile(
      'FROM ubuntu:22.04',
      'RUN <<EOF',
      'set -eux',
      'curl -fsSLo /tmp/i.sh https://get.example.com',
      'echo "abc  /tmp/i.sh" | sha256sum -c -',
      'sh /tmp/i.sh',
      'EOF',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch the checked download in exec form or lower case', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN ["sh", "-c", "curl -fsSLo /tmp/i.sh https://get.example.com && sh /tmp/i.sh"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('from ubuntu:22.04', 'run curl -fsSLo /tmp/i.sh https://get.example.com \\', '    && sh /tmp/i.sh'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
