import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/dockerignore-missing';

const ID = 'dockerignore-missing';
const at = (messageId: string, line: number, column: number, endColumn: number) => ({ messageId, line, column, endLine: line, endColumn });
const quiet = (options: { dockerignore?: string }, ...lines: string[]) =>
  expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', ...lines), options)).toEqual([]);

describe(ID, () => {
  it('catches COPY . . without a .dockerignore', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY . .'))).toEqual([at('missing', 2, 6, 7)]);
  });

  it('catches ADD ./ /app and COPY --chown … . /app', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ADD ./ /app'))).toEqual([at('missing', 2, 5, 7)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY --chown=app:app . /app'))).toEqual([at('missing', 2, 22, 23)]);
  });

  it('reports once, at the first whole-context copy of any stage', () => {
    const src = dockerfile('FROM python:3.11 AS build', 'COPY . /src', 'FROM python:3.11-slim', 'COPY . /app');
    expect(positionsOf(ID, src)).toEqual([at('missing', 2, 6, 7)]);
  });

  it('catches a .dockerignore that excludes none of the essentials, as info', () => {
    const src = dockerfile('FROM python:3.11-slim', 'COPY . .');
    expect(positionsOf(ID, src, { dockerignore: '*.log\nnotebooks/\n' })).toEqual([at('weak', 2, 6, 7)]);
    expect(findingsOf(ID, src, { dockerignore: '' })[0]?.severity).toBe('info');
    expect(findingsOf(ID, src)[0]?.severity).toBe('warning');
  });

  it('catches a .dockerignore whose exceptions re-include the essentials', () => {
    const src = dockerfile('FROM python:3.11-slim', 'COPY . .');
    expect(positionsOf(ID, src, { dockerignore: '.git\n!.git\n' })).toEqual([at('weak', 2, 6, 7)]);
  });

  it('does not catch a .dockerignore that excludes .git', () => {
    quiet({ dockerignore: '.git\n' }, 'COPY . .');
  });

  it('does not catch a .dockerignore that excludes __pycache__ anywhere, or node_modules', () => {
    quiet({ dockerignore: '**/__pycache__\n' }, 'COPY . .');
    quiet({ dockerignore: 'node_modules/\n' }, 'COPY . .');
  });

  it('does not catch the lesson .dockerignore', () => {
    quiet({ dockerignore: '# .dockerignore\n.git\n.gitignore\n__pycache__\n*.pyc\n.env\nnode_modules/\n' }, 'COPY . /app');
  });

  it('does not catch COPY of named files or folders', () => {
    quiet({}, 'COPY requirements.txt .', 'COPY src/ ./src/');
  });

  it('does not catch COPY --from=stage . (not the build context)', () => {
    quiet({}, 'COPY --from=build . /app');
  });

  it('does not catch heredoc COPY or ADD of a URL', () => {
    quiet({}, 'COPY <<EOF /app/config.ini', '[app]', 'EOF');
    quiet({}, 'ADD https://example.com/data.tar.gz /data/');
  });

  it('does not read a trailing # comment as more sources (COPY requirements.txt .  # Layer 3)', () => {
    quiet({}, 'COPY requirements.txt .                 # Layer 3');
  });

  it('does not catch a file without COPY', () => {
    quiet({}, 'RUN pip install --no-cache-dir flask==3.0.3');
  });

  it('does not catch the firing examples once a .dockerignore covers them', () => {
    const ignore = '.git\n.env\n**/__pycache__\n';
    quiet({ dockerignore: ignore }, 'ADD ./ /app');
    quiet({ dockerignore: ignore }, 'COPY --chown=app:app . /app');
    const multiStage = dockerfile('FROM python:3.11 AS build', 'COPY . /src', 'FROM python:3.11-slim', 'COPY --from=build /src /app', 'COPY . /app');
    expect(positionsOf(ID, multiStage, { dockerignore: ignore })).toEqual([]);
  });

  it('does not catch a .dockerignore that reaches an essential through a glob, a comment around it, or an exception for a template', () => {
    quiet({ dockerignore: '# secrets\n.env*\n!.env.example\n' }, 'COPY . .');
    quiet({ dockerignore: '**/.git\n**/node_modules\n' }, 'COPY . .');
  });

  it('does not catch the allowlist style .dockerignore (everything out, then exceptions)', () => {
    quiet({ dockerignore: '*\n!src/\n!requirements.txt\n' }, 'COPY . /app');
  });

  it('does not catch essentials written as paths (leading ./ or /, trailing /) or with Windows line ends', () => {
    quiet({ dockerignore: './.git/\n/__pycache__/\n' }, 'COPY . .');
    quiet({ dockerignore: '.git\r\nnode_modules\r\n*.log\r\n' }, 'COPY . .');
  });

  it('does not catch "." as the destination only (exec form, several sources, a folder copied into WORKDIR)', () => {
    quiet({}, 'WORKDIR /app', 'COPY ["requirements.txt", "."]', 'COPY pyproject.toml setup.cfg ./', 'COPY ./src .');
  });

  it('does not catch `pip install .` after copying named paths (a RUN, not a COPY of the context)', () => {
    quiet({}, 'WORKDIR /app', 'COPY pyproject.toml README.md ./', 'COPY src/ ./src/', 'RUN pip install --no-cache-dir .');
  });

  it('does not catch a final stage that takes "." from a builder stage', () => {
    const src = dockerfile('FROM node:20-alpine AS build', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY src/ ./src/', 'RUN npm run build', 'FROM nginx:1.27-alpine', 'COPY --from=build /app/dist .');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch lower-case copy of named files, or a wildcard narrower than the whole context', () => {
    quiet({}, 'workdir /app', 'copy app.py .', 'COPY *.py ./', 'COPY ./config/* ./config/');
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });
});
