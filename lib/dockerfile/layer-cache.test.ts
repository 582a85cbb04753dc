import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { changesFor, simulateLayerCache, sourceReads, type CacheChange } from './layer-cache';

const df = (...lines: string[]) => `${lines.join('\n')}\n`;

/** `line:status` for each instruction, to read like the seed's cache diagrams. */
function statuses(source: string, change: CacheChange, dockerignore?: string) {
  return simulateLayerCache(analyze(source), { change, ...(dockerignore === undefined ? {} : { dockerignore }) }).map((s) => `${s.line}:${s.status}`);
}

// The seed's question 8, "Optimal Layer Ordering".
const BAD = df('FROM python:3.9-slim', 'COPY . /app', 'WORKDIR /app', 'RUN pip install -r requirements.txt');
const GOOD = df('FROM python:3.9-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .');

describe('layer cache', () => {
  it('❌ order: changing src/model.py rebuilds the pip install', () => {
    const steps = simulateLayerCache(analyze(BAD), { change: { kind: 'file', path: 'src/model.py' } });
    expect(steps.map((s) => `${s.line}:${s.status}`)).toEqual(['1:cached', '2:rebuilt', '3:rebuilt', '4:rebuilt']);
    expect(steps[1]?.reason).toBe('COPY . /app đọc src/model.py, tệp này đã đổi');
    expect(steps[3]?.reason).toContain('lớp phía trước đã build lại');
  });

  it('✅ order: changing src/model.py keeps the pip install cached', () => {
    const steps = simulateLayerCache(analyze(GOOD), { change: { kind: 'file', path: 'src/model.py' } });
    expect(steps.map((s) => `${s.line}:${s.status}`)).toEqual(['1:cached', '2:cached', '3:cached', '4:cached', '5:rebuilt']);
    expect(steps[2]?.reason).toContain('không đọc src/model.py');
  });

  it('✅ order: changing requirements.txt rebuilds from its COPY on', () => {
    expect(statuses(GOOD, { kind: 'file', path: 'requirements.txt' })).toEqual(['1:cached', '2:cached', '3:rebuilt', '4:rebuilt', '5:rebuilt']);
  });

  it('never busts the cache for a file .dockerignore leaves out', () => {
    const steps = simulateLayerCache(analyze(BAD), { change: { kind: 'file', path: 'notebooks/eda.ipynb' }, dockerignore: 'notebooks/\n.git\n' });
    expect(steps.every((s) => s.status === 'cached')).toBe(true);
    expect(steps[1]?.reason).toContain('.dockerignore');
    expect(statuses(BAD, { kind: 'file', path: 'notebooks/eda.ipynb' })).toContain('2:rebuilt');
  });

  it('matches COPY sources as files, folders and globs', () => {
    expect(sourceReads('src/', 'src/model.py')).toBe(true);
    expect(sourceReads('./src', 'src/model.py')).toBe(true);
    expect(sourceReads('src/*.py', 'src/model.py')).toBe(true);
    expect(sourceReads('src/*.py', 'src/sub/model.py')).toBe(false);
    // `src/*` matches the folder src/sub, and a folder is copied with everything below it.
    expect(sourceReads('src/*', 'src/sub/model.py')).toBe(true);
    expect(sourceReads('requirements.txt', 'requirements-dev.txt')).toBe(false);
    expect(sourceReads('src', 'srcs/x.py')).toBe(false);
    expect(sourceReads('.', 'anything/at/all')).toBe(true);
    const source = df('FROM python:3.11-slim', 'COPY requirements.txt .', 'COPY src/ ./src/', 'COPY config.yaml .');
    expect(statuses(source, { kind: 'file', path: 'src/model.py' })).toEqual(['1:cached', '2:cached', '3:rebuilt', '4:rebuilt']);
    expect(statuses(source, { kind: 'file', path: 'config.yaml' })).toEqual(['1:cached', '2:cached', '3:cached', '4:rebuilt']);
  });

  it('follows COPY --from to the stage it reads', () => {
    const source = df(
      'FROM python:3.11 AS builder',
      'COPY requirements.txt .',
      'RUN pip install --user -r requirements.txt',
      'FROM python:3.11-slim',
      'COPY src/ ./src/',
      'COPY --from=builder /root/.local /root/.local',
    );
    expect(statuses(source, { kind: 'file', path: 'requirements.txt' })).toEqual(['1:cached', '2:rebuilt', '3:rebuilt', '4:cached', '5:cached', '6:rebuilt']);
    const steps = simulateLayerCache(analyze(source), { change: { kind: 'file', path: 'README.md' } });
    expect(steps.every((s) => s.status === 'cached')).toBe(true);
    expect(steps[5]?.reason).toContain('builder');
    expect(statuses(source, { kind: 'file', path: 'src/api.py' })).toEqual(['1:cached', '2:cached', '3:cached', '4:cached', '5:rebuilt', '6:rebuilt']);
  });

  it('keys a RUN with a bind mount on what it mounts, as BuildKit does', () => {
    const source = df(
      'FROM python:3.11-slim',
      'RUN --mount=type=cache,target=/root/.cache/pip --mount=type=bind,source=requirements.txt,target=requirements.txt pip install -r requirements.txt',
      'COPY src/ ./src/',
    );
    const steps = simulateLayerCache(analyze(source), { change: { kind: 'file', path: 'requirements.txt' } });
    expect(steps.map((s) => `${s.line}:${s.status}`)).toEqual(['1:cached', '2:rebuilt', '3:rebuilt']);
    expect(steps[1]?.reason).toContain('mount');
    expect(statuses(source, { kind: 'file', path: 'src/model.py' })).toEqual(['1:cached', '2:cached', '3:rebuilt']);
    // bind is the default type, and the whole context the default source; .dockerignore still applies.
    const whole = df('FROM python:3.11-slim', 'RUN --mount=target=/src make -C /src', 'RUN echo done');
    expect(statuses(whole, { kind: 'file', path: 'docs/x.md' })).toEqual(['1:cached', '2:rebuilt', '3:rebuilt']);
    expect(statuses(whole, { kind: 'file', path: 'docs/x.md' }, 'docs/\n')).toEqual(['1:cached', '2:cached', '3:cached']);
    // A cache or secret mount is not part of the key; a bind mount from a stage follows that stage.
    expect(statuses(df('FROM python:3.11-slim', 'RUN --mount=type=secret,id=pip pip install -r /dev/null'), { kind: 'file', path: 'requirements.txt' })).toEqual([
      '1:cached',
      '2:cached',
    ]);
    const staged = df('FROM python:3.11 AS wheels', 'COPY requirements.txt .', 'RUN pip wheel -w /w -r requirements.txt', 'FROM python:3.11-slim', 'RUN --mount=from=wheels,source=/w,target=/w pip install /w/*');
    expect(statuses(staged, { kind: 'file', path: 'requirements.txt' })).toEqual(['1:cached', '2:rebuilt', '3:rebuilt', '4:cached', '5:rebuilt']);
    expect(statuses(staged, { kind: 'file', path: 'src/api.py' })).toEqual(['1:cached', '2:cached', '3:cached', '4:cached', '5:cached']);
  });

  it('rebuilds a stage built FROM a rebuilt stage', () => {
    const source = df('FROM python:3.11-slim AS base', 'COPY requirements.txt .', 'FROM base', 'RUN echo hi');
    expect(statuses(source, { kind: 'file', path: 'requirements.txt' })).toEqual(['1:cached', '2:rebuilt', '3:rebuilt', '4:rebuilt']);
  });

  it('busts an ARG at its first use after its declaration', () => {
    const source = df('FROM python:3.9-slim', 'ARG BUILD_DATE', 'ENV A=1', 'RUN echo "Built on $BUILD_DATE"', 'COPY requirements.txt .');
    const steps = simulateLayerCache(analyze(source), { change: { kind: 'arg', name: 'BUILD_DATE' } });
    expect(steps.map((s) => `${s.line}:${s.status}`)).toEqual(['1:cached', '2:cached', '3:cached', '4:rebuilt', '5:rebuilt']);
    expect(steps[3]?.reason).toContain('ARG BUILD_DATE đổi giá trị');
    // An ARG not declared in the stage does not reach its instructions; a FROM that reads it changes image.
    const global = df('ARG VERSION=3.11', 'FROM python:${VERSION}-slim', 'RUN echo hi', 'FROM alpine:3.20', 'RUN echo $VERSION');
    expect(statuses(global, { kind: 'arg', name: 'VERSION' })).toEqual(['2:rebuilt', '3:rebuilt', '4:cached', '5:cached']);
  });

  it('rebuilds everything after a new base image', () => {
    expect(statuses(GOOD, { kind: 'base-image' })).toEqual(['1:rebuilt', '2:rebuilt', '3:rebuilt', '4:rebuilt', '5:rebuilt']);
    const two = df('FROM golang:1.22 AS build', 'RUN go build', 'FROM alpine:3.20', 'COPY --from=build /app /app');
    expect(statuses(two, { kind: 'base-image', image: 'alpine:3.20' })).toEqual(['1:cached', '2:cached', '3:rebuilt', '4:rebuilt']);
  });

  it('offers the changes that make sense for the Dockerfile', () => {
    const source = df('ARG PY=3.11', 'FROM python:${PY}-slim', 'ARG BUILD_DATE', 'COPY requirements.txt .', 'COPY src/ ./src/');
    const labels = changesFor(analyze(source), ['Dockerfile', 'README.md', 'src/model.py', 'requirements.txt']).map((c) => c.label);
    expect(labels).toEqual(['Sửa src/model.py', 'Sửa requirements.txt', 'Sửa README.md', 'Đổi base image (python:3.11-slim có bản mới)', 'Đổi giá trị ARG PY', 'Đổi giá trị ARG BUILD_DATE']);
  });

  it('returns nothing for a file without stages', () => {
    expect(simulateLayerCache(analyze(''), { change: { kind: 'base-image' } })).toEqual([]);
    expect(changesFor(analyze(''), [])).toEqual([]);
  });
});
