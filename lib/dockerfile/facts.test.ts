import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { facts, factsById, secretWrittenToImage } from './facts';

const df = (...lines: string[]) => `${lines.join('\n')}\n`;

function evaluate(id: string, source: string) {
  const fact = factsById.get(id);
  if (!fact) throw new Error(`no fact ${id}`);
  return fact.evaluate(analyze(source));
}

const HEALTH = 'HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"';

/** [fact, Dockerfiles that show it, Dockerfiles that do not]. */
const table: [string, string[], string[]][] = [
  [
    'multi-stage',
    [
      df('FROM python:3.11 AS builder', 'RUN pip wheel -w /w numpy==1.26.4', 'FROM python:3.11-slim', 'COPY --from=builder /w /w'),
      df('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY --from=0 /w /w'),
      // Stage names are case-insensitive.
      df('FROM python:3.11 AS Builder', 'FROM python:3.11-slim', 'COPY --from=builder /w /w'),
    ],
    [
      df('FROM python:3.11-slim'),
      df('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY src/ ./src/'),
      // Built FROM the builder: the final image carries all of it.
      df('FROM python:3.11 AS builder', 'RUN apt-get install -y build-essential', 'FROM builder', 'CMD ["python", "app.py"]'),
      // An external image, not a stage of this file.
      df('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY --from=nginx:1.27 /etc/nginx /etc/nginx'),
    ],
  ],
  [
    'healthcheck',
    [
      df('FROM python:3.11-slim', HEALTH),
      df('FROM python:3.11-slim AS base', HEALTH, 'FROM base'),
      // curl where the image has it: installed, or a base that ships it.
      df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*', 'HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1'),
      df('FROM python:3.11', 'HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1'),
    ],
    [
      df('FROM python:3.11-slim'),
      df('FROM python:3.11-slim', 'HEALTHCHECK NONE'),
      // Docker keeps the last HEALTHCHECK: NONE turns off the one the base stage set.
      df('FROM python:3.11-slim AS base', HEALTH, 'FROM base', 'HEALTHCHECK NONE'),
      // No CMD: the image does not build.
      df('FROM python:3.11-slim', 'HEALTHCHECK --interval=30s curl -f http://localhost:8000/health'),
      // A builder stage's HEALTHCHECK does not ship.
      df('FROM python:3.11 AS builder', HEALTH, 'FROM python:3.11-slim'),
      // The slim image has neither curl nor wget: every check fails, the container is always "unhealthy",
      // also when an ignore comment silences the finding.
      df('FROM python:3.11-slim', 'HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1'),
      df('FROM python:3.11-slim', '# hocdocker-ignore healthcheck-tool-missing', 'HEALTHCHECK --interval=30s \\', '  CMD wget -qO- http://localhost:8000/health || exit 1'),
    ],
  ],
  ['workdir', [df('FROM python:3.11-slim', 'WORKDIR /app'), df('FROM python:3.11-slim AS b', 'WORKDIR /app', 'FROM b')], [df('FROM python:3.11-slim'), df('FROM python:3.11 AS b', 'WORKDIR /app', 'FROM python:3.11-slim')]],
  ['expose', [df('FROM python:3.11-slim', 'EXPOSE 8000')], [df('FROM python:3.11-slim'), df('FROM python:3.11 AS b', 'EXPOSE 8000', 'FROM python:3.11-slim')]],
  [
    'command-defined',
    [
      df('FROM python:3.11-slim', 'CMD ["python", "app.py"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "app.py"]'),
      // Blanks inside arguments, or in a command sh splits, are the program's business.
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python"]', 'CMD ["src/serve.py --debug"]'),
      df('FROM python:3.11-slim', 'CMD ["sh", "-c", "python app.py"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT python app.py'),
      df('FROM python:3.11-slim', 'ENTRYPOINT python -u', 'CMD ["python app.py"]'),
    ],
    [
      df('FROM python:3.11-slim'),
      df('FROM python:3.11 AS b', 'CMD ["python", "app.py"]', 'FROM python:3.11-slim'),
      // A whole command line as the program: Docker execs "python app.py" and finds no such file.
      df('FROM python:3.11-slim', 'CMD ["python app.py"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python "]', 'CMD ["app.py"]'),
      df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y tini', 'ENTRYPOINT ["tini", "--", "python app.py"]'),
      // `ENTRYPOINT []` leaves CMD the command.
      df('FROM python:3.11-slim', 'ENTRYPOINT []', 'CMD ["python app.py"]'),
      df('FROM python:3.11-slim AS base', 'CMD ["python app.py"]', 'FROM base'),
    ],
  ],
  ['label', [df('FROM python:3.11-slim', 'LABEL version="1.0"')], [df('FROM python:3.11-slim')]],
  ['volume', [df('FROM python:3.11-slim', 'VOLUME ["/app/models"]')], [df('FROM python:3.11-slim')]],
  [
    'comments',
    [df('# API image', 'FROM python:3.11-slim'), df('FROM python:3.11-slim', '  # indented, after FROM')],
    [
      df('FROM python:3.11-slim'),
      // Parser directives, ignore pragmas and empty comments explain nothing.
      df('# syntax=docker/dockerfile:1', 'FROM python:3.11-slim'),
      df('FROM python:3.11-slim', '# hocdocker-ignore non-root-user', '# hadolint ignore=DL3002', '#', 'USER root'),
    ],
  ],
  [
    'env-config',
    [df('FROM python:3.11-slim', 'ENV MODEL_PATH=/app/models/model.pkl'), df('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1 LOG_LEVEL=info')],
    [
      df('FROM python:3.11-slim'),
      // Interpreter and tool switches are not the app's configuration.
      df('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1'),
      df('FROM python:3.11-slim', 'ENV PATH=/opt/venv/bin:$PATH PYTHONPATH=/app VIRTUAL_ENV=/opt/venv'),
      df('FROM python:3.11-slim', 'ENV PIP_DEFAULT_TIMEOUT=100 PIP_DISABLE_PIP_VERSION_CHECK=on UV_COMPILE_BYTECODE=1'),
    ],
  ],
  [
    'build-deps-removed',
    [
      df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 && rm -rf /var/lib/apt/lists/*'),
      // Removed in the same RUN: the layer never holds them.
      df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y gcc && pip install --no-cache-dir numpy==1.26.4 && apt-get purge -y --auto-remove gcc'),
      df('FROM python:3.11-alpine', 'RUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install --no-cache-dir numpy==1.26.4 && apk del .build-deps'),
      df('FROM python:3.11-slim', 'RUN microdnf install -y gcc && microdnf remove -y gcc'),
      // Only the builder stage has them.
      df('FROM python:3.11 AS builder', 'RUN apt-get install -y build-essential', 'FROM python:3.11-slim'),
    ],
    [
      df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y build-essential'),
      df('FROM python:3.11-slim', 'RUN apt-get -y install gcc=4:12.2.0-3 libpq-dev'),
      // Removed in a later RUN: the earlier layer still holds them.
      df('FROM python:3.11-slim', 'RUN apt-get install -y gcc', 'RUN apt-get purge -y gcc'),
      df('FROM python:3.11 AS builder', 'RUN apt-get install -y build-essential', 'FROM builder'),
    ],
  ],
  [
    'layer-order',
    [
      df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y libgomp1', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY src/ ./src/'),
      df('FROM python:3.11-slim', 'COPY --from=ghcr.io/astral-sh/uv:0.4.0 /uv /bin/uv', 'RUN apt-get install -y libgomp1'),
    ],
    [
      df('FROM python:3.11-slim', 'COPY . .', 'RUN apt-get update && apt-get install -y libgomp1'),
      df('FROM python:3.11-slim', 'COPY . .', 'RUN pip install -r requirements.txt'),
    ],
  ],
  [
    'model-at-runtime',
    [
      df('FROM python:3.11-slim', 'VOLUME /app/models'),
      df('FROM python:3.11-slim', 'ENV MODEL_URL=s3://bucket/model.pkl'),
      df('FROM python:3.11-slim', 'CMD ["sh", "-c", "python download_model.py && uvicorn src.api:app --host 0.0.0.0"]'),
    ],
    [
      df('FROM python:3.11-slim'),
      df('FROM python:3.11-slim', 'COPY models/model.pkl ./models/', 'VOLUME /app/models'),
      df('FROM python:3.11-slim', 'RUN huggingface-cli download org/model', 'ENV MODEL_PATH=/root/.cache/huggingface'),
    ],
  ],
];

describe('facts', () => {
  for (const [id, showing, notShowing] of table) {
    it(`${id}: passes when the Dockerfile shows it`, () => {
      for (const source of showing) {
        const result = evaluate(id, source);
        expect(result.pass, `${source}\n${result.why}`).toBe(true);
        expect(result.why).not.toBe('');
      }
    });
    it(`${id}: fails with a reason when it does not`, () => {
      for (const source of notShowing) {
        const result = evaluate(id, source);
        expect(result.pass, `${source}\n${result.why}`).toBe(false);
        expect(result.why).not.toBe('');
      }
    });
  }

  it('covers every fact in the table', () => {
    expect(new Set(table.map(([id]) => id))).toEqual(new Set(facts.map((fact) => fact.id)));
  });

  it('says why a final stage built FROM the builder is not a multi-stage build, and where', () => {
    const result = evaluate('multi-stage', df('FROM python:3.11 AS builder', 'RUN pip install numpy==1.26.4', 'FROM builder', 'CMD ["python", "app.py"]'));
    expect(result.why).toContain('FROM builder');
    expect(result.why).toContain('COPY --from=builder');
    expect(result.lines).toEqual([3]);
  });

  it('says which tool a HEALTHCHECK calls that the image lacks', () => {
    const result = evaluate('healthcheck', df('FROM python:3.11-slim', 'WORKDIR /app', 'HEALTHCHECK CMD curl -f http://localhost:8000/health'));
    expect(result.pass).toBe(false);
    expect(result.why).toContain('Dòng 3: HEALTHCHECK gọi curl');
    expect(result.lines).toEqual([3]);
  });

  describe('a HEALTHCHECK that asks another port than the server listens on', () => {
    const UVICORN = 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]';
    it.each([
      ['another port', df('FROM python:3.11-slim', HEALTH.replace('8000', '8080'), UVICORN), 'cổng 8080'],
      ['no port (80)', df('FROM python:3.11-slim', HEALTH.replace(':8000', ''), UVICORN), 'cổng 80'],
      ['a shell-form check', df('FROM python:3.11-slim', 'HEALTHCHECK CMD python -c "import urllib.request as u; u.urlopen(\'http://127.0.0.1:9000/health\')" || exit 1', UVICORN), 'cổng 9000'],
      ['the port uvicorn takes from UVICORN_PORT', df('FROM python:3.11-slim', 'ENV UVICORN_PORT=9000', HEALTH, 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0"]'), 'lắng nghe cổng 9000'],
    ])('fails %s: the container is always unhealthy', (_, source, says) => {
      const result = evaluate('healthcheck', source);
      expect(result.pass).toBe(false);
      expect(result.why).toContain(says);
      expect(result.why).toContain('unhealthy');
    });

    it.each([
      ['the same port', df('FROM python:3.11-slim', HEALTH, UVICORN)],
      ['a port from a variable', df('FROM python:3.11-slim', 'ENV PORT=8000', 'HEALTHCHECK CMD python -c "import urllib.request as u; u.urlopen(f\'http://localhost:$PORT/health\')"', 'CMD uvicorn src.api:app --host 0.0.0.0 --port $PORT')],
      ['a server whose port is not known', df('FROM python:3.11-slim', HEALTH.replace('8000', '8080'), 'CMD ["python", "serve.py"]')],
      ['another host', df('FROM python:3.11-slim', HEALTH.replace('localhost:8000', 'metrics.internal:9100'), UVICORN)],
      // click keeps the last --port: the CMD's 8000 after the ENTRYPOINT's 9000.
      ['the port a CMD sets last', df('FROM python:3.11-slim', HEALTH, 'ENTRYPOINT ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "9000"]', 'CMD ["--port", "8000"]')],
      ['the port uvicorn takes from UVICORN_PORT', df('FROM python:3.11-slim', 'ENV UVICORN_PORT=9000', HEALTH.replace('8000', '9000'), 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0"]')],
      ['a --port that wins over UVICORN_PORT', df('FROM python:3.11-slim', 'ENV UVICORN_PORT=9000', HEALTH, UVICORN)],
    ])('passes %s', (_, source) => {
      expect(evaluate('healthcheck', source).pass).toBe(true);
    });
  });

  it('points at the HEALTHCHECK that decides', () => {
    const result = evaluate('healthcheck', df('FROM python:3.11-slim AS base', HEALTH, 'FROM base', 'HEALTHCHECK NONE'));
    expect(result.lines).toEqual([4]);
    expect(result.why).toContain('HEALTHCHECK NONE');
  });
});

describe('a build secret written out of its mount into the image', () => {
  const leak = (...lines: string[]) => secretWrittenToImage(analyze(df('FROM python:3.11-slim', 'WORKDIR /app', ...lines, 'CMD ["python", "serve.py"]')).ast);

  it.each([
    ['copied with cp', ['RUN --mount=type=secret,id=hf_token cp /run/secrets/hf_token /app/token'], 3, '/app/token'],
    ['printed into a file', ['RUN --mount=type=secret,id=hf_token cat /run/secrets/hf_token > /app/.hf_token'], 3, '/app/.hf_token'],
    ['appended after a command that uses it', ['RUN --mount=type=secret,id=tok pip install x && echo "$(cat /run/secrets/tok)" >> /root/.netrc'], 3, '/root/.netrc'],
    ['cp of a $(…) that names it', ['RUN --mount=type=secret,id=tok cp $(ls /run/secrets/tok) ./tok'], 3, './tok'],
    ['a target of its own, read through a pipe into tee', ['RUN --mount=type=secret,id=aws,target=/root/aws.ini \\', '    cat /root/aws.ini | tee /app/aws.ini'], 4, '/app/aws.ini'],
    ['a variable set from it, printed into a file', ['RUN --mount=type=secret,id=tok export TOKEN=$(cat /run/secrets/tok) && echo "$TOKEN" > /app/.token'], 3, '/app/.token'],
    ['the variable the mount sets', ['RUN --mount=type=secret,id=tok,env=TOKEN printf %s "$TOKEN" > /app/.token'], 3, '/app/.token'],
    ['templated into a config with sed -i', ['COPY config.ini .', 'RUN --mount=type=secret,id=db sed -i "s/PASSWORD/$(cat /run/secrets/db)/" config.ini'], 4, 'config.ini'],
    ['set in git’s config', ['RUN --mount=type=secret,id=gh git config --global url."https://$(cat /run/secrets/gh)@github.com/".insteadOf https://github.com/ && pip install git+https://github.com/org/lib.git'], 3, '~/.gitconfig'],
    // A mounted file cannot be moved: mv copies it out of the mount.
    ['moved out of its mount with mv', ['RUN --mount=type=secret,id=tok mv /run/secrets/tok /app/tok'], 3, '/app/tok'],
    // The script of `sh -c` is a shell script of its own.
    ['copied by a sh -c script', ["RUN --mount=type=secret,id=tok sh -c 'cp /run/secrets/tok /app/tok'"], 3, '/app/tok'],
    ['printed into a file by a bash -c script', ['RUN --mount=type=secret,id=tok bash -c "cat /run/secrets/tok > /root/.netrc && pip install x"'], 3, '/root/.netrc'],
    ['piped into tee by bash -o pipefail -c', ["RUN --mount=type=secret,id=tok bash -o pipefail -c 'cat /run/secrets/tok | base64 | tee /app/tok.b64'"], 3, '/app/tok.b64'],
    ['moved by sh -ec on the next line', ['RUN --mount=type=secret,id=tok \\', "    sh -ec 'mkdir -p /app && mv /run/secrets/tok /app/tok'"], 4, '/app/tok'],
    ['copied by an exec-form RUN of sh -c', ['RUN --mount=type=secret,id=tok ["sh", "-c", "cp /run/secrets/tok /app/tok"]'], 3, '/app/tok'],
    ['written by bash -c in a script sh -c runs', ['RUN --mount=type=secret,id=tok sh -c "bash -c \'echo \\$(cat /run/secrets/tok) > /app/tok\'"'], 3, '/app/tok'],
    // The first command of a `sh -c` script reads what its shell is piped.
    ['piped into a sh -c script that tees it', ["RUN --mount=type=secret,id=tok cat /run/secrets/tok | sh -c 'tee /app/tok'"], 3, '/app/tok'],
    ['piped into a bash -c script that prints it into a file', ["RUN --mount=type=secret,id=tok cat /run/secrets/tok | bash -c 'cat > /app/tok'"], 3, '/app/tok'],
    // An exec form runs its program without a shell.
    ['copied by an exec-form RUN of cp', ['RUN --mount=type=secret,id=tok ["cp", "/run/secrets/tok", "/app/tok"]'], 3, '/app/tok'],
    ['moved by an exec-form RUN of /bin/mv', ['RUN --mount=type=secret,id=tok [ "/bin/mv", "/run/secrets/tok", "/app/it\'s" ]'], 3, "/app/it's"],
    // The output of a `sh -c` script is the shell's: sent to a file, a secret the script prints lands there.
    ['printed by a sh -c script whose output goes to a file', ["RUN --mount=type=secret,id=tok sh -c 'cat /run/secrets/tok' > /app/tok"], 3, '/app/tok'],
    ['printed by a bash -c script piped into tee', ['RUN --mount=type=secret,id=tok bash -c \'echo "$(cat /run/secrets/tok)"\' | tee /app/tok'], 3, '/app/tok'],
    ['printed last by a sh -ec script appended to a file', ["RUN --mount=type=secret,id=tok sh -ec 'test -s /run/secrets/tok; cat /run/secrets/tok' >> /root/.netrc"], 3, '/root/.netrc'],
  ])('finds it: %s', (_, lines, line, path) => {
    const found = leak(...lines);
    expect(found?.line).toBe(line);
    expect(found?.why).toContain(path);
    expect(found?.why).toContain(`dòng ${line}`);
  });

  it.each([
    ['used by the command that needs it', ['RUN --mount=type=secret,id=tok pip install --index-url "$(cat /run/secrets/tok)" -r requirements.txt']],
    ['through a variable of the same RUN', ['RUN --mount=type=secret,id=tok export TOKEN=$(cat /run/secrets/tok) && pip install --index-url "https://u:$TOKEN@pypi.example.com/simple" x']],
    ['as a prefix assignment', ['RUN --mount=type=secret,id=hf_token HF_TOKEN=$(cat /run/secrets/hf_token) python download_model.py']],
    ['a download the secret authorizes, redirected to a file', ['RUN --mount=type=secret,id=tok curl -fsSL -H "Authorization: Bearer $(cat /run/secrets/tok)" https://example.com/labels.json > /app/labels.json']],
    ['an install the secret authorizes, its output piped into tee', ['RUN --mount=type=secret,id=tok pip install --index-url "$(cat /run/secrets/tok)" -r requirements.txt | tee /app/pip.log']],
    ['a download the secret authorizes, piped through a printer into a file', ['RUN --mount=type=secret,id=tok curl -fsSL -H "Authorization: Bearer $(cat /run/secrets/tok)" https://example.com/labels.json | jq .labels > /app/labels.json']],
    ['a copy removed in the same RUN', ['RUN --mount=type=secret,id=netrc cp /run/secrets/netrc /root/.netrc && pip install x && rm -f /root/.netrc']],
    ['git config unset in the same RUN', ['RUN --mount=type=secret,id=gh git config --global url."https://$(cat /run/secrets/gh)@github.com/".insteadOf https://github.com/ && pip install git+https://github.com/org/lib.git && git config --global --remove-section url."https://$(cat /run/secrets/gh)@github.com/"']],
    ['written to a tmpfs mount', ['RUN --mount=type=secret,id=tok --mount=type=tmpfs,target=/scratch cp /run/secrets/tok /scratch/tok && TOKEN_FILE=/scratch/tok python fetch.py']],
    ['printed to stderr or /dev/null', ['RUN --mount=type=secret,id=tok cat /run/secrets/tok > /dev/null && test -s /run/secrets/tok 2>/dev/null']],
    ['a file that names no mounted secret', ['RUN cp /run/secrets/tok /app/tok']],
    ['a mount env of no variable name', ['RUN --mount=type=secret,id=tok,env=A(B cat labels.txt > /app/labels.txt']],
    ['an export of no variable name', ["RUN --mount=type=secret,id=tok export 'a(b=$(cat /run/secrets/tok)' && cat labels.txt > /app/labels.txt"]],
    ['a builder stage the final image only copies from', ['FROM python:3.11 AS builder', 'RUN --mount=type=secret,id=tok cp /run/secrets/tok /root/.netrc && echo', 'FROM python:3.11-slim', 'COPY --from=builder /x /x']],
    ['read by the command of a sh -c script that needs it', ["RUN --mount=type=secret,id=tok sh -c 'pip install --index-url \"$(cat /run/secrets/tok)\" -r requirements.txt'"]],
    ['a copy the sh -c script removes', ["RUN --mount=type=secret,id=netrc sh -c 'cp /run/secrets/netrc /root/.netrc && pip install x && rm -f /root/.netrc'"]],
    ['a copy removed after the sh -c script', ["RUN --mount=type=secret,id=netrc sh -c 'cp /run/secrets/netrc /root/.netrc' && pip install x && rm -f /root/.netrc"]],
    ['written to a tmpfs mount by a sh -c script', ["RUN --mount=type=secret,id=tok --mount=type=tmpfs,target=/scratch sh -c 'cp /run/secrets/tok /scratch/tok && TOKEN_FILE=/scratch/tok python fetch.py'"]],
    ['a sh -c script that writes no secret', ["RUN --mount=type=secret,id=tok sh -c 'echo ready > /app/status && mv /app/a.example /app/a.ini'"]],
    ['piped into a sh -c script that only hashes it', ["RUN --mount=type=secret,id=tok cat /run/secrets/tok | sh -c 'sha256sum > /app/tok.sum'"]],
    ['something else piped into a sh -c script that tees it', ["RUN --mount=type=secret,id=tok echo ready | sh -c 'tee /app/status'"]],
    ['piped into a sh -c script whose later command tees', ["RUN --mount=type=secret,id=tok cat /run/secrets/tok | sh -c 'pip install --index-url \"$(cat)\" x && tee /app/x < /dev/null'"]],
    // Without a shell, `$(cat …)` is text: git keeps those characters, not the secret.
    ['an exec-form git config whose $(…) no shell runs', ['RUN --mount=type=secret,id=gh ["git", "config", "--global", "url.https://$(cat /run/secrets/gh)@github.com/.insteadOf", "https://github.com/"]']],
    ['an exec-form RUN that prints the secret to the build log', ['RUN --mount=type=secret,id=tok ["cat", "/run/secrets/tok"]']],
    ['an exec-form copy of a file that is not the secret', ['RUN --mount=type=secret,id=tok ["cp", "/app/a.example", "/app/a.ini"]']],
    ['a sh -c script that uses the secret, its output logged to a file', ["RUN --mount=type=secret,id=tok sh -c 'pip install --index-url \"$(cat /run/secrets/tok)\" x' > /app/pip.log"]],
    ['a sh -c script that prints the secret to /dev/null, its output to a file', ["RUN --mount=type=secret,id=tok sh -c 'cat /run/secrets/tok > /dev/null && echo ok' > /app/status"]],
    ['a sh -c script that pipes the secret into a check, its output to a file', ["RUN --mount=type=secret,id=tok sh -c 'cat /run/secrets/tok | sha256sum -c sums.txt' > /app/check.log"]],
    ['a sh -c script that prints the secret, its output to /dev/null', ["RUN --mount=type=secret,id=tok sh -c 'cat /run/secrets/tok' > /dev/null"]],
    ['a script file the shell runs', ['RUN --mount=type=secret,id=tok sh ./fetch.sh > /app/fetch.log']],
    ['moved out and removed in the same RUN', ['RUN --mount=type=secret,id=netrc mv /run/secrets/netrc /root/.netrc; pip install x; rm -f /root/.netrc']],
    ['moved into a tmpfs mount', ['RUN --mount=type=secret,id=tok --mount=type=tmpfs,target=/scratch mv /run/secrets/tok /scratch/tok; TOKEN_FILE=/scratch/tok python fetch.py']],
    ['moved in a builder stage the final image only copies from', ['FROM python:3.11 AS builder', "RUN --mount=type=secret,id=tok sh -c 'mv /run/secrets/tok /root/.netrc'", 'FROM python:3.11-slim', 'COPY --from=builder /x /x']],
  ])('stays quiet: %s', (_, lines) => expect(leak(...lines)).toBeNull());
});
