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

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
