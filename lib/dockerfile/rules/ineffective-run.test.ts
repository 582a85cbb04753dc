import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/ineffective-run';

const ID = 'ineffective-run';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });
const quiet = (...lines: string[]) => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', ...lines))).toEqual([]);

describe(ID, () => {
  it('catches RUN cd alone', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN cd /app'))).toEqual([at('cd', 2, 5, 2, 12)]);
  });

  it('catches RUN export and a bare assignment', () => {
    const src = dockerfile('FROM python:3.11-slim', 'RUN export MODEL_PATH=/models', 'RUN DEBUG=1');
    expect(positionsOf(ID, src)).toEqual([at('export', 2, 5, 2, 30), at('export', 3, 5, 3, 12)]);
  });

  it('catches RUN umask (the secure example of question 10)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.9-slim', '# Set umask for secure file creation', 'RUN umask 0027'))).toEqual([at('umask', 3, 5, 3, 15)]);
  });

  it('catches RUN source and . of an activate script', () => {
    const src = dockerfile('FROM python:3.11-slim', 'RUN . /opt/venv/bin/activate', 'RUN source ~/.bashrc');
    expect(positionsOf(ID, src)).toEqual([at('source', 2, 5, 2, 29), at('source', 3, 5, 3, 21)]);
  });

  it('catches a RUN made only of lost commands, over several lines', () => {
    const src = dockerfile('FROM python:3.11-slim', 'RUN cd /app && \\', '    export A=1');
    expect(positionsOf(ID, src)).toEqual([at('cd', 2, 5, 3, 15)]);
  });

  it('catches a heredoc body made only of lost commands', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'set -e', 'cd /app', 'EOF'))).toEqual([at('cd', 3, 1, 4, 8)]);
  });

  it('does not catch cd followed by real work', () => {
    quiet('RUN cd /src && make install');
  });

  it('does not catch export used by a command in the same RUN', () => {
    quiet('RUN export PIP_NO_CACHE_DIR=1 && pip install flask==3.0.3');
  });

  it('does not catch umask with the files it governs', () => {
    quiet('RUN umask 0027 && mkdir -p /app/logs');
  });

  it('does not catch source followed by pip install', () => {
    quiet('RUN . /opt/venv/bin/activate && pip install -r requirements.txt');
  });

  it('does not catch WORKDIR, ENV or an ordinary RUN', () => {
    quiet('WORKDIR /app', 'ENV A=1', 'RUN mkdir -p /app/data');
  });

  it('does not catch assignments prefixing a command', () => {
    quiet('RUN DEBIAN_FRONTEND=noninteractive apt-get update');
  });

  it('catches an exec-form cd (which has no effect past its RUN either)', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN ["cd", "/app"]'))).toEqual([{ messageId: 'cd', line: 2, column: 6, endLine: 2, endColumn: 18 }]);
  });

  it('does not catch a non-shell heredoc', () => {
    quiet('RUN python3 <<EOF', 'import os; os.chdir("/app")', 'EOF');
  });

  it('does not catch an empty RUN (syntax-error reports it)', () => {
    quiet('RUN');
  });

  it('does not catch cd in a subshell with real work', () => {
    quiet('RUN (cd /src && make) && rm -rf /src');
  });

  it('does not catch a heredoc that does real work after cd', () => {
    quiet('RUN <<EOF', 'cd /app', 'pip install --no-cache-dir -r requirements.txt', 'EOF');
  });

  it('does not catch set -o pipefail before a pipe', () => {
    quiet('RUN set -o pipefail && curl -fsSL https://example.com/x | tar -xz');
  });

  it('does not catch export that echoes into a file', () => {
    quiet('RUN echo "export A=1" >> /etc/profile');
  });

  it('does not catch cd after a command that lasts (mkdir, git clone)', () => {
    quiet('RUN mkdir -p /app && cd /app');
    quiet('RUN git clone --depth 1 https://github.com/acme/tool.git /src/tool && cd /src/tool');
  });

  it('does not catch the official images\' set -eux; … and set -ex && … chains', () => {
    quiet('RUN set -eux; \\', '    apt-get update; \\', '    apt-get install -y --no-install-recommends ca-certificates; \\', '    rm -rf /var/lib/apt/lists/*');
    quiet('RUN set -ex \\', '    && cd /tmp \\', '    && curl -fsSLO https://example.com/tool.tar.gz \\', '    && tar -xzf tool.tar.gz -C /usr/local');
  });

  it('does not catch pushd/popd around a build, or cd; make with a semicolon', () => {
    quiet('RUN pushd /src && make && make install && popd');
    quiet('RUN cd /src; make install');
  });

  it('does not catch conda activation followed by an install in the same RUN', () => {
    quiet('RUN source /opt/conda/etc/profile.d/conda.sh && conda activate ml && pip install --no-cache-dir torch==2.3.1');
  });

  it('does not catch an alias written to a file that lasts', () => {
    quiet("RUN alias ll='ls -l' && echo \"alias ll='ls -l'\" >> /root/.bashrc");
  });

  it('does not catch sh -c in exec form, whose command does real work', () => {
    quiet('RUN ["sh", "-c", "cd /app && pip install --no-cache-dir -r requirements.txt"]');
  });

  it('does not catch cd, source or export in CMD and ENTRYPOINT (they run in the container)', () => {
    quiet('CMD . /opt/venv/bin/activate && exec python app.py');
    quiet('ENTRYPOINT ["sh", "-c", "cd /app && export MODEL_DIR=/models && exec python serve.py"]');
  });

  it('does not catch lower-case run with real work', () => {
    quiet('run cd /app && python -m compileall .');
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });
});
