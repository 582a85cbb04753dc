import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/copy-chown';

const ID = 'copy-chown';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'chownAfterCopy', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches chown -R of the path a COPY just wrote, at the path', () => {
    const src = dockerfile('FROM python:3.11-slim', 'COPY . /app', 'RUN chown -R app:app /app');
    expect(positionsOf(ID, src)).toEqual([at(3, 22, 26)]);
  });

  it('resolves relative COPY destinations and chown paths against WORKDIR', () => {
    const src = dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'RUN chown -R app:app /app/src');
    expect(positionsOf(ID, src)).toEqual([at(4, 22, 30)]);
    const dot = dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .', 'RUN chown -R app .');
    expect(positionsOf(ID, dot)).toEqual([at(4, 18, 19)]);
  });

  it('reads a quoted destination and one before a trailing # comment', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . "/app"', 'RUN chown -R app /app'))).toEqual([at(3, 18, 22)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app  # code', 'RUN chown -R app /app'))).toEqual([at(3, 18, 22)]);
  });

  it('catches --recursive and a chown after other commands', () => {
    const src = dockerfile('FROM python:3.11-slim', 'COPY model/ /opt/model/', 'RUN useradd app && chown --recursive app /opt/model');
    expect(positionsOf(ID, src)).toEqual([at(3, 42, 52)]);
  });

  it('catches COPY --from too (the files are still written twice)', () => {
    const src = dockerfile('FROM python:3.11-slim AS build', 'RUN true', 'FROM python:3.11-slim', 'COPY --from=build /root/.local /home/app/.local', 'RUN chown -R app /home/app/.local');
    expect(positionsOf(ID, src)).toEqual([at(5, 18, 34)]);
  });

  it('does not catch COPY --chown', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY --chown=app:app . /app', 'RUN chown -R app:app /app'))).toEqual([]);
  });

  it('does not catch chown before the COPY (the lesson creates folders first)', () => {
    const src = dockerfile('FROM python:3.11-slim', 'RUN useradd -m app && mkdir -p /app/models && chown -R app:app /app', 'COPY . /app');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch chown without -R', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY app.py /app/app.py', 'RUN chown app /app/app.py'))).toEqual([]);
  });

  it('compares cleaned paths: trailing slashes, `.` and `..`, a relative COPY at the root, /bin/chown', () => {
    const slash = dockerfile('FROM python:3.11-slim', 'COPY . /app/', 'RUN /bin/chown -R app /app/./');
    expect(positionsOf(ID, slash)).toEqual([at(3, 23, 30)]);
    const relative = dockerfile('FROM python:3.11-slim', 'COPY src/ app/src', 'RUN chown -R app /app/lib/../src');
    expect(positionsOf(ID, relative)).toEqual([at(3, 18, 33)]);
  });

  it('does not catch chown -R of another path', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', 'RUN chown -R app /app/logs /tmp'))).toEqual([]);
  });

  it('does not catch a COPY from another stage', () => {
    const src = dockerfile('FROM python:3.11-slim AS build', 'COPY . /app', 'FROM python:3.11-slim', 'RUN chown -R app /app');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a path that differs once WORKDIR is applied', () => {
    const src = dockerfile('FROM python:3.11-slim', 'WORKDIR /srv', 'COPY . .', 'RUN chown -R app /app');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch variables or globs', () => {
    const src = dockerfile('FROM python:3.11-slim', 'COPY . /app', 'RUN chown -R app $APP_HOME /app/*');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch chmod after COPY', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', 'RUN chmod -R 755 /app'))).toEqual([]);
  });

  it('does not catch COPY --chown written with other flags, from a stage or with numeric ids', () => {
    for (const src of [
      dockerfile('FROM python:3.11-slim', 'COPY --chown=app:app --chmod=755 . /app', 'RUN chown -R app:app /app'),
      dockerfile('FROM python:3.11 AS build', 'RUN pip install --user flask==3.0.3', 'FROM python:3.11-slim', 'COPY --from=build --chown=app:app /root/.local /home/app/.local', 'RUN chown -R app /home/app/.local'),
      dockerfile('FROM node:20-slim', 'WORKDIR /app', 'COPY --link --chown=1000:1000 . .', 'RUN chown -R 1000:1000 /app'),
      dockerfile('from python:3.11-slim', 'copy --chown=app:app . /app', 'run chown -R app:app /app'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch chown -R of folders a RUN created, not a COPY', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', 'RUN mkdir -p /app/logs /data && chown -R app:app /data'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', 'RUN useradd -m app && chown -R app:app /home/app'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', 'RUN <<EOF', 'mkdir -p /var/cache/app', 'chown -R app /var/cache/app', 'EOF'))).toEqual([]);
  });

  it('does not catch a chown of the copied folder itself, without -R (one inode, not every file)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', 'RUN chown app:app /app && chown -R app:app /data'))).toEqual([]);
  });

  it('does not catch a relative chown once WORKDIR has moved on', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .', 'WORKDIR /srv', 'RUN chown -R app .'))).toEqual([]);
  });

  it('does not catch ONBUILD COPY (it runs later, in the child image)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ONBUILD COPY . /app', 'RUN mkdir -p /app && chown -R app /app'))).toEqual([]);
  });

  it('does not catch chown -R at container start (CMD, ENTRYPOINT), which writes no layer', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', 'CMD chown -R app /app && exec su app -c "python /app/app.py"'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', 'ENTRYPOINT ["sh", "-c", "chown -R app /app && exec python /app/app.py"]'))).toEqual([]);
  });

  it('does not catch "chown -R" written into a script as text', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . /app', "RUN echo 'chown -R app /app' >> /usr/local/bin/fix-perms.sh"))).toEqual([]);
  });

  it('does not catch a final stage that copies with --chown from a builder that chowns its own files', () => {
    const src = dockerfile(
      'FROM python:3.11-slim AS build',
      'RUN mkdir /out && chown -R app /out',
      'FROM python:3.11-slim',
      'COPY --from=build --chown=app:app /out /app',
      'RUN chown -R app /var/log/app',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
