import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/pip-no-cache-dir';

const ID = 'pip-no-cache-dir';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'missing', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches pip install without --no-cache-dir', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install -r requirements.txt'))).toEqual([at(2, 5, 16)]);
  });

  it('catches every spelling: pip3, python -m pip, a full path', () => {
    const src = dockerfile('FROM python:3.11-slim', 'RUN pip3 install numpy==1.26.4', 'RUN python3 -m pip install pandas==2.2.2', 'RUN /usr/local/bin/pip install torch==2.3.0');
    expect(positionsOf(ID, src)).toEqual([at(2, 5, 17), at(3, 5, 27), at(4, 5, 31)]);
  });

  it('catches pip install in a heredoc body and in a builder stage', () => {
    const src = dockerfile('FROM python:3.11 AS build', 'RUN <<EOF', 'pip install -r requirements.txt', 'EOF', 'FROM python:3.11-slim', 'CMD ["python"]');
    expect(positionsOf(ID, src)).toEqual([at(3, 1, 12)]);
  });

  it('catches PIP_NO_CACHE_DIR set only after the RUN, or set empty', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install x==1', 'ENV PIP_NO_CACHE_DIR=1'))).toEqual([at(2, 5, 16)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PIP_NO_CACHE_DIR=', 'RUN pip install x==1'))).toEqual([at(3, 5, 16)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PIP_NO_CACHE_DIR=""', 'RUN pip install x==1'))).toEqual([at(3, 5, 16)]);
  });

  it('does not catch --no-cache-dir anywhere in the command', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir -r requirements.txt'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install -r requirements.txt \\', '    --no-cache-dir'))).toEqual([]);
  });

  it('does not catch ENV PIP_NO_CACHE_DIR with any value: pip turns its cache off even for 0 or false', () => {
    for (const value of ['1', 'true', 'yes', 'on', '0', 'false', 'off']) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', `ENV PIP_NO_CACHE_DIR=${value}`, 'RUN pip install x==1'))).toEqual([]);
    }
  });

  it('does not catch PIP_NO_CACHE_DIR set in the stage this one is built FROM', () => {
    const src = dockerfile('FROM python:3.11-slim AS base', 'ENV PIP_NO_CACHE_DIR=1 PYTHONUNBUFFERED=1', 'FROM base', 'RUN pip install x==1');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch PIP_NO_CACHE_DIR inline, through env or exported earlier in the RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN PIP_NO_CACHE_DIR=1 pip install x==1'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN env PIP_NO_CACHE_DIR=1 pip install x==1'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN export PIP_NO_CACHE_DIR=1 && pip install x==1'))).toEqual([]);
  });

  it('does not catch a cache mount on /root/.cache/pip (or a user cache)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN --mount=type=cache,target=/home/app/.cache pip install x==1'))).toEqual([]);
  });

  it('does not catch a cache removed in the same RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install x==1 && rm -rf /root/.cache/pip'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install x==1 && pip cache purge'))).toEqual([]);
  });

  it('does not catch --no-cache-dir that may come from a variable', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG PIP_FLAGS="--no-cache-dir --upgrade"', 'RUN pip install $PIP_FLAGS x==1'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install $EXTRA x==1'))).toEqual([]);
  });

  it('catches when a known variable only names packages', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG PACKAGES="numpy==1.26.4"', 'RUN pip install $PACKAGES'))).toEqual([at(3, 5, 16)]);
  });

  it('does not catch other pip commands or look-alikes', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip download x==1 && pip freeze && echo pip install x'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN python -m venv /venv && pipx install black==24.4.2'))).toEqual([]);
  });

  it('catches an exec-form RUN, which keeps the same cache, with no quick fix inside the array', () => {
    const text = dockerfile('FROM python:3.11-slim', 'RUN ["pip", "install", "x==1"]');
    expect(positionsOf(ID, text)).toEqual([{ messageId: 'missing', line: 2, column: 6, endLine: 2, endColumn: 22 }]);
    expect(findingsOf(ID, text)[0]!.fix).toBeUndefined();
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN ["pip", "install", "--no-cache-dir", "x==1"]'))).toEqual([]);
  });

  it('does not catch non-shell heredocs', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN python3 <<EOF', 'import subprocess', 'EOF'))).toEqual([]);
  });

  it('does not catch --no-cache-dir written with a value', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir=1 x==1'))).toEqual([]);
  });

  it('does not catch every spelling once --no-cache-dir is added (pip3, python3 -m pip, a full path)', () => {
    const src = dockerfile(
      'FROM python:3.11-slim',
      'RUN pip3 install --no-cache-dir numpy==1.26.4',
      'RUN python3 -m pip install --no-cache-dir pandas==2.2.2',
      'RUN /usr/local/bin/pip install --no-cache-dir torch==2.3.0',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a heredoc with --no-cache-dir, or one that exports PIP_NO_CACHE_DIR first', () => {
    const flag = dockerfile('FROM python:3.11 AS build', 'RUN <<EOF', 'pip install --no-cache-dir -r requirements.txt', 'EOF', 'FROM python:3.11-slim', 'CMD ["python"]');
    expect(positionsOf(ID, flag)).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'export PIP_NO_CACHE_DIR=1', 'pip install -r requirements.txt', 'EOF'))).toEqual([]);
  });

  it('does not catch PIP_NO_CACHE_DIR set by ARG, or a cache mount on /root/.cache', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG PIP_NO_CACHE_DIR=1', 'RUN pip install x==1'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt'))).toEqual([]);
  });

  it('does not catch the cache removed as ~/.cache/pip or the whole /root/.cache', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install x==1 && rm -rf ~/.cache/pip'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --user x==1 && rm -rf /root/.cache'))).toEqual([]);
  });

  it('does not catch pip commands that download nothing (uninstall, check, list)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip uninstall -y x && pip check && pip list'))).toEqual([]);
  });

  it('does not catch pip install in a comment, lower-case run, or the flag on its own continuation line', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', '# RUN pip install x==1', 'RUN pip install --no-cache-dir x==1'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'run pip install --no-cache-dir x==1'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install \\', '    --no-cache-dir \\', '    -r requirements.txt'))).toEqual([]);
  });


  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });

  it('fixes by inserting --no-cache-dir after install, and the result is clean and valid', () => {
    const src = dockerfile('FROM python:3.11-slim', 'RUN python -m pip install --upgrade pip \\', '    && pip install -r requirements.txt');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'RUN python -m pip install --no-cache-dir --upgrade pip \\', '    && pip install -r requirements.txt'));
    expect(findingsOf(ID, fixed(ID, out))).toEqual([]);
    expect(findingsOf('syntax-error', out)).toEqual([]);
  });
  it('offers no fix when install ends the script on a backslash the shell reads', () => {
    const src = dockerfile('# escape=`', 'FROM python:3.11-slim', 'RUN pip install\\', ' -r requirements.txt');
    const finding = findingsOf(ID, src).find((f) => f.line === 3);
    expect(finding?.rule).toBe(ID);
    expect(finding?.fix).toBeUndefined();
  });
  it('offers no fix when install opens a quote that runs to the end of the script (the flag would land inside it)', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', "RUN pip insta'll"));
    expect(finding?.line).toBe(2);
    expect(finding?.fix).toBeUndefined();
    // A quote closed inside the word is no danger, but the fix stays with plainly written subcommands.
    expect(findingsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install flask==3.0.0'))[0]?.fix).toBeDefined();
  });
});
