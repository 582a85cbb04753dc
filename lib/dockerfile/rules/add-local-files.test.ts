import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { dockerfile, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/add-local-files';

const ID = 'add-local-files';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'useCopy', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches ADD of a local file, at the ADD keyword', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD requirements.txt .'))).toEqual([at(2, 1, 4)]);
  });

  it('catches ADD of a folder, several files and exec form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD src/ /app/src/'))).toEqual([at(2, 1, 4)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD a.py b.py /app/'))).toEqual([at(2, 1, 4)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD ["app.py", "/app/"]'))).toEqual([at(2, 1, 4)]);
  });

  it('catches ADD of a heredoc, not an ADD with only a destination', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD <<EOF /app/config', 'key=value', 'EOF'))).toEqual([at(2, 1, 4)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD /app/'))).toEqual([]);
  });

  it('catches ADD with --chown in any stage', () => {
    const src = dockerfile('FROM python:3.11-slim AS build', 'ADD --chown=app:app . /src', 'FROM python:3.11-slim', 'CMD ["true"]');
    expect(positionsOf(ID, src)).toEqual([at(2, 1, 4)]);
  });

  it('fixes ADD to COPY, and the finding goes away without a syntax error', () => {
    const src = dockerfile('FROM python:3.11-slim', 'ADD --chown=app:app src/ /app/src/');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'COPY --chown=app:app src/ /app/src/'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(analyze(out).findings.filter((f) => f.rule === 'syntax-error')).toEqual([]);
  });

  it('keeps the keyword casing in the fix', () => {
    expect(fixed(ID, dockerfile('from python:3.11-slim', 'add app.py /app/'))).toBe(dockerfile('from python:3.11-slim', 'copy app.py /app/'));
  });

  it('does not catch a tar archive to extract', () => {
    for (const archive of ['model.tar', 'model.tar.gz', 'model.tgz', 'data.tar.bz2', 'data.tar.xz', 'DATA.TAR.GZ']) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', `ADD ${archive} /opt/`))).toEqual([]);
    }
  });

  it('does not catch an archive in exec form or with a lower-case keyword', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD ["vendor.tar.gz", "/opt/"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'add model.tar.gz /models/'))).toEqual([]);
  });

  it('does not catch a root filesystem unpacked into a scratch image (as official base images do)', () => {
    expect(positionsOf(ID, dockerfile('FROM scratch', 'ADD alpine-minirootfs-3.19.1-x86_64.tar.gz /', 'CMD ["/bin/sh"]'))).toEqual([]);
  });

  it('does not catch a URL', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD https://example.com/model.onnx /models/'))).toEqual([]);
  });

  it('does not catch a git repository', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD https://github.com/org/repo.git#v1.0 /src'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD git@github.com:org/repo.git /src'))).toEqual([]);
  });

  it('does not catch ADD --checksum or --keep-git-dir', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD --checksum=sha256:abc https://x.io/f /f'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD --keep-git-dir=true https://github.com/org/repo.git#v1.0 /src'))).toEqual([]);
  });

  it('does not catch a variable source (it may be an archive or a URL)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG PKG', 'ADD ${PKG} /opt/'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG MODEL_URL=https://example.com/model.onnx', 'ADD $MODEL_URL /models/'))).toEqual([]);
  });

  it('does not catch COPY', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY requirements.txt .', 'COPY src/ ./src/'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY ["app.py", "/app/"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY <<EOF /app/config', 'key=value', 'EOF'))).toEqual([]);
  });

  it('does not catch a mix with an archive (COPY would stop extracting it)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD app.py vendor.tar.gz /opt/'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
