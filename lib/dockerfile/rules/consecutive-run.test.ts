import { describe, expect, it } from 'vitest';
import { parse } from '../parse';
import { commandsOf } from '../query';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/consecutive-run';

const ID = 'consecutive-run';
const at = (line: number) => ({ messageId: 'consecutive', line, column: 1, endLine: line, endColumn: 4 });
const quiet = (...lines: string[]) => expect(positionsOf(ID, dockerfile('FROM debian:12', ...lines)), lines.join('\n')).toEqual([]);
/** A whole Dockerfile (its own FROM lines) that must stay quiet. */
const quietFile = (...lines: string[]) => expect(positionsOf(ID, dockerfile(...lines)), lines.join('\n')).toEqual([]);

/** The commands the file runs, in order: a join must neither add nor drop one. */
const commandNames = (src: string) =>
  parse(src)
    .instructions.filter((i) => i.keyword === 'RUN')
    .flatMap((i) => commandsOf(i).map((c) => [c.name, ...c.args.map((a) => a.value)].join(' ')));

/** Applies the fix and checks the result: same commands, no syntax error, no finding left. */
function expectCleanJoin(src: string): string {
  const out = fixed(ID, src);
  expect(commandNames(out)).toEqual(commandNames(src));
  expect(findingsOf('syntax-error', out)).toEqual([]);
  expect(findingsOf(ID, out)).toEqual([]);
  return out;
}

