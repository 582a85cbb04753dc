import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/build-deps-in-final';

const ID = 'build-deps-in-final';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'toolchain', line, column, endLine: line, endColumn });
const BUILDER = ['FROM python:3.11 AS builder', 'RUN pip wheel -r requirements.txt -w /wheels'];
const final = (...lines: string[]) => positionsOf(ID, dockerfile(...BUILDER, 'FROM python:3.11-slim', ...lines));

describe(ID, () => {
  it('catches build-essential kept in the final stage', () => {
    expect(final('RUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*')).toEqual([at(4, 42, 57)]);
  });

  it('catches gcc and header packages, spanning them on one line', () => {
    expect(final('RUN apt-get install -y gcc libpq-dev curl')).toEqual([at(4, 24, 37)]);
  });

  it('catches apk build-base and an install in a heredoc', () => {
    expect(final('RUN apk add --no-cache build-base')).toEqual([at(4, 24, 34)]);
    expect(final('RUN <<EOF', 'apt-get install -y g++', 'EOF')).toEqual([at(5, 20, 23)]);
  });

  it('catches a purge that names another package', () => {
    expect(final('RUN apt-get install -y gcc make && pip install x==1 && apt-get purge -y gcc')).toEqual([at(4, 28, 32)]);
  });

  it('catches a purge done in a later RUN (the layer keeps the bytes)', () => {
    expect(final('RUN apt-get install -y gcc', 'RUN apt-get purge -y gcc')).toEqual([at(4, 24, 27)]);
  });

  it('does not catch a toolchain purged in the same RUN', () => {
    expect(final('RUN apt-get install -y build-essential && pip install x==1 && apt-get purge -y build-essential && apt-get autoremove -y')).toEqual([]);
  });

  it('does not catch an apk virtual group deleted in the same RUN', () => {
    expect(final('RUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install x==1 && apk del .build-deps')).toEqual([]);
  });

  it('does not catch a purge of a variable list', () => {
    expect(final('ARG BUILD_DEPS="gcc libpq-dev"', 'RUN apt-get install -y $BUILD_DEPS gcc && make && apt-get purge -y --auto-remove $BUILD_DEPS')).toEqual([]);
  });

  it('does not catch runtime packages', () => {
    expect(final('RUN apt-get install -y --no-install-recommends curl libpq5 libgomp1')).toEqual([]);
  });

  it('does not catch the builder stage', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS builder', 'RUN apt-get install -y build-essential', 'FROM python:3.11-slim', 'COPY --from=builder /wheels /wheels'))).toEqual([]);
  });

  it('catches a toolchain installed in the stage the final one is built FROM (it ships too)', () => {
    const src = dockerfile(
      'FROM python:3.11-slim AS base',
      'RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*',
      'FROM base AS test',
      'RUN python -m pytest',
      'FROM base AS prod',
      'CMD ["python", "app.py"]',
    );
    expect(positionsOf(ID, src)).toEqual([at(2, 66, 81)]);
    expect(findingsOf(ID, src)[0]!.message).toMatch(/^Image cuối cài công cụ build build-essential/);
  });

  it('does not catch a toolchain in a stage the final one is not built FROM', () => {
    const src = dockerfile('FROM python:3.11-slim AS base', 'FROM base AS builder', 'RUN apt-get install -y gcc', 'FROM base AS prod', 'CMD ["python", "app.py"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a single-stage file (multi-stage is that rule)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN apt-get install -y build-essential'))).toEqual([]);
  });

  it('does not catch removals', () => {
    expect(final('RUN apt-get purge -y gcc')).toEqual([]);
  });

  it('catches a toolchain an exec-form RUN installs in the final stage', () => {
    expect(final('RUN ["apt-get", "install", "-y", "gcc"]')).toEqual([at(4, 34, 39)]);
  });

  it('does not catch a final stage that only copies the build output', () => {
    expect(final('COPY --from=builder /wheels /wheels', 'RUN pip install --no-cache-dir /wheels/*')).toEqual([]);
  });

  it('does not catch yum remove in the same RUN', () => {
    expect(final('RUN yum install -y gcc && pip install x==1 && yum remove -y gcc')).toEqual([]);
    expect(final('RUN zypper in -y gcc && pip install x==1 && zypper rm -y gcc')).toEqual([]);
  });

  it('does not catch package names that only contain a toolchain word', () => {
    expect(final('RUN apt-get install -y libgcc-s1 makedev gccgo-doc libdevmapper1.02.1')).toEqual([]);
  });

  it('does not catch the fixed firing examples: removed in the same RUN, by another spelling', () => {
    // A pinned install purged by its bare name, `apt-get remove`, and apk's `-t` (short for --virtual).
    expect(final('RUN apt-get install -y gcc=4:12.2.0-3 make && pip install x==1 && apt-get remove -y gcc make')).toEqual([]);
    expect(final('RUN apk add --no-cache -t .build-deps build-base && pip install x==1 && apk del .build-deps')).toEqual([]);
  });

  it('does not catch an install and purge spread over continuation lines with comments', () => {
    expect(
      final(
        'RUN apt-get update \\',
        '    && apt-get install -y --no-install-recommends gcc libpq-dev \\',
        '# psycopg2 compiles against libpq',
        '    && pip install --no-cache-dir psycopg2==2.9.9 \\',
        '    && apt-get purge -y --auto-remove gcc libpq-dev \\',
        '    && rm -rf /var/lib/apt/lists/*',
      ),
    ).toEqual([]);
  });

  it('does not catch the official-image style apk virtual group (tabs, `--virtual=`, `apk del --no-network`)', () => {
    expect(final('RUN set -eux; \\', '\tapk add --no-cache --virtual .build-deps \\', '\t\tgcc \\', '\t\tmusl-dev \\', '\t\tlinux-headers \\', '\t; \\', '\tpip install --no-cache-dir psutil==5.9.8; \\', '\tapk del --no-network .build-deps')).toEqual([]);
    expect(final('RUN apk add --no-cache --virtual=.build-deps gcc musl-dev && pip install x==1 && apk del .build-deps')).toEqual([]);
  });

  it('does not catch an install and purge inside one RUN heredoc', () => {
    expect(final('RUN <<EOF', 'set -eux', 'apt-get update', 'apt-get install -y --no-install-recommends build-essential', 'pip install --no-cache-dir uwsgi==2.0.24', 'apt-get purge -y --auto-remove build-essential', 'rm -rf /var/lib/apt/lists/*', 'EOF')).toEqual([]);
  });

  it('does not catch a dry run or an exec-form RUN of runtime packages', () => {
    expect(final('RUN apt-get install -s gcc')).toEqual([]);
    expect(final('RUN ["apt-get", "install", "-y", "--no-install-recommends", "libpq5"]')).toEqual([]);
  });

  it('does not catch a Node.js build whose node-gyp toolchain stays in the builder', () => {
    const src = dockerfile(
      'FROM node:20-alpine AS deps',
      'RUN apk add --no-cache python3 make g++',
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      'RUN npm ci --omit=dev',
      'FROM node:20-alpine',
      'WORKDIR /app',
      'COPY --from=deps /app/node_modules ./node_modules',
      'COPY . .',
      'CMD ["node", "server.js"]',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a Go build that ships a static binary on scratch or distroless', () => {
    const build = ['FROM golang:1.22 AS build', 'RUN apt-get update && apt-get install -y gcc musl-dev', 'WORKDIR /src', 'COPY . .', 'RUN CGO_ENABLED=0 go build -o /out/app .'];
    for (const base of ['FROM scratch', 'FROM gcr.io/distroless/static-debian12']) {
      const src = dockerfile(...build, base, 'COPY --from=build /out/app /app', 'ENTRYPOINT ["/app"]');
      expect(positionsOf(ID, src), base).toEqual([]);
    }
  });

  it('does not catch a lower-case multi-stage file whose final stage installs runtime libraries only', () => {
    const src = dockerfile('from python:3.11 as builder', 'run apt-get update && apt-get install -y libxml2-dev libxslt1-dev', 'run pip wheel lxml==5.2.1 -w /wheels', 'from python:3.11-slim', 'run apt-get update && apt-get install -y --no-install-recommends libxml2 libxslt1.1 && rm -rf /var/lib/apt/lists/*', 'copy --from=builder /wheels /wheels');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch build tools run, not installed, in the final stage', () => {
    expect(final('COPY --from=builder /wheels /wheels', 'RUN make -C /app migrate && gcc --version')).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });
});
