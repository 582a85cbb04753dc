import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/healthcheck-tool-missing';

const ID = 'healthcheck-tool-missing';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'missingTool', line, column, endLine: line, endColumn });
const CURL_CHECK = 'HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1';

/** The seed's question 10 "Complete Secure Dockerfile Example", verbatim. */
function seedSecureExample(): string {
  const seed = readFileSync(new URL('../../content/fixtures/01-docker.seed.md', import.meta.url), 'utf8');
  const heading = seed.indexOf('**10. Complete Secure Dockerfile Example**');
  const start = seed.indexOf('```dockerfile\n', heading) + '```dockerfile\n'.length;
  return seed.slice(start, seed.indexOf('```', start));
}

describe(ID, () => {
  it('catches curl on python:*-slim that never installs it, at the curl word', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', CURL_CHECK))).toEqual([at(2, 17, 21)]);
  });

  it('catches a tool named by its path, in exec form and in shell form', () => {
    const exec = 'HEALTHCHECK CMD ["/usr/bin/curl", "-f", "http://localhost:8000/health"]';
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', exec))).toEqual([at(2, 18, 33)]);
    const shell = 'HEALTHCHECK CMD /usr/bin/wget -qO- http://localhost:8000/health || exit 1';
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', shell))).toEqual([at(2, 17, 30)]);
  });

  it("catches the seed's question 10 complete secure example", () => {
    const src = seedSecureExample();
    const line = src.split('\n').findIndex((l) => l.includes('CMD curl -f')) + 1;
    expect(positionsOf(ID, src)).toEqual([at(line, 9, 13)]);
  });

  it('catches curl on alpine and on distroless, and wget on distroless', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-alpine', CURL_CHECK))).toEqual([at(2, 17, 21)]);
    expect(positionsOf(ID, dockerfile('FROM gcr.io/distroless/python3-debian12', 'HEALTHCHECK CMD ["wget", "-q", "http://localhost/"]'))).toEqual([at(2, 18, 24)]);
  });

  it('catches curl installed only in a builder stage', () => {
    const src = dockerfile('FROM python:3.11-slim AS build', 'RUN apt-get update && apt-get install -y curl', 'FROM python:3.11-slim', CURL_CHECK);
    expect(positionsOf(ID, src)).toEqual([at(4, 17, 21)]);
  });

  it('does not catch curl installed in the final stage (apt, apk, dnf, zypper, versions)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10', CURL_CHECK))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-alpine', 'RUN apk add --no-cache curl', CURL_CHECK))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN dnf in -y curl', CURL_CHECK))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN zypper install -y curl', CURL_CHECK))).toEqual([]);
  });

  it('does not catch curl installed in the stage the final one is built FROM', () => {
    const src = dockerfile('FROM python:3.11-slim AS base', 'RUN apt-get update && apt-get install -y curl', 'FROM base', CURL_CHECK);
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a curl binary copied in', () => {
    expect(positionsOf(ID, dockerfile('FROM gcr.io/distroless/base-debian12', 'COPY --from=curlimages/curl:8.8.0 /usr/bin/curl /usr/bin/curl', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]'))).toEqual([]);
  });

  it('does not catch wget on alpine (busybox ships it)', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1'))).toEqual([]);
  });

  it('does not catch curl on full images that ship it', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11', CURL_CHECK))).toEqual([]);
  });

  it('does not catch unknown base images', () => {
    expect(positionsOf(ID, dockerfile('FROM mycompany/python-base:1.0', CURL_CHECK))).toEqual([]);
  });

  it('does not catch a python health check', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD python -c "import urllib.request as u; u.urlopen(\'http://localhost:8000/\')"'))).toEqual([]);
  });

  it('does not catch HEALTHCHECK NONE or no HEALTHCHECK', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK NONE'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py"]'))).toEqual([]);
  });

  it('does not catch a builder-stage HEALTHCHECK', () => {
    const src = dockerfile('FROM python:3.11-slim AS dev', CURL_CHECK, 'FROM python:3.11', 'CMD ["python", "app.py"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch curl in a heredoc install', () => {
    const src = dockerfile('FROM debian:12-slim', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF', CURL_CHECK);
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch wget installed in the final stage (shell form, heredoc, exec-form check)', () => {
    const apt = 'RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*';
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', apt, 'HEALTHCHECK CMD wget -qO- http://localhost:8000/health || exit 1'))).toEqual([]);
    const heredoc = dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'apt-get update', 'apt-get install -y --no-install-recommends wget', 'EOF', 'HEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost:8000/health"]');
    expect(positionsOf(ID, heredoc)).toEqual([]);
  });

  it('does not catch wget on python:*-alpine (busybox ships it)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-alpine', 'HEALTHCHECK CMD wget -qO- http://localhost:8000/health || exit 1'))).toEqual([]);
  });

  it('does not catch curl installed over continuation lines with lower-case keywords', () => {
    const src = dockerfile(
      'from python:3.11-slim',
      'run apt-get update \\',
      '    && apt-get install -y --no-install-recommends \\',
      '       curl \\',
      '    && rm -rf /var/lib/apt/lists/*',
      'healthcheck cmd curl -f http://localhost:8000/health || exit 1',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch curl pinned to a version held in an ARG', () => {
    const src = dockerfile('FROM python:3.11-slim', 'ARG CURL_VERSION=7.88.1-10+deb12u5', 'RUN apt-get update && apt-get install -y --no-install-recommends curl=${CURL_VERSION}', CURL_CHECK);
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a curl binary copied from a builder stage in exec form', () => {
    const src = dockerfile(
      'FROM alpine:3.20 AS fetch',
      'RUN apk add --no-cache curl',
      'FROM gcr.io/distroless/base-debian12',
      'COPY --from=fetch ["/usr/bin/curl", "/usr/bin/curl"]',
      'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a health-check binary of its own on distroless', () => {
    expect(positionsOf(ID, dockerfile('FROM gcr.io/distroless/static-debian12', 'COPY healthcheck /app/healthcheck', 'HEALTHCHECK CMD ["/app/healthcheck"]'))).toEqual([]);
  });

  it('does not catch curl on node:* (a full image that ships it)', () => {
    expect(positionsOf(ID, dockerfile('FROM node:20', CURL_CHECK))).toEqual([]);
  });

  it('does not catch a curl check replaced by a later HEALTHCHECK, or by HEALTHCHECK NONE in the final stage', () => {
    const python = 'HEALTHCHECK CMD python -c "import urllib.request as u; u.urlopen(\'http://localhost:8000/\')"';
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', CURL_CHECK, python))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', CURL_CHECK, 'FROM base', 'HEALTHCHECK NONE'))).toEqual([]);
  });


  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
