import { describe, expect, it } from 'vitest';
import rule from './syntax-error';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/syntax-error';

const ID = 'syntax-error';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('syntax-error', () => {
  it('catches an unknown instruction', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUNN pip install flask==3.0.0'))).toEqual([at('unknownInstruction', 2, 1, 2, 5)]);
  });
  it('catches COPY with a single path', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY requirements.txt'))).toEqual([at('missingArguments', 2, 1, 2, 5)]);
  });
  it('catches FROM with no image', () => {
    expect(positionsOf(ID, dockerfile('FROM', 'RUN echo hi')).map((f) => f.messageId)).toEqual(['missingArguments']);
  });
  it('catches FROM with words other than an image and AS name, a trailing comment included', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.9-slim   # Layer 1', 'CMD ["python"]'))).toEqual([at('fromForm', 1, 6, 1, 33)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim builder'))).toEqual([at('fromForm', 1, 6, 1, 30)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS'))).toEqual([at('fromForm', 1, 6, 1, 25)]);
    expect(positionsOf(ID, dockerfile('FROM --platform=linux/amd64 python:3.11-slim FOR build'))).toEqual([at('fromForm', 1, 29, 1, 55)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS build AS x'))).toEqual([at('fromForm', 1, 6, 1, 36)]);
  });
  it('tells what FROM was given, and that Dockerfiles have no trailing comments', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM python:3.9-slim   # Layer 1'));
    expect(finding?.message).toContain('"python:3.9-slim   # Layer 1"');
    expect(finding?.message).toContain('comment cuối dòng');
  });
  it('catches EXPOSE with no port', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE')).map((f) => f.messageId)).toEqual(['missingArguments']);
  });
  it('catches an unterminated heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'pip install flask==3.0.0')).map((f) => f.messageId)).toEqual([
      'unterminatedHeredoc',
    ]);
  });
  it('catches a continuation at the end of the file', () => {
    expect(positionsOf(ID, 'FROM python:3.11-slim\nRUN echo hi \\').map((f) => f.messageId)).toEqual(['danglingContinuation']);
  });
  it('catches a word without "=" after KEY=value pairs', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV APP_HOME=/app DEBUG'))).toEqual([at('missingEquals', 2, 19, 2, 24)]);
  });
  it('catches a pair without a name', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL version=1.0 =team'))).toEqual([at('blankName', 2, 19, 2, 24)]);
  });
  it('catches ENV with a name and no value', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED'))).toEqual([at('missingArguments', 2, 5, 2, 21)]);
  });

  it('catches HEALTHCHECK without CMD, at the word where CMD belongs', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK curl -f http://localhost:8000/health || exit 1'))).toEqual([at('healthcheckType', 2, 13, 2, 17)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK --interval=30s --timeout=3s \\', '  wget -qO- http://localhost:8000/'))).toEqual([
      at('healthcheckType', 3, 3, 3, 7),
    ]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK ["python", "-c", "print(1)"]')).map((f) => f.messageId)).toEqual(['healthcheckType']);
  });
  it('does not catch HEALTHCHECK CMD or NONE in any case, with options, in either form', () => {
    expect(
      positionsOf(
        ID,
        dockerfile(
          'FROM python:3.11-slim',
          'HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD curl -f http://localhost/ || exit 1',
          'healthcheck cmd ["python", "-c", "print(1)"]',
          'HEALTHCHECK \\',
          '  CMD true',
          'HEALTHCHECK none',
          'ONBUILD HEALTHCHECK CMD true',
        ),
      ),
    ).toEqual([]);
  });
  it('does not catch a well-formed Dockerfile', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .', 'CMD ["python", "app.py"]'))).toEqual([]);
  });
  it('does not catch lower-case instructions', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'run echo hi'))).toEqual([]);
  });
  it('does not catch a terminated heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'pip install flask==3.0.0', 'EOF'))).toEqual([]);
  });
  it('does not catch COPY with a heredoc source', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY <<EOF /app/config.ini', 'debug=false', 'EOF'))).toEqual([]);
  });
  it('does not catch comments, directives and blank lines', () => {
    expect(positionsOf(ID, dockerfile('# syntax=docker/dockerfile:1', '', '# a comment', 'FROM python:3.11-slim'))).toEqual([]);
  });
  it('does not catch continuations that end properly', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN apt-get update && \\', '    apt-get install -y curl'))).toEqual([]);
  });
  it('does not catch ONBUILD, STOPSIGNAL, SHELL, VOLUME, USER, HEALTHCHECK NONE', () => {
    expect(
      positionsOf(
        ID,
        dockerfile('FROM python:3.11-slim', 'ONBUILD COPY . /app', 'STOPSIGNAL SIGTERM', 'SHELL ["/bin/bash", "-c"]', 'VOLUME /data', 'USER 1000', 'HEALTHCHECK NONE'),
      ),
    ).toEqual([]);
  });
  it('does not catch a multi-stage build', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'RUN echo build', 'FROM python:3.11-slim', 'COPY --from=builder /a /a'))).toEqual([]);
  });
  it('does not catch FROM image, FROM image AS name in any case, with --platform or over a continuation', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11 as builder', 'FROM --platform=$BUILDPLATFORM golang:1.22 As build', 'FROM \\', '  scratch \\', '  AS final'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('ARG BASE=python:3.11-slim', 'FROM ${BASE} AS app', 'ONBUILD RUN echo hi'))).toEqual([]);
  });
  it('does not catch an empty file', () => {
    expect(positionsOf(ID, '')).toEqual([]);
  });
  it('does not catch ARG before FROM', () => {
    expect(positionsOf(ID, dockerfile('ARG VERSION=3.11', 'FROM python:${VERSION}-slim'))).toEqual([]);
  });
  it('does not catch ENV pairs with quoted values, empty values and escaped blanks', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV A="x y" B= C=a\\ b'))).toEqual([]);
  });
  it('does not catch the legacy ENV form, whose value may hold blanks', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PATH /usr/local/bin:$PATH'))).toEqual([]);
  });
  it('does not catch ARG names without a default among pairs', () => {
    expect(positionsOf(ID, dockerfile('ARG A=1 B', 'FROM python:3.11-slim', 'ARG C'))).toEqual([]);
  });
  it('does not catch pairs continued over several lines', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV A=1 \\', '    B=2 \\', '    C=3'))).toEqual([]);
  });
  it('does not catch an "=" inside a value', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL description="a=b c" url=https://example.com/?a=1'))).toEqual([]);
  });
  it('does not catch EXPOSE with several ports', () => {
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27', 'EXPOSE 80 443/tcp'))).toEqual([]);
  });
  it('does not catch RUN with --mount flags and a heredoc', () => {
    expect(
      positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN --mount=type=cache,target=/root/.cache/pip <<EOF', 'pip install flask==3.0.0', 'EOF')),
    ).toEqual([]);
  });
  it('does not catch parser directives, the escape=` directive and its backtick continuations', () => {
    for (const src of [
      dockerfile('# syntax=docker/dockerfile:1.7', '# check=skip=JSONArgsRecommended', 'FROM python:3.11-slim', 'CMD python app.py'),
      dockerfile('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN powershell -Command `', '    Write-Host hello', 'COPY app.ps1 C:\\app\\'),
      dockerfile('# escape=\\', 'FROM alpine:3.20', 'RUN echo a \\', '    b'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });
  it('does not catch heredocs with quoted or dash delimiters, several at once, or lines that look like instructions', () => {
    for (const src of [
      dockerfile('FROM alpine:3.20', "RUN <<'EOF'", 'echo "$HOME stays literal"', 'EOF'),
      dockerfile('FROM alpine:3.20', 'RUN <<"EOF"', 'echo hi', 'EOF'),
      dockerfile('FROM alpine:3.20', 'RUN <<-EOF', '\techo indented', '\tEOF'),
      dockerfile('FROM alpine:3.20', 'COPY <<EOT1 <<EOT2 /etc/app/', 'a=1', 'EOT1', 'b=2', 'EOT2'),
      dockerfile('FROM alpine:3.20', 'RUN <<A cat > /a && <<B cat > /b', 'first', 'A', 'second', 'B'),
      dockerfile('FROM python:3.11-slim', 'RUN python3 <<EOF', 'print("FROM inside a heredoc")', 'EOF'),
      dockerfile('FROM alpine:3.20', 'COPY <<EOF /Dockerfile.example', 'FROM scratch', 'RUNN nothing', 'EOF'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });
  it('does not catch the flags of COPY, ADD and RUN', () => {
    for (const src of [
      dockerfile('FROM python:3.11-slim', 'COPY --link --chmod=755 --chown=1000:1000 --exclude=*.md . /app/'),
      dockerfile('FROM python:3.11-slim', 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/model.bin /models/'),
      dockerfile('FROM alpine:3.20', 'ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.14.1 /buildkit'),
      dockerfile('FROM python:3.11-slim', 'RUN --network=none --mount=type=secret,id=pip,target=/root/.netrc pip install --no-cache-dir -r requirements.txt'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });
  it('does not catch continuation lines with comments or empty lines between them, or blanks after the backslash', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN apt-get update && \\', '    # curl for the health check', '    apt-get install -y curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN apt-get update && \\', '', '    apt-get install -y curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo a && \\  ', '    echo b'))).toEqual([]);
  });
  it('does not catch a CRLF file, a UTF-8 BOM, indented instructions or a last line without newline', () => {
    expect(positionsOf(ID, 'FROM python:3.11-slim\r\nRUN pip install \\\r\n    flask==3.0.3\r\nCMD ["python", "app.py"]\r\n')).toEqual([]);
    expect(positionsOf(ID, '\uFEFFFROM python:3.11-slim\nCMD ["python"]\n')).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', '  WORKDIR /app', '\tCOPY . .'))).toEqual([]);
    expect(positionsOf(ID, 'FROM python:3.11-slim\nCMD ["python"]')).toEqual([]);
  });
  it('does not catch JSON forms with spaces, an empty list, and JSON COPY', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD [ "python" , "app.py" ]', 'ENTRYPOINT []', 'RUN [ "pip", "install", "flask==3.0.3" ]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY ["my file.txt", "/app/"]', 'VOLUME ["/data", "/logs"]'))).toEqual([]);
  });
  it('does not catch FROM by digest, FROM scratch, or stage names with dashes and digits', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim@sha256:1e4f8c5e9d0a7b6c3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a AS build-env_1', 'FROM scratch', 'COPY --from=build-env_1 /a /a'))).toEqual([]);
  });
  it('does not catch the less common instructions and their arguments', () => {
    for (const src of [
      dockerfile('FROM python:3.11-slim', 'MAINTAINER Jane Doe <jane@example.com>'),
      dockerfile('FROM python:3.11-slim', 'EXPOSE 8000-8010 53/udp 443/tcp'),
      dockerfile('FROM python:3.11-slim', 'LABEL "com.example.vendor"="ACME Inc" version="1.0" \\', '      description="multi \\', 'line"'),
      dockerfile('FROM python:3.11-slim', 'USER app:app', 'WORKDIR $HOME/app', 'STOPSIGNAL 9'),
      dockerfile('FROM python:3.11-slim', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN curl -fsSL https://example.com | tar -xz'),
      dockerfile('FROM python:3.11-slim', 'onbuild add . /app', 'ONBUILD RUN pip install --no-cache-dir -r /app/requirements.txt'),
      dockerfile('FROM python:3.11-slim', 'HEALTHCHECK --start-period=10s --start-interval=2s CMD ["python", "-c", "import urllib.request"]'),
      dockerfile('ARG PY="3.11"', 'ARG VARIANT=slim', 'FROM python:${PY}-${VARIANT}', 'ARG PY', 'RUN echo $PY'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
  it('has a message for every error the parser reports', () => {
    for (const id of ['unknownInstruction', 'missingArguments', 'fromForm', 'unterminatedHeredoc', 'danglingContinuation', 'missingEquals', 'blankName']) expect(rule.meta.messages[id]).toBeTruthy();
  });
});
