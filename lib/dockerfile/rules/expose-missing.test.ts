import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/expose-missing';

const ID = 'expose-missing';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'missing', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches a server on an explicit port with no EXPOSE, at the port word', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["uvicorn", "api:app", "--port", "8000"]'))).toEqual([at(2, 38, 44)]);
  });

  it('catches a server on its default port, at the server word', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD streamlit run app.py'))).toEqual([at(2, 5, 14)]);
  });

  it('catches a server started through ENTRYPOINT + CMD', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["gunicorn"]', 'CMD ["-b", "0.0.0.0:8000", "app:app"]'))).toEqual([at(3, 12, 26)]);
  });

  it('catches Apache started on a base that does not declare its port', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:bookworm-slim', 'CMD ["apache2-foreground"]'))).toEqual([at(2, 6, 26)]);
  });

  it('does not catch a server with an EXPOSE', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'CMD ["uvicorn", "api:app"]'))).toEqual([]);
  });

  it('does not catch an EXPOSE inherited from the base stage', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'EXPOSE 8000', 'FROM base', 'CMD ["uvicorn", "api:app"]'))).toEqual([]);
  });

  it('does not catch a server whose port is unknown (node)', () => {
    expect(positionsOf(ID, dockerfile('FROM node:20-slim', 'CMD ["node", "server.js"]'))).toEqual([]);
  });

  it('does not catch nginx on the nginx image (the image declares its port)', () => {
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27-alpine', 'COPY site/ /usr/share/nginx/html/', 'CMD ["nginx", "-g", "daemon off;"]'))).toEqual([]);
  });

  it('does not catch Apache on an official Apache variant (php:…-apache declares EXPOSE 80)', () => {
    expect(positionsOf(ID, dockerfile('FROM php:8.3-apache', 'COPY src/ /var/www/html/', 'CMD ["apache2-foreground"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM wordpress:php8.3-apache', 'CMD ["apache2-foreground"]'))).toEqual([]);
  });

  it('does not catch a script or batch job', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "train.py"]'))).toEqual([]);
  });

  it('does not catch a server in a builder stage only', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS dev', 'CMD ["uvicorn", "api:app"]', 'FROM python:3.11-slim', 'CMD ["python", "job.py"]'))).toEqual([]);
  });

  it('does not catch a Unix-socket server', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["gunicorn", "-b", "unix:/run/app.sock", "app:app"]'))).toEqual([]);
  });

  it('does not catch a file without CMD', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN true'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
