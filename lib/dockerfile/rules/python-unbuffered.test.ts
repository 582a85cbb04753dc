import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/python-unbuffered';

const ID = 'python-unbuffered';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('python-unbuffered', () => {
  it('catches a python image without PYTHONUNBUFFERED', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py"]'))).toEqual([at('missing', 1, 1, 1, 22)]));
  it('catches ubuntu that installs and runs Python', () =>
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN apt-get update && apt-get install -y python3', 'CMD ["python3", "app.py"]'))).toEqual([
      at('missing', 1, 1, 1, 18),
    ]));
  it('catches an OS image whose package manager installs Python (apt, apk, dnf)', () => {
    for (const install of ['apt-get -o Acquire::Retries=3 install -y python3-pip', 'apk add --no-cache py3-numpy', 'dnf install -y python3.11']) {
      expect(positionsOf(ID, dockerfile('FROM debian:12', `RUN ${install}`)).map((f) => f.line), install).toEqual([1]);
    }
  });
  it('catches when only a builder stage sets it', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS build', 'ENV PYTHONUNBUFFERED=1', 'FROM python:3.11-slim', 'CMD ["python", "app.py"]'))).toEqual([
      at('missing', 3, 1, 3, 22),
    ]));
  it('catches a distroless python final stage', () =>
    expect(positionsOf(ID, dockerfile('FROM gcr.io/distroless/python3-debian12', 'COPY app.py /app/')).map((f) => f.line)).toEqual([1]));

  it('does not catch ENV PYTHONUNBUFFERED=1', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch the legacy ENV form', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED 1'))).toEqual([]));
  it('does not catch it among several pairs', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONDONTWRITEBYTECODE=1 \\', '    PYTHONUNBUFFERED=1'))).toEqual([]));
  it('does not catch it set in the parent stage', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'ENV PYTHONUNBUFFERED=1', 'FROM base', 'CMD ["python", "app.py"]'))).toEqual([]));
  it('does not catch python -u in exec form', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "-u", "app.py"]'))).toEqual([]));
  it('does not catch python -u in ENTRYPOINT', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["python3", "-u"]', 'CMD ["app.py"]'))).toEqual([]));
  it('does not catch python -u in shell form', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD python -u app.py'))).toEqual([]));
  it('does not catch a node image', () => expect(positionsOf(ID, dockerfile('FROM node:20-slim', 'CMD ["node", "server.js"]'))).toEqual([]));
  it('does not catch a Python builder stage whose result ships in nginx', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11 AS docs', 'RUN pip install --no-cache-dir mkdocs==1.6.0 && mkdocs build', 'FROM nginx:1.27', 'COPY --from=docs /site /usr/share/nginx/html'))).toEqual([]));
  it('does not catch an OS image without Python', () =>
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN apt-get update && apt-get install -y curl'))).toEqual([]));
  it('does not catch Python packages that are removed, or names that only start like one', () =>
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get purge -y python3 && apt-get install -y pythonista libpython3.11'))).toEqual([]));

  it('does not catch PYTHONUNBUFFERED set to any non-empty value, quoted or from an ARG (Python reads any, even 0, as on)', () => {
    for (const env of ['ENV PYTHONUNBUFFERED=0', 'ENV PYTHONUNBUFFERED=true', 'ENV PYTHONUNBUFFERED="1"', "ENV PYTHONUNBUFFERED='1'"]) {
      expect(positionsOf(ID, dockerfile('FROM python:3.12-slim', env, 'CMD ["python", "app.py"]')), env).toEqual([]);
    }
    expect(positionsOf(ID, dockerfile('FROM python:3.12-slim', 'ARG UNBUFFERED=1', 'ENV PYTHONUNBUFFERED=${UNBUFFERED}', 'CMD ["python", "app.py"]'))).toEqual([]);
  });
  it('does not catch the ENV in lower case, after the CMD, or on one line with other variables', () => {
    expect(positionsOf(ID, 'from python:3.12-slim\nenv PYTHONUNBUFFERED=1\ncmd ["python", "app.py"]\n')).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.12-slim', 'CMD ["python", "app.py"]', 'ENV PYTHONUNBUFFERED=1'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.12-slim', 'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1', 'CMD ["python", "app.py"]'))).toEqual([]);
  });
  it('does not catch it set in a stage further up the chain, or under an image chosen by an ARG', () => {
    const chain = dockerfile(
      'FROM python:3.12-slim AS base',
      'ENV PYTHONUNBUFFERED=1',
      'FROM base AS deps',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'FROM deps AS runtime',
      'CMD ["python", "app.py"]',
    );
    expect(positionsOf(ID, chain)).toEqual([]);
    const builderFirst = dockerfile(
      'FROM python:3.12 AS build',
      'RUN pip wheel --no-cache-dir -w /wheels -r requirements.txt',
      'FROM python:3.12-slim',
      'ENV PYTHONUNBUFFERED=1',
      'COPY --from=build /wheels /wheels',
      'CMD ["gunicorn", "app:app"]',
    );
    expect(positionsOf(ID, builderFirst)).toEqual([]);
    expect(positionsOf(ID, dockerfile('ARG PYTHON_VERSION=3.12', 'FROM python:${PYTHON_VERSION}-slim', 'ENV PYTHONUNBUFFERED=1', 'CMD ["python", "app.py"]'))).toEqual([]);
  });
  it('does not catch python -u in its other spellings (versioned, full path, clustered flags, -m, env)', () => {
    for (const cmd of [
      'CMD ["python3.12", "-u", "main.py"]',
      'CMD ["/usr/local/bin/python", "-u", "app.py"]',
      'ENTRYPOINT ["python", "-Bu", "app.py"]',
      'CMD ["python", "-u", "-m", "uvicorn", "main:app", "--host", "0.0.0.0"]',
      'ENTRYPOINT ["/usr/bin/env", "python3", "-u", "main.py"]',
      'CMD cd /app && python -u main.py',
      'CMD exec python3 -u app.py',
      'ENTRYPOINT python -u app.py',
    ]) {
      expect(positionsOf(ID, dockerfile('FROM python:3.12-slim', 'WORKDIR /app', cmd)), cmd).toEqual([]);
    }
  });
  it('does not catch PYTHONUNBUFFERED=1 given to the command of a shell-form CMD', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.12-slim', 'CMD PYTHONUNBUFFERED=1 gunicorn -b 0.0.0.0:8000 app:app'))).toEqual([]));
  it('does not catch vendor Python images (pytorch, jupyter, distroless) that set it', () => {
    for (const image of ['pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime', 'quay.io/jupyter/scipy-notebook:2024-05-27', 'gcr.io/distroless/python3-debian12']) {
      expect(positionsOf(ID, dockerfile(`FROM ${image}`, 'ENV PYTHONUNBUFFERED=1', 'COPY serve.py /app/', 'CMD ["/app/serve.py"]')), image).toEqual([]);
    }
  });
  it('does not catch images that ship no Python', () => {
    for (const src of [
      dockerfile('FROM golang:1.22 AS build', 'RUN CGO_ENABLED=0 go build -o /server .', 'FROM gcr.io/distroless/static-debian12', 'COPY --from=build /server /', 'CMD ["/server"]'),
      dockerfile('FROM eclipse-temurin:21-jre', 'COPY app.jar /app.jar', 'CMD ["java", "-jar", "/app.jar"]'),
      dockerfile('FROM python:3.12 AS build', 'RUN pip install --no-cache-dir pyinstaller && pyinstaller --onefile cli.py', 'FROM scratch', 'COPY --from=build /dist/cli /cli', 'ENTRYPOINT ["/cli"]'),
      dockerfile('FROM alpine:3.20', 'COPY python-exporter /usr/local/bin/', 'CMD ["python-exporter", "--port", "9100"]'),
      dockerfile('FROM nginx:1.27', '# The docs site is built by a Python tool in CI', 'LABEL org.opencontainers.image.description="Docs of the python client"', 'COPY site/ /usr/share/nginx/html/'),
      dockerfile('FROM alpine:3.20 AS base', 'COPY app /usr/local/bin/app', 'FROM base AS test', 'RUN apk add --no-cache python3 && python3 -m unittest', 'FROM base', 'CMD ["app"]'),
      dockerfile('ARG BASE=node:20-slim', 'FROM ${BASE}', 'COPY . .', 'CMD ["node", "server.js"]'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });
  it('does not catch a Python heredoc in a builder stage whose output ships in nginx', () => {
    const src = dockerfile(
      'FROM python:3.12-slim AS gen',
      'RUN <<EOF',
      'pip install --no-cache-dir jinja2==3.1.4',
      'python render.py --out /out',
      'EOF',
      'FROM nginx:1.27-alpine',
      'COPY --from=gen /out /usr/share/nginx/html',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch Python installed as a build dependency and removed in the same RUN (node and postgres images)', () => {
    const virtual = 'RUN apk add --no-cache --virtual .build-deps python3 make g++ && make && apk del .build-deps';
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', virtual, 'CMD ["node"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y python3-dev gcc && make && apt-get purge -y python3-dev gcc'))).toEqual([]);
  });
  it('catches Python a build keeps: removed in a later RUN, or only part of it removed', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add --virtual .deps python3', 'RUN apk del .deps')).map((f) => f.line)).toEqual([1]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y python3 python3-dev && apt-get purge -y python3-dev')).map((f) => f.line)).toEqual([1]);
  });
  it('inserts ENV PYTHONUNBUFFERED=1 after FROM, and the finding goes away', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py"]'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1', 'CMD ["python", "app.py"]'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(positionsOf('syntax-error', out)).toEqual([]);
  });
  it('inserts after a FROM continued onto a second line', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim \\', '    AS app', 'CMD ["python", "app.py"]'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim \\', '    AS app', 'ENV PYTHONUNBUFFERED=1', 'CMD ["python", "app.py"]'));
  });
  it('offers no fix when FROM ends the file on a dangling "\\" (the ENV would continue the FROM)', () => {
    const [finding] = findingsOf(ID, 'FROM python:3.11-slim \\');
    expect(finding?.rule).toBe(ID);
    expect(finding?.fix).toBeUndefined();
  });
  it('offers no fix when blanks follow that dangling "\\", or comment lines do', () => {
    for (const source of ['FROM python:3.11-slim \\  ', 'FROM python:3.11-slim \\\t', dockerfile('FROM python:3.11-slim \\', '# a comment')]) {
      const [finding] = findingsOf(ID, source);
      expect(finding?.rule).toBe(ID);
      expect(finding?.fix).toBeUndefined();
    }
  });
  it('writes the ENV in the casing most of the file uses', () => {
    expect(fixed(ID, 'from python:3.11-slim\ncmd ["python", "app.py"]')).toBe('from python:3.11-slim\nenv PYTHONUNBUFFERED=1\ncmd ["python", "app.py"]');
    expect(fixed(ID, 'FROM python:3.11-slim\nworkdir /app\nCMD ["python", "app.py"]')).toBe('FROM python:3.11-slim\nENV PYTHONUNBUFFERED=1\nworkdir /app\nCMD ["python", "app.py"]');
  });
  it('still fixes a FROM followed by a CMD that ends the file on a dangling "\\"', () => {
    const out = fixed(ID, 'FROM python:3.11-slim\nCMD ["python", "app.py"] \\ ');
    expect(out).toBe('FROM python:3.11-slim\nENV PYTHONUNBUFFERED=1\nCMD ["python", "app.py"] \\ ');
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
