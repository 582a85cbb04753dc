import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/deps-before-source';

const ID = 'deps-before-source';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'order', line, column, endLine: line, endColumn });
const quiet = (...lines: string[]) => expect(positionsOf(ID, dockerfile(...lines))).toEqual([]);

/** Applies the fix and checks it cured the finding without breaking the file. */
function expectCleanFix(src: string): string {
  const out = fixed(ID, src);
  expect(findingsOf(ID, out)).toEqual([]);
  expect(findingsOf('syntax-error', out)).toEqual([]);
  return out;
}

describe(ID, () => {
  it('catches COPY . before pip install -r (the lesson\'s bad ordering)', () => {
    const src = dockerfile('FROM python:3.9-slim', 'COPY . /app', 'WORKDIR /app', 'RUN pip install -r requirements.txt');
    expect(positionsOf(ID, src)).toEqual([at(2, 6, 7)]);
  });

  it('names the manifest to copy first', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM node:20-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm ci'));
    expect(finding?.message).toContain('package.json package-lock.json*');
  });

  it('catches a source folder copied before the install', () => {
    const src = dockerfile('FROM python:3.11-slim', 'COPY requirements.txt .', 'COPY src/ ./src/', 'RUN pip install --no-cache-dir -r requirements.txt');
    expect(positionsOf(ID, src)).toEqual([at(3, 6, 10)]);
    for (const folder of ['./app/.', 'src/./.', '/lib/', 'code//']) {
      const copy = dockerfile('FROM python:3.11-slim', `COPY ${folder} /srv/`, 'RUN pip install -r requirements.txt');
      expect(positionsOf(ID, copy), folder).toHaveLength(1);
    }
    quiet('FROM python:3.11-slim', 'COPY src/x/. /srv/', 'RUN pip install -r requirements.txt');
  });

  it('catches every install kind: npm ci, yarn, pnpm, go mod download, bundle, poetry, mvn', () => {
    const cases: [string, string][] = [
      ['node:20', 'RUN npm install'],
      ['node:20', 'RUN yarn install --frozen-lockfile'],
      ['node:20', 'RUN pnpm install'],
      ['golang:1.22', 'RUN go mod download'],
      ['ruby:3.3', 'RUN bundle install'],
      ['python:3.11', 'RUN poetry install --no-root'],
      ['maven:3.9-eclipse-temurin-21', 'RUN mvn dependency:go-offline'],
      ['python:3.11', 'RUN pip install .'],
    ];
    for (const [image, run] of cases) {
      expect(positionsOf(ID, dockerfile(`FROM ${image}`, 'WORKDIR /app', 'COPY . .', run))).toEqual([at(3, 6, 7)]);
    }
  });

  it('catches an install inside a heredoc, and reports once per stage', () => {
    const src = dockerfile('FROM python:3.11-slim', 'COPY . .', 'RUN <<EOF', 'pip install -r requirements.txt', 'EOF', 'RUN npm ci');
    expect(positionsOf(ID, src)).toEqual([at(2, 6, 7)]);
  });

  it('catches uv pip install -r after COPY ., and fixes it as for pip', () => {
    const src = dockerfile('FROM python:3.12-slim', 'WORKDIR /app', 'COPY . .', 'RUN uv pip install --system -r requirements.txt');
    expect(positionsOf(ID, src)).toEqual([at(3, 6, 7)]);
    expect(expectCleanFix(src)).toBe(
      dockerfile('FROM python:3.12-slim', 'WORKDIR /app', 'COPY requirements.txt ./', 'RUN uv pip install --system -r requirements.txt', 'COPY . .'),
    );
  });

  it('does not catch the manifest copied and installed first', () => {
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .');
    quiet('FROM python:3.12-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN uv pip install --system -r requirements.txt', 'COPY . .');
    // uv's other subcommands install nothing from a manifest.
    quiet('FROM python:3.12-slim', 'WORKDIR /app', 'COPY . .', 'RUN uv pip list && uv venv /opt/venv');
  });

  it('catches a manifest install after the source even when other dependencies came first', () => {
    const src = dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .', 'RUN pip install -r requirements-dev.txt');
    expect(positionsOf(ID, src)).toEqual([at(5, 6, 7)]);
  });

  it('does not catch the project installed after its source once the dependencies came first (uv, poetry, pip)', () => {
    quiet(
      'FROM python:3.12-slim',
      'WORKDIR /app',
      'RUN --mount=type=cache,target=/root/.cache/uv --mount=type=bind,source=uv.lock,target=uv.lock \\',
      '    --mount=type=bind,source=pyproject.toml,target=pyproject.toml uv sync --frozen --no-install-project',
      'COPY . /app',
      'RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen',
    );
    quiet('FROM python:3.11-slim', 'WORKDIR /src', 'COPY pyproject.toml poetry.lock ./', 'RUN poetry install --no-root', 'COPY . .', 'RUN poetry install --only-root');
    quiet('FROM python:3.11-slim', 'WORKDIR /src', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .', 'RUN pip install --no-deps .');
  });

  it('does not catch node and go manifests copied first', () => {
    quiet('FROM node:20', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build');
    quiet('FROM golang:1.22', 'WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN go build -o /app');
  });

  it('does not catch a source copy followed by installs that read no manifest', () => {
    quiet('FROM python:3.11-slim', 'COPY . .', 'RUN pip install --no-cache-dir gunicorn==22.0.0', 'RUN npm install -g pm2@5');
  });

  it('catches a code file copied before the install, with the manifest or alone, without a fix', () => {
    const together = dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt app.py model.py ./', 'RUN pip install --no-cache-dir -r requirements.txt');
    expect(positionsOf(ID, together)).toEqual([at(3, 23, 29)]);
    expect(findingsOf(ID, together)[0]!.fix).toBeUndefined();
    expect(positionsOf(ID, dockerfile('FROM node:20-slim', 'COPY src/*.js ./src/', 'COPY package*.json ./', 'RUN npm ci'))).toEqual([at(2, 6, 14)]);
  });

  it('does not catch setup.py copied for pip install ., nor a code file copied from a stage or after the install', () => {
    quiet('FROM python:3.11-slim', 'COPY setup.py pyproject.toml ./', 'RUN pip install --no-cache-dir .');
    quiet('FROM python:3.11-slim', 'COPY --from=builder /build/main.py .', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt');
    quiet('FROM python:3.11-slim', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY app.py .');
  });

  it('does not catch a COPY of other files before the install', () => {
    quiet('FROM python:3.11-slim', 'COPY requirements.txt config.yaml ./', 'RUN pip install -r requirements.txt');
  });

  it('does not catch across stages', () => {
    quiet('FROM python:3.11-slim AS source', 'COPY . .', 'FROM python:3.11-slim', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt');
  });

  it('does not catch COPY --from=builder before the install', () => {
    quiet('FROM python:3.11-slim', 'COPY --from=builder /app .', 'RUN pip install -r requirements.txt');
  });

  it('does not catch a heredoc COPY before the install', () => {
    quiet('FROM python:3.11-slim', 'COPY <<EOF ./requirements.txt', 'flask==3.0.3', 'EOF', 'RUN pip install -r requirements.txt');
  });

  it('does not catch installs that are not dependency installs', () => {
    quiet('FROM node:20', 'COPY . .', 'RUN npm run build && yarn add left-pad && pipenv install requests');
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });

  it('fixes by copying the manifest and installing before COPY .', () => {
    const src = dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .', 'RUN pip install --no-cache-dir -r requirements.txt', 'CMD ["python", "app.py"]');
    expect(expectCleanFix(src)).toBe(
      dockerfile('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt ./', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .', 'CMD ["python", "app.py"]'),
    );
  });

  it('fixes the lesson\'s ordering with WORKDIR between, keeping flags of the COPY', () => {
    const src = dockerfile('FROM python:3.9-slim', 'COPY --chown=app:app . /app', 'WORKDIR /app', 'RUN pip install -r requirements.txt');
    expect(expectCleanFix(src)).toBe(
      dockerfile('FROM python:3.9-slim', 'WORKDIR /app', 'COPY --chown=app:app requirements.txt ./', 'RUN pip install -r requirements.txt', 'COPY --chown=app:app . /app'),
    );
  });

  it('fixes npm ci with the lock file pattern, and nested manifests path by path', () => {
    expect(expectCleanFix(dockerfile('FROM node:20', 'WORKDIR /app', 'COPY . .', 'RUN npm ci'))).toBe(
      dockerfile('FROM node:20', 'WORKDIR /app', 'COPY package.json package-lock.json* ./', 'RUN npm ci', 'COPY . .'),
    );
    expect(expectCleanFix(dockerfile('FROM python:3.11', 'WORKDIR /app', 'COPY . .', 'RUN pip install -r requirements/prod.txt'))).toBe(
      dockerfile('FROM python:3.11', 'WORKDIR /app', 'COPY requirements/prod.txt requirements/prod.txt', 'RUN pip install -r requirements/prod.txt', 'COPY . .'),
    );
  });

  it('offers no fix when the install needs the whole project or other files', () => {
    for (const run of ['RUN pip install .', 'RUN poetry install', 'RUN pip install -r requirements.txt && python setup.py develop']) {
      const [finding] = findingsOf(ID, dockerfile('FROM python:3.11', 'WORKDIR /app', 'COPY . .', run));
      expect(finding?.fix).toBeUndefined();
    }
  });

  it('offers no fix when another install follows (moving one would not cure the finding)', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM node:20', 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'RUN pip install -r requirements.txt'));
    expect(finding?.fix).toBeUndefined();
  });

  it('offers no fix when a RUN or COPY stands between, or the folders differ', () => {
    const between = findingsOf(ID, dockerfile('FROM python:3.11', 'WORKDIR /app', 'COPY . .', 'RUN ./configure', 'RUN pip install -r requirements.txt'));
    expect(between[0]?.fix).toBeUndefined();
    const elsewhere = findingsOf(ID, dockerfile('FROM python:3.11', 'WORKDIR /app', 'COPY . /src', 'RUN pip install -r requirements.txt'));
    expect(elsewhere[0]?.fix).toBeUndefined();
    const folder = findingsOf(ID, dockerfile('FROM python:3.11', 'COPY src/ /app/src/', 'WORKDIR /app', 'RUN pip install -r requirements.txt'));
    expect(folder[0]?.fix).toBeUndefined();
  });

  it('offers no fix when a manifest would not survive a COPY line: named like a flag, or holding a blank', () => {
    for (const run of ['RUN pip install -r --reqs.txt', 'RUN pip install -r "my reqs.txt"']) {
      const [finding] = findingsOf(ID, dockerfile('FROM python:3.11', 'WORKDIR /app', 'COPY . .', run));
      expect(finding?.line, run).toBe(3);
      expect(finding?.fix, run).toBeUndefined();
    }
  });
  it('offers no fix when a manifest names a folder (copying it first would copy the source)', () => {
    for (const run of ['RUN pip install -r .', 'RUN pip install -r ./', 'RUN pip install -r deps/', 'RUN pip install -r ..']) {
      const [finding] = findingsOf(ID, dockerfile('FROM python:3.11', 'WORKDIR /app', 'COPY . .', run));
      expect(finding?.line, run).toBe(3);
      expect(finding?.fix, run).toBeUndefined();
    }
  });
  it('writes the COPY it adds in the casing most of the file uses', () => {
    const src = dockerfile('FROM python:3.11', 'workdir /app', 'copy . .', 'run pip install -r requirements.txt');
    expect(fixed(ID, src)).toBe(dockerfile('FROM python:3.11', 'workdir /app', 'copy requirements.txt ./', 'run pip install -r requirements.txt', 'copy . .'));
  });
});
