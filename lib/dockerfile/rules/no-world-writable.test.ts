import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/no-world-writable';

const ID = 'no-world-writable';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'worldWritable', line, column, endLine: line, endColumn });
const run = (command: string) => positionsOf(ID, dockerfile('FROM python:3.11-slim', `RUN ${command}`));

describe(ID, () => {
  it('catches chmod 777 and chmod -R 777, at the mode', () => {
    expect(run('chmod 777 /app')).toEqual([at(2, 11, 14)]);
    expect(run('chmod -R 777 /app')).toEqual([at(2, 14, 17)]);
  });

  it('catches 0777, 666 and 0666', () => {
    expect(run('chmod 0777 /app')).toEqual([at(2, 11, 15)]);
    expect(run('chmod 666 /app/config.yaml')).toEqual([at(2, 11, 14)]);
  });

  it('catches setuid or setgid without the sticky bit (2777, 4666), not with it (3777)', () => {
    expect(run('chmod 2777 /app')).toEqual([at(2, 11, 15)]);
    expect(run('chmod 4666 /app')).toEqual([at(2, 11, 15)]);
    expect(run('chmod 3777 /tmp')).toEqual([]);
  });

  it('catches symbolic a+w, o+w, a+rwx and mixed clauses', () => {
    expect(run('chmod a+w /app')).toEqual([at(2, 11, 14)]);
    expect(run('chmod -R o+w /data')).toEqual([at(2, 14, 17)]);
    expect(run('chmod a+rwx /data')).toEqual([at(2, 11, 16)]);
    expect(run('chmod u+x,o+w run.sh')).toEqual([at(2, 11, 18)]);
  });

  it('catches mkdir -m 777 and COPY --chmod=777', () => {
    expect(run('mkdir -m 777 /data')).toEqual([at(2, 14, 17)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY --chmod=777 app.py /app/'))).toEqual([at(2, 14, 17)]);
  });

  it('catches a mode joined to its flag (mkdir -m0777, install --mode=777), at the whole word', () => {
    expect(run('mkdir -m0777 /data')).toEqual([at(2, 11, 17)]);
    expect(run('install --mode=777 app.sh /usr/local/bin/')).toEqual([at(2, 13, 23)]);
  });

  it('catches chmod behind sudo and COPY --chmod after other flags', () => {
    expect(run('sudo chmod 777 /app')).toEqual([at(2, 16, 19)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY --chown=app --chmod=0666 app.py /app/'))).toEqual([at(2, 26, 30)]);
  });

  it('catches chmod run by find -exec or -execdir, at the mode (the chapter sets modes this way)', () => {
    expect(run('find /app -type d -exec chmod 777 {} \\;')).toEqual([at(2, 35, 38)]);
    expect(run('find /data -execdir chmod -R a+w {} +')).toEqual([at(2, 34, 37)]);
  });

  it('does not catch find -exec with a safe mode, another program, or a chmod that is not find\'s', () => {
    expect(run('find /app -type f -exec chmod 644 {} \\; && find /app -type d -exec chmod 755 {} \\;')).toEqual([]);
    expect(run('find /app -name "*.sh" -exec chmod +x {} +')).toEqual([]);
    expect(run('find /tmp -maxdepth 0 -exec chmod 1777 {} +')).toEqual([]);
    expect(run('find /app -exec chown app:app {} + -name 777')).toEqual([]);
    expect(run('find /app -name chmod -print')).toEqual([]);
  });

  it('catches chmod inside a heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'chmod 777 /app', 'EOF'))).toEqual([at(3, 7, 10)]);
  });

  it('does not catch a scratch folder the same RUN deletes again (nginx: chmod 777 "$tempDir" … rm -rf "$tempDir")', () => {
    expect(run('tempDir="$(mktemp -d)" && chmod 777 "$tempDir" && cd "$tempDir" && make && rm -rf "$tempDir"')).toEqual([]);
    expect(run('mkdir -m 777 /build && make -C /build && rm -rf /build /var/lib/apt/lists/*')).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'chmod -R 777 /scratch', 'rm -rf /scratch', 'EOF'))).toEqual([]);
  });

  it('still catches a folder removed before the chmod, or only some of the paths it opens', () => {
    expect(run('rm -rf /data && mkdir /data && chmod 777 /data')).toEqual([at(2, 42, 45)]);
    expect(run('chmod 777 /scratch /app && rm -rf /scratch')).toEqual([at(2, 11, 14)]);
    expect(run('chmod 777 /scratch && rm -rf /scratch/cache')).toEqual([at(2, 11, 14)]);
  });

  it('does not catch the sticky temp dir (chmod 1777 /tmp)', () => {
    expect(run('mkdir -p /tmp /app/logs && chmod 1777 /tmp')).toEqual([]);
  });

  it('does not catch a symbolic sticky mode (a+rwxt)', () => {
    expect(run('chmod a+rwxt /shared')).toEqual([]);
  });

  it('does not catch 755, 644, 775 or 555', () => {
    expect(run('chmod 755 /app && chmod 644 /app/app.py && chmod 775 /app/logs && chmod 555 /app/src')).toEqual([]);
  });

  it('does not catch u+w, g+w or +x', () => {
    expect(run('chmod u+w /app && chmod g+w /app && chmod +x /app/run.sh')).toEqual([]);
  });

  it('does not catch a bare +w (the umask keeps others out)', () => {
    expect(run('chmod +w /app/cache')).toEqual([]);
  });

  it('does not catch removing write access (o-w, a-w)', () => {
    expect(run('chmod -R o-w /app')).toEqual([]);
  });

  it('does not catch the lesson find/chmod 644/755 pattern', () => {
    expect(run('find /app -type f -exec chmod 644 {} \\; && find /app -type d -exec chmod 755 {} \\;')).toEqual([]);
  });

  it('does not catch COPY --chmod=555 or mkdir -m 755', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY --chmod=555 src/ ./src/', 'RUN mkdir -m 755 /data'))).toEqual([]);
  });

  it('does not catch chmod --reference or a variable mode', () => {
    expect(run('chmod --reference=/etc/hosts /app/hosts && chmod "$MODE" /app')).toEqual([]);
  });

  it('does not catch mkdir -m0755 or a mode word of another program', () => {
    expect(run('mkdir -m0755 /data && setfacl -m 777 /data && cp --mode=777 a b')).toEqual([]);
  });

  it('does not catch 777 in an echo', () => {
    expect(run('echo 777 > /app/version')).toEqual([]);
  });

  it('does not catch safe octal modes, one per file as official images write them', () => {
    for (const command of [
      'chmod 0755 /usr/local/bin/docker-entrypoint.sh',
      'chmod 0644 /etc/app/config.yaml',
      'mkdir -p /root/.ssh && chmod 700 /root/.ssh',
      'chmod 4755 /usr/local/bin/ping',
    ]) {
      expect(run(command), command).toEqual([]);
    }
  });

  it('does not catch symbolic modes that give others no write (u+rwx,go+rx, a+rX, ug+rw, o=)', () => {
    for (const command of [
      'chmod u+rwx,go+rx /app',
      'chmod -R a+rX /app',
      'chmod -R ug+rw /app/data',
      'chmod -R u=rwX,g=rX,o= /app',
    ]) {
      expect(run(command), command).toEqual([]);
    }
  });

  it('does not catch taking write access away (go-w, a-w) or the hardening find -perm pass', () => {
    for (const command of [
      'chmod -R go-w /app',
      'chmod a-w /app/config.yaml',
      'find / -xdev -type f -perm -0002 -exec chmod o-w {} +',
    ]) {
      expect(run(command), command).toEqual([]);
    }
  });

  it('does not catch the OpenShift group pattern (chgrp -R 0 … && chmod -R g=u …)', () => {
    expect(run('chgrp -R 0 /app && chmod -R g=u /app')).toEqual([]);
  });

  it('does not catch mkdir -m and install -m with safe modes in every spelling', () => {
    for (const command of [
      'mkdir -m 750 /data',
      'mkdir --mode=0755 /opt/app',
      'install -m 0755 app.sh /usr/local/bin/',
      'install -d -m 0750 -o app -g app /var/lib/app',
      'install -Dm755 app /usr/local/bin/app',
    ]) {
      expect(run(command), command).toEqual([]);
    }
  });

  it('does not catch COPY and ADD with a safe --chmod, or --chown alone', () => {
    for (const line of [
      'COPY --chmod=755 entrypoint.sh /usr/local/bin/',
      'COPY --chown=app:app --chmod=750 scripts/ /app/scripts/',
      'COPY --chown=app:app . /app',
      'ADD --chmod=755 https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini',
    ]) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', line)), line).toEqual([]);
    }
  });

  it('does not catch chown-only ownership changes, even to a numeric uid that reads like a mode', () => {
    expect(run('useradd -u 777 app && chown -R 777:777 /data')).toEqual([]);
  });

  it('does not catch 777 as a path or as text of another program', () => {
    for (const command of [
      'chmod 755 /opt/777',
      'echo "chmod 777 /app" >> /app/NOTES',
    ]) {
      expect(run(command), command).toEqual([]);
    }
  });

  it('does not catch chmod 777 in a Dockerfile comment', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', '# RUN chmod -R 777 /app (never do this)', 'RUN chmod -R 755 /app'))).toEqual([]);
  });

  it('does not catch the sticky shared folders of official images (postgres: chmod 3777, chmod 1777 "$PGDATA")', () => {
    const src = dockerfile(
      'FROM debian:bookworm-slim',
      'ENV PGDATA=/var/lib/postgresql/data',
      'RUN mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql',
      'RUN mkdir -p "$PGDATA" && chown -R postgres:postgres "$PGDATA" && chmod 1777 "$PGDATA"',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch safe modes across line continuations, in a heredoc or in lower case', () => {
    const continued = dockerfile(
      'FROM python:3.11-slim',
      'RUN mkdir -p /app/logs \\',
      '    && chown -R app:app /app \\',
      '    && chmod -R 755 /app',
    );
    expect(positionsOf(ID, continued)).toEqual([]);
    const heredoc = dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'set -e', 'mkdir -p /data', 'chmod 750 /data', 'EOF');
    expect(positionsOf(ID, heredoc)).toEqual([]);
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'copy --chmod=644 app.py /app/', 'run chmod 755 /app'))).toEqual([]);
  });

  it('does not catch a multi-stage build that sets safe modes in both stages', () => {
    const src = dockerfile(
      'FROM golang:1.22 AS build',
      'WORKDIR /src',
      'COPY . .',
      'RUN go build -o /out/app . && chmod 0755 /out/app',
      'FROM gcr.io/distroless/static-debian12',
      'COPY --from=build --chmod=755 /out/app /usr/local/bin/app',
      'USER nonroot',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
