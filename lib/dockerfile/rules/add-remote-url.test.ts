import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/add-remote-url';

const ID = 'add-remote-url';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'noChecksum', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches ADD https://… without --checksum, at the URL', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD https://example.com/model.onnx /models/'))).toEqual([at(2, 5, 35)]);
  });

  it('catches http:// and exec form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD http://example.com/a.txt /a.txt'))).toEqual([at(2, 5, 29)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD ["https://example.com/a.txt", "/a.txt"]'))).toEqual([at(2, 6, 33)]);
  });

  it('catches it in a builder stage too', () => {
    const src = dockerfile('FROM python:3.11-slim AS fetch', 'ADD https://example.com/w.bin /w.bin', 'FROM python:3.11-slim', 'COPY --from=fetch /w.bin /w.bin');
    expect(positionsOf(ID, src)).toEqual([at(2, 5, 30)]);
  });

  it('does not catch ADD --checksum', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a /a'))).toEqual([]);
  });

  it('does not catch --checksum in exec form, with a lower-case keyword, or in a builder stage', () => {
    const sum = '--checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d';
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', `ADD ${sum} ["https://example.com/a.txt", "/a.txt"]`))).toEqual([]);
    const src = dockerfile('from python:3.11-slim as fetch', `add ${sum} https://example.com/w.bin /w.bin`, 'from python:3.11-slim', 'copy --from=fetch /w.bin /w.bin');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a variable source (what it names is unknown)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG MODEL_URL', 'ADD ${MODEL_URL} /models/model.onnx'))).toEqual([]);
  });

  it('does not catch a URL in the body of an ADD heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'ADD <<EOF /etc/apt/sources.list', 'deb https://deb.debian.org/debian bookworm main', 'EOF'))).toEqual([]);
  });

  it('does not catch a local file', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD model.tar.gz /models/'))).toEqual([]);
  });

  it('does not catch a git repository URL', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD https://github.com/org/repo.git#v1.2.0 /src'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD git@github.com:org/repo.git#v1.2.0 /src'))).toEqual([]);
  });

  it('does not catch COPY', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY app.py /app/'))).toEqual([]);
  });

  it('does not catch a URL in the destination position', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD app.tar.gz /srv/https:/x'))).toEqual([]);
  });

  it('does not catch curl with a checksum check in RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN curl -fsSLo /a https://example.com/a && echo "abc  /a" | sha256sum -c -'))).toEqual([]);
  });

  it('does not catch a URL inside a LABEL or an ENV', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL org.opencontainers.image.source=https://github.com/org/repo'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PIP_INDEX_URL=https://pypi.example.com/simple'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
