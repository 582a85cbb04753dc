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

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });
});