describe(ID, () => {
  it('catches two RUNs in a row, once, on the second RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN mkdir /app', 'RUN useradd app'))).toEqual([at(3)]);
  });

  it('catches a run of three RUNs as one finding', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN a', 'RUN b', 'RUN c'))).toEqual([at(3)]);
  });

  it('catches RUNs separated only by comments and blank lines', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN a', '', '# then b', 'RUN b'))).toEqual([at(5)]);
  });

  it('catches RUNs with the same mounts, and in each stage separately', () => {
    const src = dockerfile(
      'FROM debian:12 AS build',
      'RUN --mount=type=cache,target=/root/.cache a',
      'RUN --mount=type=cache,target=/root/.cache b',
      'FROM debian:12',
      'RUN c',
      'RUN d',
    );
    expect(positionsOf(ID, src)).toEqual([at(3), at(6)]);
  });

  it('catches shell heredoc RUNs next to each other (without offering a fix)', () => {
    const src = dockerfile('FROM debian:12', 'RUN <<EOF', 'a', 'EOF', 'RUN b');
    const [finding] = findingsOf(ID, src);
    expect(finding?.line).toBe(5);
    expect(finding?.fix).toBeUndefined();
  });

  it('does not catch RUNs separated by another instruction', () => {
    quiet('RUN a', 'WORKDIR /app', 'RUN b');
    quiet('RUN a', 'COPY . .', 'RUN b');
  });

  it('does not catch a single RUN', () => {
    quiet('RUN a && b');
  });

  it('does not catch RUNs whose --mount flags differ', () => {
    quiet('RUN --mount=type=cache,target=/var/cache/apt a', 'RUN b');
    quiet('RUN --mount=type=secret,id=token a', 'RUN --mount=type=cache,target=/root/.cache b');
  });

  it('does not catch a RUN with a --mount next to one without flags', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN --mount=type=cache,target=/root/.cache pip install x', 'RUN make'))).toEqual([]);
  });

  it('does not catch RUNs whose --network differs', () => {
    quiet('RUN --network=none a', 'RUN b');
  });

  it('does not catch exec-form RUNs', () => {
    quiet('RUN ["a"]', 'RUN ["b"]');
    quiet('RUN a', 'RUN ["b"]');
  });

  it('does not catch across a heredoc RUN whose body is not shell', () => {
    quiet('RUN a', 'RUN python3 <<EOF', 'print(1)', 'EOF', 'RUN b');
  });

  it('does not catch RUNs in different stages', () => {
    quiet('RUN a', 'FROM debian:12', 'RUN b');
  });

  it('does not catch RUNs separated by ENV or USER', () => {
    quiet('RUN a', 'ENV B=1', 'RUN b');
    quiet('RUN a', 'USER app', 'RUN b');
  });

  it('does not catch a RUN followed by ONBUILD RUN', () => {
    quiet('RUN a', 'ONBUILD RUN b');
  });

  it('does not catch a file without RUN', () => {
    quiet('COPY . .', 'CMD ["a"]');
  });

  it('does not catch the steps of a firing case written as one RUN', () => {
    quiet('RUN mkdir /app && useradd app');
    quiet('RUN apt-get update \\', '    && apt-get install -y --no-install-recommends curl ca-certificates \\', '    && rm -rf /var/lib/apt/lists/*');
    quiet('RUN set -eux; \\', '    groupadd --system app; \\', '    useradd --system --gid app --create-home app');
    quiet('RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y gcc');
    quiet('RUN apt-get install -y \\', '    curl \\', '    git \\', '    make');
  });

  it('does not catch one RUN whose continuation lines hold comments or an empty line', () => {
    quiet('RUN apt-get update \\', '    # curl for the health check', '    && apt-get install -y curl');
    quiet('RUN apt-get update \\', '# RUN lines inside a continuation are comments, not instructions', '    && apt-get install -y curl');
    quiet('RUN apt-get update && \\', '', '    apt-get install -y curl');
  });

  it('does not catch a RUN next to a commented-out RUN', () => {
    quiet('RUN apt-get update && apt-get install -y curl', '# RUN pip install debugpy');
    quiet('# RUN apt-get update', 'RUN apk add --no-cache curl');
  });

  it('does not catch one shell heredoc RUN', () => {
    quiet('RUN <<EOF', 'set -e', 'apt-get update', 'apt-get install -y curl', 'EOF');
    quiet('RUN <<-EOF', '\tapt-get update', '\tapt-get install -y curl', '\tEOF');
    quietFile('# syntax=docker/dockerfile:1', 'FROM python:3.11-slim', 'RUN <<EOF', 'pip install --no-cache-dir flask', 'useradd -m app', 'EOF', 'USER app');
  });

  it('does not catch one RUN continued with the escape character of the file', () => {
    quietFile('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN mkdir C:\\app `', '    && echo done > C:\\app\\ready.txt');
  });

  it('does not catch RUNs split by an instruction the next RUN depends on', () => {
    quiet('RUN apt-get update && apt-get install -y curl', 'ARG APP_VERSION=1.0', 'RUN curl -fsSLo /app.tgz https://example.com/app-${APP_VERSION}.tgz');
    quietFile('FROM python:3.11-slim', 'RUN python -m venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', 'RUN pip install --no-cache-dir flask');
    quietFile('FROM python:3.11-slim', 'RUN pip install --upgrade pip', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt');
    quiet('RUN git clone --depth 1 https://github.com/org/tool.git /src', 'WORKDIR /src', 'RUN make install');
    quiet('RUN useradd --create-home app', 'USER app', 'RUN pip install --user flask');
    quiet('RUN mkdir -p /opt/model', 'ADD model.tar.gz /opt/model/', 'RUN ls /opt/model');
    quiet('RUN apt-get update && apt-get install -y curl', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN curl -fsSL https://example.com/install.sh | bash');
    quiet('RUN mkdir -p /etc/app', 'COPY <<EOF /etc/app/config.ini', '[server]', 'port = 8080', 'EOF', 'RUN chown -R nobody /etc/app');
  });

  it('does not catch RUNs split by metadata instructions', () => {
    quiet('RUN apt-get update && apt-get install -y nginx', 'EXPOSE 80', 'RUN rm -f /etc/nginx/sites-enabled/default');
    quiet('RUN apt-get update && apt-get install -y curl', 'LABEL org.opencontainers.image.source=https://github.com/org/repo', 'RUN useradd app');
    quiet('RUN mkdir -p /data', 'VOLUME /data', 'RUN useradd app');
    quiet('RUN apt-get update && apt-get install -y curl', 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1', 'RUN useradd app');
  });

  it('does not catch a RUN followed by a shell-form CMD, ENTRYPOINT or HEALTHCHECK', () => {
    quietFile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir flask', 'CMD flask run --host=0.0.0.0');
    quietFile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir gunicorn', 'ENTRYPOINT exec gunicorn app:app');
    quietFile('FROM nginx:1.27', 'RUN apt-get update && apt-get install -y curl', 'HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1');
  });

  it('does not catch exec-form RUNs, in any order or case', () => {
    quietFile('FROM python:3.11-slim', 'RUN ["pip", "install", "--no-cache-dir", "flask"]', 'RUN ["python", "-m", "compileall", "/app"]');
    quiet('RUN ["/bin/sh", "-c", "apt-get update"]', 'RUN ["/bin/sh", "-c", "apt-get install -y curl"]');
    quiet('RUN ["a"]', 'RUN b');
    quiet('run ["a"]', 'run ["b"]');
    quiet('RUN <<EOF', 'apt-get update', 'EOF', 'RUN ["python3", "-m", "pip", "install", "flask"]');
  });

  it('does not catch a RUN whose JSON array is broken (syntax rules report it)', () => {
    quiet("RUN ['apt-get', 'update']", 'RUN apt-get install -y curl');
  });

  it('does not catch RUNs next to a heredoc fed to an interpreter', () => {
    quietFile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir numpy', 'RUN python3 <<EOF', 'import numpy', 'print(numpy.__version__)', 'EOF');
    quietFile('FROM node:20-slim', 'RUN node <<EOF', "require('fs').mkdirSync('/app/data')", 'EOF', 'RUN npm ci');
    // BuildKit runs a heredoc that opens with a shebang by that interpreter: this body is Python.
    quietFile('FROM python:3.11-slim', 'RUN <<EOF', '#!/usr/bin/env python3', 'print(1)', 'EOF', 'RUN pip install --no-cache-dir flask');
  });

  it('catches RUNs next to a heredoc whose shebang names a shell', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN <<EOF', '#!/bin/bash', 'set -e', 'EOF', 'RUN apt-get update'))).toEqual([at(6)]);
  });

  it('does not catch RUNs whose mounts or sandbox differ', () => {
    quiet('RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt', 'RUN --mount=type=cache,target=/root/.npm npm ci');
    quiet('RUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt pip install -r /tmp/requirements.txt', 'RUN python -m compileall /app');
    quiet('RUN --mount=type=cache,target=/root/.cache a', 'RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=token b');
    quiet('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci', 'RUN --mount=type=secret,id=pypirc,target=/root/.pypirc pip install x');
    quiet('RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update', 'RUN --mount=type=cache,target=/var/cache/apt,sharing=private apt-get install -y curl');
    quiet('RUN --mount=type=ssh git clone git@github.com:org/private.git /src', 'RUN make -C /src');
    quiet('RUN --mount=type=tmpfs,target=/tmp ./configure', 'RUN make');
    quiet('RUN --network=host a', 'RUN --network=none b');
    quiet('RUN pip download -d /wheels flask', 'RUN --network=none pip install --no-index --find-links /wheels flask');
    quiet('RUN --security=insecure mount -t tmpfs none /mnt', 'RUN ls /mnt');
  });

  it('does not catch RUNs that end one stage and start the next', () => {
    quietFile(
      'FROM python:3.11-slim AS build',
      'RUN pip wheel --wheel-dir /wheels flask',
      'FROM python:3.11-slim',
      'COPY --from=build /wheels /wheels',
      'RUN pip install --no-cache-dir /wheels/*',
    );
    quietFile('FROM debian:12 AS base', 'RUN apt-get update && apt-get install -y curl', 'FROM base AS dev', 'RUN apt-get update && apt-get install -y gdb');
    quietFile('FROM --platform=$BUILDPLATFORM golang:1.22 AS build', 'RUN go build -o /out/app .', 'FROM alpine:3.19', 'RUN apk add --no-cache ca-certificates');
    quietFile('FROM node:20 AS deps', 'RUN npm ci', 'FROM node:20 AS build', 'RUN npm run build', 'FROM nginx:1.27', 'RUN rm /etc/nginx/conf.d/default.conf');
  });

  it('does not catch lower-case RUNs split by another instruction', () => {
    quiet('run apt-get update && apt-get install -y curl', 'workdir /app', 'run make');
    quietFile('from debian:12', 'run apt-get update \\', '    && apt-get install -y curl', 'from debian:12', 'run useradd app');
  });

  it('does not catch a RUN next to an ONBUILD RUN (the trigger runs in the child build)', () => {
    quiet('ONBUILD RUN pip install -r requirements.txt', 'RUN useradd app');
  });

  it('does not catch RUN lines inside a heredoc that writes a file', () => {
    quiet('COPY <<EOF /src/Dockerfile', 'FROM alpine:3.19', 'RUN apk add curl', 'RUN apk add git', 'EOF');
  });

  it('does not catch Dockerfiles laid out like official images', () => {
    quietFile(
      'FROM debian:12-slim',
      'RUN groupadd --gid 1000 node \\',
      '  && useradd --uid 1000 --gid node --shell /bin/bash --create-home node',
      'ENV NODE_VERSION=20.12.0',
      'RUN ARCH="$(dpkg --print-architecture)" \\',
      '  && curl -fsSLO "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz" \\',
      '  && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1',
      'CMD ["node"]',
    );
    quietFile(
      'FROM python:3.11-slim',
      'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'COPY . .',
      'RUN useradd --create-home app && chown -R app /app',
      'USER app',
      'CMD ["python", "app.py"]',
    );
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });

  it('fixes by joining with && \\', () => {
    const out = expectCleanJoin(dockerfile('FROM debian:12', 'RUN mkdir /app', 'RUN useradd app'));
    expect(out).toBe(dockerfile('FROM debian:12', 'RUN mkdir /app && \\', '    useradd app'));
  });

  it('joins three multi-line RUNs and keeps the comments between them', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get update && \\', '    apt-get install -y curl', '# the user', 'RUN useradd app', '', 'RUN echo hi');
    const out = expectCleanJoin(src);
    expect(out).toBe(dockerfile('FROM debian:12', 'RUN apt-get update && \\', '    apt-get install -y curl && \\', '# the user', '    useradd app && \\', '    echo hi'));
  });

  it('joins RUNs that share mounts, keeping the flags of the first', () => {
    const src = dockerfile('FROM debian:12', 'RUN --mount=type=cache,target=/root/.cache a', 'RUN --mount=type=cache,target=/root/.cache b');
    expect(expectCleanJoin(src)).toBe(dockerfile('FROM debian:12', 'RUN --mount=type=cache,target=/root/.cache a && \\', '    b'));
  });

  it('uses the escape character of the file', () => {
    const src = '# escape=`\nFROM debian:12\nRUN a\nRUN b\n';
    expect(expectCleanJoin(src)).toBe('# escape=`\nFROM debian:12\nRUN a && `\n    b\n');
  });

  it('offers no fix when joining would change what runs', () => {
    for (const first of ['RUN cd /src', 'RUN export A=1', 'RUN a; ', 'RUN a &', 'RUN a # note', 'RUN echo "a', 'RUN echo $(a']) {
      const [finding] = findingsOf(ID, dockerfile('FROM debian:12', first, 'RUN b'));
      expect(finding?.line).toBe(3);
      expect(finding?.fix).toBeUndefined();
    }
    for (const second of ['RUN | b', 'RUN ; b', 'RUN && b', 'RUN ) b']) {
      const [finding] = findingsOf(ID, dockerfile('FROM debian:12', 'RUN a', second));
      expect(finding?.line, second).toBe(3);
      expect(finding?.fix, second).toBeUndefined();
    }
    // A RUN that starts with a subshell, a group or a negation joins as any command does.
    for (const second of ['RUN (b)', 'RUN { b; }', 'RUN ! b']) expect(findingsOf(ID, dockerfile('FROM debian:12', 'RUN a', second))[0]?.fix, second).toBeDefined();
  });

  it('offers no fix when the last RUN does nothing (ineffective-run asks to delete it; joined, its cd would read as no-cd)', () => {
    for (const last of ['RUN cd /src', 'RUN export A=1 && cd /x', 'RUN set -e']) {
      const [finding] = findingsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update', last));
      expect(finding?.line, last).toBe(3);
      expect(finding?.fix, last).toBeUndefined();
    }
    // A last RUN that does something besides changing folder still joins: no-cd already reports its cd.
    expect(findingsOf(ID, dockerfile('FROM debian:12', 'RUN a', 'RUN cd /src && make'))[0]?.fix).toBeDefined();
  });

  it('offers no fix when the first RUN ends on a backslash the shell reads (it would escape the join)', () => {
    const [finding] = findingsOf(ID, '# escape=`\nFROM debian:12\nRUN echo a\\\nRUN b\n');
    expect(finding?.line).toBe(4);
    expect(finding?.fix).toBeUndefined();
  });

  it('offers no fix under a non-POSIX SHELL', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'SHELL ["powershell", "-Command"]', 'RUN a', 'RUN b'));
    expect(finding?.fix).toBeUndefined();
  });

  it('fixes under a SHELL that is a POSIX shell, by any path and case', () => {
    for (const shell of ['["/bin/bash", "-o", "pipefail", "-c"]', '["sh", "-c"]', '["C:\\\\msys\\\\ZSH", "-c"]']) {
      const [finding] = findingsOf(ID, dockerfile('FROM debian:12', `SHELL ${shell}`, 'RUN a', 'RUN b'));
      expect(finding?.fix, shell).toBeDefined();
    }
    for (const shell of ['["pwsh", "-c"]', '["cmd", "/S", "/C"]', '["/bin/fish", "-c"]', 'bash -c']) {
      const [finding] = findingsOf(ID, dockerfile('FROM debian:12', `SHELL ${shell}`, 'RUN a', 'RUN b'));
      expect(finding?.fix, shell).toBeUndefined();
    }
  });
});
