import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/json-args-invalid';

const ID = 'json-args-invalid';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('json-args-invalid', () => {
  it('catches single quotes', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', "CMD ['python', 'app.py']"))).toEqual([at('singleQuotes', 2, 5, 2, 25)]);
  });
  it('catches a trailing comma', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["python", "app.py",]'))).toEqual([at('trailingComma', 2, 12, 2, 33)]);
  });
  it('catches a missing comma', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python" "app.py"]')).map((f) => f.messageId)).toEqual(['invalid']);
  });
  it('catches RUN in broken exec form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', "RUN ['pip', 'install', 'flask==3.0.0']")).map((f) => f.messageId)).toEqual([
      'singleQuotes',
    ]);
  });

  it('catches broken exec form wrapped by ONBUILD and HEALTHCHECK CMD', () => {
    const src = dockerfile('FROM python:3.11-slim', "ONBUILD CMD ['python', 'app.py']", "HEALTHCHECK CMD ['curl', '-f', 'http://localhost/']");
    expect(positionsOf(ID, src).map((f) => [f.messageId, f.line, f.column])).toEqual([
      ['singleQuotes', 2, 13],
      ['singleQuotes', 3, 17],
    ]);
  });

  it('does not catch valid exec form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py"]', 'ENTRYPOINT ["python"]'))).toEqual([]);
  });
  it('does not catch shell form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD python app.py', "RUN echo 'a, b'"))).toEqual([]);
  });
  it('catches a missing comma between spaced brackets', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD [ "python" "app.py" ]')).map((f) => f.messageId)).toEqual(['invalid']);
  });
  it('does not catch the shell test command on a quoted word (the multi-arch idiom)', () => {
    const src = dockerfile('FROM python:3.11-slim', 'ARG TARGETARCH', 'RUN [ "$TARGETARCH" = "arm64" ] && echo arm || echo other', 'RUN [ "$(uname -m)" = "x86_64" ] || exit 1');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch shell form that happens to contain brackets later', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN test -f /a && echo [ok]'))).toEqual([]);
  });
  it('does not catch an empty JSON array', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD []'))).toEqual([]);
  });
  it('does not catch escaped quotes inside valid JSON', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "-c", "print(\\"hi\\")"]'))).toEqual([]);
  });
  it('does not catch valid JSON spread over continuation lines', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["uvicorn", "main:app", \\', '     "--port", "8000"]'))).toEqual([]);
  });
  it('does not catch a valid VOLUME or SHELL array', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'VOLUME ["/data"]', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]'))).toEqual([]);
  });
  it('does not catch a valid HEALTHCHECK CMD array', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]'))).toEqual([]);
  });

  it('does not catch valid exec form of RUN, COPY and ADD, flags before the array included', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN ["pip", "install", "--no-cache-dir", "flask==3.0.0"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY --chown=app:app ["my notes.txt", "config.yaml", "/app/"]', 'ADD ["vendor.tar.gz", "/opt/"]'))).toEqual([]);
  });
  it('does not catch single quotes, commas and brackets inside double-quoted strings', () => {
    for (const line of [
      'CMD ["sh", "-c", "echo \'hello, world\'"]',
      'CMD ["python", "-c", "print([1, 2,])"]',
      'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]',
    ]) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', line)), line).toEqual([]);
    }
  });
  it('does not catch unicode, escaped backslashes, empty strings and variables in valid JSON', () => {
    for (const line of ['CMD ["echo", "xin chào", "\\u00e9"]', 'ENTRYPOINT ["C:\\\\app\\\\run.exe", ""]', 'CMD ["python", "$APP_MODULE"]']) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', line)), line).toEqual([]);
    }
  });
  it('does not catch valid JSON written in lower case, or wrapped by ONBUILD and HEALTHCHECK with options', () => {
    expect(positionsOf(ID, 'from python:3.11-slim\ncmd ["python", "app.py"]\n')).toEqual([]);
    const wrapped = dockerfile(
      'FROM python:3.11-slim',
      'ONBUILD COPY ["requirements.txt", "/app/"]',
      'ONBUILD RUN ["pip", "install", "-r", "/app/requirements.txt"]',
      'HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-f", "http://localhost:8000/health"]',
    );
    expect(positionsOf(ID, wrapped)).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK NONE'))).toEqual([]);
  });
  it('does not catch more shell test commands that start with [, the bash [[ … ]] included', () => {
    for (const line of ['RUN [ -f /etc/os-release ] && cat /etc/os-release', 'RUN [ -d /app/static ] || mkdir -p /app/static', 'RUN [ "$(id -u)" -eq 0 ]']) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', line)), line).toEqual([]);
    }
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'SHELL ["/bin/bash", "-c"]', 'RUN [[ "$TARGETARCH" == arm* ]] && echo arm || echo amd'))).toEqual([]);
  });
  it('does not catch JSON-looking text in shell form or in instructions that take no JSON', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo \'["a", "b",]\' > /app/list.json', "CMD echo \"['x']\""))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', "ENV ALLOWED_HOSTS=['localhost','127.0.0.1']", 'LABEL tags="[ml, api,]"', "ARG EXTRAS=['gpu']"))).toEqual([]);
  });
  it('does not catch a heredoc whose body holds broken JSON', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY <<EOF /app/args.txt', "['python', 'app.py',]", 'EOF'))).toEqual([]);
  });

  it('fixes single quotes into JSON, and the finding goes away', () => {
    const src = dockerfile('FROM python:3.11-slim', "CMD ['python', 'app.py']");
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py"]'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(positionsOf('syntax-error', out)).toEqual([]);
  });
  it('fixes a trailing comma', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py",]'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py"]'));
    expect(positionsOf(ID, out)).toEqual([]);
  });
  it('offers no fix when the intent is unclear', () => {
    expect(findingsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python" "app.py"]'))[0]?.fix).toBeUndefined();
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
