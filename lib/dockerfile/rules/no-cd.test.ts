import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/no-cd';

const ID = 'no-cd';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('no-cd', () => {
  it('catches cd followed by another command', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN cd /app && pip install --no-cache-dir -r requirements.txt'))).toEqual([
      at('cd', 2, 5, 2, 7),
    ]));
  it('catches cd after another command', () =>
    expect(positionsOf(ID, dockerfile('FROM node:20', 'RUN npm ci; cd web && npm run build'))).toEqual([at('cd', 2, 13, 2, 15)]));
  it('catches cd on a continuation line', () =>
    expect(positionsOf(ID, dockerfile('FROM node:20', 'RUN npm ci && \\', '    cd web && npm run build'))).toEqual([at('cd', 3, 5, 3, 7)]));
  it('catches cd in a heredoc script', () =>
    expect(positionsOf(ID, dockerfile('FROM node:20', 'RUN <<EOF', 'cd web', 'npm run build', 'EOF'))).toEqual([at('cd', 3, 1, 3, 3)]));

  it('catches only the first cd of a RUN', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN cd /tmp && make && cd / && rm -rf /tmp/x'))).toEqual([at('cd', 2, 5, 2, 7)]));

  it('does not catch RUN cd alone (ineffective-run reports it)', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN cd /app'))).toEqual([]));
  it('does not catch WORKDIR', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'RUN pip install --no-cache-dir -r requirements.txt'))).toEqual([]));
  it('does not catch cd as an argument', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo cd && apt-get install -y cd-discid'))).toEqual([]));
  it('does not catch cd inside quotes', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo "cd /app && make" > /notes.txt && cat /notes.txt'))).toEqual([]));
  it('does not catch cd in CMD', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD cd /app && python app.py'))).toEqual([]));
  it('does not catch a heredoc for a file', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY <<EOF /run.sh', 'cd /app', 'python app.py', 'EOF'))).toEqual([]));
  it('does not catch exec-form RUN', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN ["sh", "-c", "cd /app && make"]'))).toEqual([]));
  it('does not catch a comment mentioning cd', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', '# cd /app && make', 'RUN make'))).toEqual([]));
  it('does not catch a RUN of several commands without cd', () =>
    expect(positionsOf(ID, dockerfile('FROM node:20 AS web', 'WORKDIR /web', 'RUN npm ci && npm run build'))).toEqual([]));
  it('does not catch a program whose name starts with cd', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN cdk synth && echo done'))).toEqual([]));

  it('does not catch the heredoc example rewritten with WORKDIR', () =>
    expect(positionsOf(ID, dockerfile('FROM node:20', 'WORKDIR /web', 'RUN <<EOF', 'npm ci', 'npm run build', 'EOF'))).toEqual([]));
  it("does not catch a tool's own directory option (make -C, git -C, npm --prefix)", () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN make -C /src && make -C /src install'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM node:20', 'RUN git -C /src pull && npm --prefix web run build'))).toEqual([]);
  });
  it('does not catch cd as part of a path or a script name', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN mkdir -p /opt/cd && cp -r src /opt/cd/ && ./cd.sh'))).toEqual([]));
  it('does not catch a comment about cd between continuation lines', () =>
    expect(positionsOf(ID, dockerfile('FROM node:20', 'WORKDIR /web', 'RUN npm ci && \\', '# cd web is not needed: WORKDIR is set', '    npm run build'))).toEqual([]));
  it('does not catch lower-case workdir and run', () =>
    expect(positionsOf(ID, dockerfile('from node:20', 'workdir /web', 'run npm ci && npm run build'))).toEqual([]));
  it('does not catch cd in an ENTRYPOINT shell (the rule is about build steps)', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'ENTRYPOINT ["sh", "-c", "cd /app/src && exec python app.py"]'))).toEqual([]));
  it('does not catch a multi-stage build that sets WORKDIR in each stage', () => {
    const src = dockerfile('FROM python:3.11-slim AS build', 'WORKDIR /src', 'RUN make', 'FROM python:3.11-slim', 'WORKDIR /app', 'COPY --from=build /src/out ./', 'RUN python -m compileall .');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch a WORKDIR taken from an ARG', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG APP_DIR=/app', 'WORKDIR ${APP_DIR}', 'RUN pip install --no-cache-dir -r requirements.txt && python -m compileall .'))).toEqual([]));

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
