import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { contextFilesItem } from './context-files';
import { grade } from './grade';

const df = (...lines: string[]) => `${lines.join('\n')}\n`;
const FILES = ['Dockerfile', '.dockerignore', 'requirements.txt', 'src/api.py', 'src/model.py', 'data/train.csv'];
const item = (source: string) => contextFilesItem(analyze(source), FILES);

describe('COPY sources that are near misses of context files', () => {
  it.each([
    ['a file name one letter short', df('FROM python:3.11-slim', 'COPY requirement.txt .'), 'COPY requirement.txt (dòng 2)', 'requirements.txt'],
    ['a folder with two letters swapped', df('FROM python:3.11-slim', 'COPY scr/ ./src/'), 'COPY scr/ (dòng 2)', 'ý bạn là src?'],
    ['a file in a folder', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/app.py .'), 'COPY src/app.py (dòng 3)', 'src/api.py'],
    ['another case', df('FROM python:3.11-slim', 'ADD Requirements.txt /tmp/'), 'ADD Requirements.txt', 'requirements.txt'],
    ['a builder stage the final stage copies from', df('FROM python:3.11 AS build', 'COPY requirments.txt .', 'FROM python:3.11-slim', 'COPY --from=build /x /x'), 'dòng 2', 'requirements.txt'],
  ])('fails %s, and names what was meant', (_, source, where, intended) => {
    const result = item(source);
    expect(result?.status).toBe('fail');
    expect(result?.why).toContain(where);
    expect(result?.why).toContain(intended);
    expect(result?.why).toContain('not found');
  });

  it.each([
    ['files and folders of the context', df('FROM python:3.11-slim', 'COPY requirements.txt .', 'COPY src/ ./src/', 'COPY ./data /data', 'COPY src/api.py /app/')],
    ['the whole context', df('FROM python:3.11-slim', 'COPY . .')],
    ['a path from the context root written absolute', df('FROM python:3.11-slim', 'COPY /requirements.txt .')],
    ['a file far from any context file: maybe the learner’s own project', df('FROM python:3.11-slim', 'COPY main.py pyproject.toml ./')],
    ['globs, variables, URLs, heredocs and other stages', df('FROM python:3.11-slim AS b', 'ARG F=requirement.txt', 'COPY requirement*.txt $F ./', 'ADD https://example.com/requirement.txt .', 'COPY <<EOF /requirement.txt', 'x', 'EOF', 'FROM python:3.11-slim', 'COPY --from=b /requirement.txt .')],
    ['a stage the build does not run', df('FROM python:3.11-slim AS unused', 'COPY requirement.txt .', 'FROM python:3.11-slim', 'COPY requirements.txt .')],
  ])('passes %s', (_, source) => {
    expect(item(source)).toBeNull();
  });

  it('puts the item first in a grade, only when context files are given', () => {
    const analysis = analyze(df('FROM python:3.11-slim', 'COPY requirement.txt .'));
    const rubric = { checklists: [], requirements: [{ id: 'user-non-root' }] };
    expect(grade(analysis, rubric, { contextFiles: FILES }).items.map((i) => i.id)).toEqual(['context-files', 'user-non-root']);
    expect(grade(analysis, rubric).items.map((i) => i.id)).toEqual(['user-non-root']);
    expect(grade(analysis, rubric, { contextFiles: [...FILES, 'requirement.txt'] }).items.map((i) => i.id)).toEqual(['user-non-root']);
  });
});
