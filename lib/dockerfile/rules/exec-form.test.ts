import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/exec-form';

const ID = 'exec-form';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'shellForm', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches CMD in shell form, at its arguments', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD python app.py'))).toEqual([at(2, 5, 18)]);
  });

  it('catches ENTRYPOINT in shell form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT python app.py'))).toEqual([at(2, 12, 25)]);
  });

  it('catches shell form with operators and variables (without offering a fix)', () => {
    const src = dockerfile('FROM python:3.11-slim', 'CMD uvicorn api:app --port $PORT && echo done');
    expect(positionsOf(ID, src)).toEqual([at(2, 5, 46)]);
    expect(findingsOf(ID, src)[0]?.fix).toBeUndefined();
  });

  it('fixes simple words into a JSON array; analysing again finds nothing and no syntax error', () => {
    const src = dockerfile('FROM python:3.11-slim', 'CMD python app.py --workers 2');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py", "--workers", "2"]'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(analyze(out).findings.filter((f) => f.rule === 'syntax-error' || f.rule === 'json-args-invalid')).toEqual([]);
  });

  it('fixes quoted words by unquoting them', () => {
    const src = dockerfile('FROM nginx:1.27', "CMD nginx -g 'daemon off;'");
    expect(fixed(ID, src)).toBe(dockerfile('FROM nginx:1.27', 'CMD ["nginx", "-g", "daemon off;"]'));
  });

  it('fixes quotes inside a word and shell syntax inside quotes; single quotes keep $ and \\ literal', () => {
    const src = dockerfile('FROM python:3.11-slim', `CMD python app.py --name="my app" "a|b;c" '$HOME\\x' ''`);
    expect(fixed(ID, src)).toBe(dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py", "--name=my app", "a|b;c", "$HOME\\\\x", ""]'));
  });

  it('does not offer a fix for an open quote, or a double-quoted expansion or escape', () => {
    for (const args of ['python "app.py', "python 'app.py", 'python "a\\"b"', 'python "`id`"']) {
      const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', `CMD ${args}`));
      expect(finding?.fix).toBeUndefined();
    }
  });

  it('fixes a continued line into one array', () => {
    const src = dockerfile('FROM python:3.11-slim', 'CMD uvicorn api:app \\', '    --host 0.0.0.0');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'CMD ["uvicorn", "api:app", "--host", "0.0.0.0"]'));
    expect(positionsOf(ID, out)).toEqual([]);
  });

  it('does not offer a fix for globs, redirections, substitutions or VAR=x prefixes', () => {
    for (const args of ['python *.py', 'python app.py > /log', 'python $(cat entry)', 'APP_ENV=prod python app.py', 'echo "$HOME"']) {
      const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', `CMD ${args}`));
      expect(finding?.fix).toBeUndefined();
    }
  });

  it('does not offer a fix for an ENTRYPOINT when a CMD exists (exec form would start passing CMD to it)', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT python app.py', 'CMD ["--help"]'));
    expect(finding?.fix).toBeUndefined();
  });

  it('weighs the CMD in force: one written before the ENTRYPOINT in its stage counts, one inherited and reset by it does not', () => {
    const [before] = findingsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["--help"]', 'ENTRYPOINT python app.py'));
    expect(before?.fix).toBeUndefined();
    const [inherited] = findingsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'CMD ["--help"]', 'FROM base', 'ENTRYPOINT python app.py'));
    expect(inherited?.fix?.edits[0]?.text).toBe('["python", "app.py"]');
  });

  it('does not catch exec form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["python"]', 'CMD ["app.py"]'))).toEqual([]);
  });

  it('does not catch invalid JSON (json-args-invalid reports it)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', "CMD ['python', 'app.py']"))).toEqual([]);
  });

  it('does not catch shell form that starts with exec (the app replaces the shell)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD exec uvicorn api:app --port $PORT'))).toEqual([]);
  });

  it('does not catch RUN in shell form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir flask==3.0.0'))).toEqual([]);
  });

  it('does not catch HEALTHCHECK CMD in shell form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1'))).toEqual([]);
  });

  it('does not catch sh -c in exec form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["sh", "-c", "exec uvicorn api:app --port $PORT"]'))).toEqual([]);
  });

  it('does not catch the seed ENTRYPOINT + CMD pattern', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.9-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--model", "random_forest", "--epochs", "100"]'))).toEqual([]);
  });

  it('does not catch an empty file', () => {
    expect(positionsOf(ID, '')).toEqual([]);
  });

  it('does not catch the exec-form rewrite of each shell form it catches', () => {
    for (const src of [
      dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py"]'),
      dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["python", "app.py"]'),
      dockerfile('FROM nginx:1.27', 'CMD ["nginx", "-g", "daemon off;"]'),
      dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["python", "app.py"]', 'CMD ["--help"]'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch exec-form commands of common servers and runtimes', () => {
    for (const src of [
      dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', 'CMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8000"]'),
      dockerfile('FROM node:20-alpine', 'WORKDIR /app', 'COPY . .', 'CMD ["node", "server.js"]'),
      dockerfile('FROM eclipse-temurin:21-jre', 'COPY app.jar /app.jar', 'ENTRYPOINT ["java", "-jar", "/app.jar"]'),
      dockerfile('FROM gcr.io/distroless/static-debian12', 'COPY --from=build /out/server /server', 'ENTRYPOINT ["/server"]'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch an init process as exec-form ENTRYPOINT with the app as exec-form CMD', () => {
    const src = dockerfile('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*', 'ENTRYPOINT ["/usr/bin/tini", "--"]', 'CMD ["python", "app.py"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch an entrypoint script in exec form whose CMD are its arguments', () => {
    const src = dockerfile('FROM postgres:16', 'COPY docker-entrypoint.sh /usr/local/bin/', 'ENTRYPOINT ["docker-entrypoint.sh"]', 'CMD ["postgres"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a shell deliberately run in exec form', () => {
    for (const src of [
      dockerfile('FROM debian:12-slim', 'ENTRYPOINT ["/bin/bash", "-c"]', 'CMD ["echo hello"]'),
      dockerfile('FROM python:3.11-slim', 'ENV PORT=8000', 'CMD ["/bin/sh", "-c", "exec gunicorn -b 0.0.0.0:${PORT} app:app"]'),
      dockerfile('FROM debian:12-slim', 'CMD ["bash"]'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch exec form that names a variable (no shell expands it, but the form is right)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG APP=app.py', 'ENV APP=$APP', 'CMD ["python", "$APP"]'))).toEqual([]);
  });

  it('does not catch shell form that execs the app, in its other spellings', () => {
    for (const src of [
      dockerfile('FROM eclipse-temurin:21-jre', 'ENTRYPOINT exec java $JAVA_OPTS -jar /app.jar'),
      dockerfile('FROM python:3.11-slim', 'CMD exec uvicorn api:app \\', '    --host 0.0.0.0 --port ${PORT:-8000}'),
      dockerfile('FROM node:20-slim', 'cmd exec node server.js'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch lower-case keywords in exec form', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'entrypoint ["python"]', 'cmd ["app.py"]'))).toEqual([]);
  });

  it('does not catch exec form spread over continuation lines, with a comment between them', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["uvicorn", "api:app", \\', '     "--host", "0.0.0.0"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["gunicorn", \\', '# bind on every interface', '    "-b", "0.0.0.0:8000", "app:app"]'))).toEqual([]);
  });

  it('does not catch exec form with a backtick escape directive', () => {
    const src = dockerfile('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'CMD ["powershell", "-Command", `', '    "Start-Sleep -Seconds 3600"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch empty arrays that reset the inherited command', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT []', 'CMD ["python", "app.py"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27', 'CMD []'))).toEqual([]);
  });

  it('does not catch a trailing comma in an array (json-args-invalid reports it)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py",]'))).toEqual([]);
  });

  it('does not catch HEALTHCHECK in exec form, with options, or turned off', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/\')"]', 'CMD ["python", "app.py"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27', 'HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27', 'HEALTHCHECK NONE'))).toEqual([]);
  });

  it('does not catch shell-form RUN and SHELL before an exec-form CMD', () => {
    const src = dockerfile('FROM python:3.11-slim', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN curl -fsSL https://example.com/get.sh | bash', 'CMD ["python", "app.py"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a command written in a heredoc file or a RUN heredoc', () => {
    const script = dockerfile('FROM python:3.11-slim', 'COPY --chmod=755 <<EOF /start.sh', '#!/bin/sh', 'python migrate.py', 'exec python app.py', 'EOF', 'CMD ["/start.sh"]');
    expect(positionsOf(ID, script)).toEqual([]);
    const run = dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'echo "CMD python app.py" > /usr/share/doc/howto.txt', 'EOF', 'CMD ["python", "app.py"]');
    expect(positionsOf(ID, run)).toEqual([]);
  });

  it('does not catch CMD or ENTRYPOINT that only appears in text: a comment, an ENV value', () => {
    for (const src of [
      dockerfile('FROM python:3.11-slim', '# CMD python app.py', 'CMD ["python", "app.py"]'),
      dockerfile('FROM python:3.11-slim', 'ENV ENTRYPOINT="python app.py"', 'ENTRYPOINT ["python", "app.py"]'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch a Dockerfile that keeps the base image command', () => {
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27-alpine', 'COPY site/ /usr/share/nginx/html/'))).toEqual([]);
  });

  it('does not catch multi-stage builds whose every stage uses exec form', () => {
    const src = dockerfile(
      'FROM golang:1.22 AS build',
      'WORKDIR /src',
      'COPY . .',
      'RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server',
      'FROM gcr.io/distroless/static-debian12',
      'COPY --from=build /out/server /server',
      'USER nonroot',
      'ENTRYPOINT ["/server"]',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
