import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/healthcheck';

const ID = 'healthcheck';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'missing', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches an EXPOSE without HEALTHCHECK, at the EXPOSE', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'CMD ["python", "app.py"]'))).toEqual([at(2, 1, 12)]);
  });

  it('catches a server command without EXPOSE or HEALTHCHECK, at the server word', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["uvicorn", "api:app"]'))).toEqual([at(2, 6, 15)]);
    expect(positionsOf(ID, dockerfile('FROM node:20-slim', 'CMD node server.js'))).toEqual([at(2, 5, 9)]);
  });

  it('catches the final stage even when a builder stage has a HEALTHCHECK', () => {
    const src = dockerfile('FROM python:3.11-slim AS build', 'HEALTHCHECK CMD true', 'FROM python:3.11-slim', 'EXPOSE 8000');
    expect(positionsOf(ID, src)).toEqual([at(4, 1, 12)]);
  });

  it('does not catch a HEALTHCHECK in the final stage', () => {
    const src = dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'HEALTHCHECK --interval=30s CMD python -c "print(1)"', 'CMD ["uvicorn", "api:app"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch HEALTHCHECK NONE (a deliberate choice)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'HEALTHCHECK NONE'))).toEqual([]);
  });

  it('does not catch a HEALTHCHECK inherited from the stage the final one is built FROM', () => {
    const src = dockerfile('FROM python:3.11-slim AS base', 'HEALTHCHECK CMD python -c "print(1)"', 'FROM base', 'EXPOSE 8000');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a batch job (no EXPOSE, no server)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--epochs", "100"]'))).toEqual([]);
  });

  it('does not catch a builder stage that exposes a port', () => {
    const src = dockerfile('FROM node:20 AS dev', 'EXPOSE 3000', 'CMD ["npm", "start"]', 'FROM python:3.11-slim', 'CMD ["python", "job.py"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a file without a final stage', () => {
    expect(positionsOf(ID, dockerfile('# empty'))).toEqual([]);
  });

  it('does not catch a CLI tool image', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'ENTRYPOINT ["jq"]'))).toEqual([]);
  });

  it('does not catch the lesson production example (python healthcheck)', () => {
    const src = dockerfile(
      'FROM python:3.9-slim',
      'EXPOSE 8000',
      'HEALTHCHECK --interval=30s --timeout=10s --retries=3 \\',
      '    CMD python -c "import requests; requests.get(\'http://localhost:8000/health\')" || exit 1',
      'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch an exec-form HEALTHCHECK next to a server CMD', () => {
    const src = dockerfile('FROM python:3.11', 'EXPOSE 8000', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost:8000/health"]', 'CMD ["uvicorn", "api:app", "--host", "0.0.0.0"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch lower-case expose and healthcheck', () => {
    expect(positionsOf(ID, dockerfile('from nginx:1.27', 'expose 80', 'healthcheck cmd curl -f http://localhost/ || exit 1'))).toEqual([]);
  });

  it('does not catch a HEALTHCHECK whose options continue on the next line', () => {
    const src = dockerfile('FROM node:20-slim', 'EXPOSE 3000', 'HEALTHCHECK --interval=30s --timeout=3s \\', '    CMD node healthcheck.js', 'CMD ["node", "server.js"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a HEALTHCHECK written before the EXPOSE', () => {
    const src = dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD python -c "print(1)"', 'EXPOSE 8000', 'CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch an EXPOSE of an ARG port with a HEALTHCHECK', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG PORT=8000', 'EXPOSE ${PORT}', 'HEALTHCHECK CMD python /app/healthcheck.py'))).toEqual([]);
  });

  it('does not catch HEALTHCHECK NONE inherited from the base stage', () => {
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27 AS base', 'HEALTHCHECK NONE', 'FROM base', 'EXPOSE 80'))).toEqual([]);
  });

  it('does not catch a queue worker or a test run (they serve no requests)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["celery", "-A", "tasks", "worker", "--loglevel=info"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir uvicorn==0.30.0', 'CMD ["python", "-m", "pytest"]'))).toEqual([]);
  });


  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
