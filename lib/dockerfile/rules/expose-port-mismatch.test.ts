import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/expose-port-mismatch';

const ID = 'expose-port-mismatch';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'mismatch', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches uvicorn --port differing from EXPOSE, at the port word', () => {
    const src = dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'CMD ["uvicorn", "api:app", "--port", "8080"]');
    expect(positionsOf(ID, src)).toEqual([at(3, 38, 44)]);
  });

  it('catches gunicorn -b :PORT in shell form', () => {
    const src = dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'CMD gunicorn -b :5000 app:app');
    expect(positionsOf(ID, src)).toEqual([at(3, 17, 22)]);
  });

  it('catches a server default that differs (flask 5000 vs EXPOSE 8000), at the server word', () => {
    const src = dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'CMD ["flask", "run", "--host=0.0.0.0"]');
    expect(positionsOf(ID, src)).toEqual([at(3, 6, 13)]);
  });

  it('catches $PORT from ENV used in the CMD', () => {
    const src = dockerfile('FROM python:3.11-slim', 'ENV PORT=9000', 'EXPOSE 8000', 'CMD uvicorn api:app --port $PORT');
    expect(positionsOf(ID, src)).toEqual([at(4, 28, 33)]);
  });

  it('does not catch a matching port', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'CMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8000"]'))).toEqual([]);
  });

  it('does not catch a matching default port (streamlit 8501)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8501', 'CMD ["streamlit", "run", "app.py"]'))).toEqual([]);
  });

  it('does not catch a port among several EXPOSEs or inside a range', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8000 8001/tcp', 'EXPOSE 9000-9010', 'CMD ["uvicorn", "a:app", "--port", "9005"]'))).toEqual([]);
  });

  it('does not catch EXPOSE ${PORT} with the same ENV', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PORT=8000', 'EXPOSE ${PORT}', 'CMD uvicorn api:app --port $PORT'))).toEqual([]);
  });

  it('does not catch an EXPOSE it cannot read (unset variable)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG APP_PORT', 'EXPOSE $APP_PORT', 'CMD ["uvicorn", "a:app", "--port", "8080"]'))).toEqual([]);
  });

  it('does not catch a server with an unknown port (node, $PORT in exec form)', () => {
    expect(positionsOf(ID, dockerfile('FROM node:20-slim', 'EXPOSE 3000', 'CMD ["node", "server.js"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'CMD ["uvicorn", "a:app", "--port", "$PORT"]'))).toEqual([]);
  });

  it('does not catch nginx with its own config copied in', () => {
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27', 'COPY nginx.conf /etc/nginx/nginx.conf', 'EXPOSE 8080', 'CMD ["nginx", "-g", "daemon off;"]'))).toEqual([]);
  });

  it('does not catch a missing EXPOSE (expose-missing reports it)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["uvicorn", "a:app", "--port", "8080"]'))).toEqual([]);
  });

  it('does not catch a builder stage server', () => {
    const src = dockerfile('FROM python:3.11-slim AS docs', 'EXPOSE 8000', 'CMD ["python", "-m", "http.server", "9999"]', 'FROM python:3.11-slim', 'EXPOSE 8000', 'CMD ["uvicorn", "a:app"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a script that is not a known server', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'CMD ["python", "src/api.py"]'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
