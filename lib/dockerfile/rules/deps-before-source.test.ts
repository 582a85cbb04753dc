import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/deps-before-source';

const ID = 'deps-before-source';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'order', line, column, endLine: line, endColumn });
const quiet = (...lines: string[]) => expect(positionsOf(ID, dockerfile(...lines)), lines.join('\n')).toEqual([]);

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

  it('does not catch each package manager written in the right order: manifests, install, then the source', () => {
    // pip in its other spellings, with a constraints file copied beside the requirements.
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt constraints.txt ./', 'RUN python -m pip install -r requirements.txt -c constraints.txt', 'COPY . .');
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip3 install --no-cache-dir --requirement=requirements.txt', 'COPY . .');
    quiet('FROM python:3.12-slim', 'WORKDIR /app', 'COPY pyproject.toml poetry.lock ./', 'RUN poetry install --no-root --no-interaction --no-ansi', 'COPY . .', 'CMD ["poetry", "run", "python", "-m", "app"]');
    quiet('FROM python:3.12-slim', 'WORKDIR /app', 'COPY pyproject.toml uv.lock ./', 'RUN uv sync --frozen --no-install-project', 'COPY . .', 'RUN uv sync --frozen');
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY Pipfile Pipfile.lock ./', 'RUN pipenv install --deploy --system', 'COPY . .');
    quiet('FROM node:20-slim', 'WORKDIR /usr/src/app', 'COPY package*.json ./', 'RUN npm install', 'COPY . .', 'EXPOSE 8080', 'CMD ["node", "server.js"]');
    quiet('FROM node:20-slim', 'WORKDIR /app', 'COPY package.json yarn.lock ./', 'RUN yarn install --frozen-lockfile', 'COPY . .', 'RUN yarn build');
    quiet('FROM node:20-slim', 'WORKDIR /app', 'COPY package.json yarn.lock ./', 'RUN yarn', 'COPY . .');
    quiet('FROM node:20-slim', 'WORKDIR /app', 'RUN corepack enable', 'COPY package.json pnpm-lock.yaml ./', 'RUN pnpm install --frozen-lockfile', 'COPY . .', 'RUN pnpm run build');
    quiet('FROM golang:1.22', 'WORKDIR /app', 'COPY go.mod go.sum ./', 'RUN go mod download && go mod verify', 'COPY *.go ./', 'RUN CGO_ENABLED=0 GOOS=linux go build -o /server');
    quiet('FROM ruby:3.3-slim', 'WORKDIR /rails', 'COPY Gemfile Gemfile.lock ./', 'RUN bundle install && rm -rf ~/.bundle/ /usr/local/bundle/cache', 'COPY . .', 'RUN bundle exec bootsnap precompile app/ lib/');
    quiet('FROM maven:3.9-eclipse-temurin-21', 'WORKDIR /build', 'COPY pom.xml .', 'RUN mvn -B dependency:go-offline', 'COPY src ./src', 'RUN mvn -B package -DskipTests');
    quiet('FROM eclipse-temurin:21-jdk', 'WORKDIR /app', 'COPY .mvn/ .mvn', 'COPY mvnw pom.xml ./', 'RUN ./mvnw dependency:resolve', 'COPY src ./src', 'CMD ["./mvnw", "spring-boot:run"]');
    quiet('FROM composer:2', 'WORKDIR /app', 'COPY composer.json composer.lock ./', 'RUN composer install --no-dev --no-scripts --no-autoloader', 'COPY . .', 'RUN composer dump-autoload --optimize');
  });

  it('does not catch the project itself installed after its source, once its dependencies came first', () => {
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .', 'RUN pip install --no-cache-dir -e .');
    quiet('FROM python:3.12-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN uv pip install --system -r requirements.txt', 'COPY . .', 'RUN uv pip install --system --no-deps .');
    quiet('FROM python:3.12-slim', 'WORKDIR /app', 'COPY pyproject.toml poetry.lock ./', 'RUN poetry install --no-root --without dev', 'COPY src ./src', 'RUN poetry install --without dev');
    quiet('FROM php:8.3-fpm', 'WORKDIR /var/www', 'COPY composer.json composer.lock ./', 'RUN composer install --no-autoloader', 'COPY . .', 'RUN composer install --optimize-autoloader');
  });

  it('does not catch manifests copied first in other spellings', () => {
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY ["requirements.txt", "./"]', 'RUN ["pip", "install", "--no-cache-dir", "-r", "requirements.txt"]', 'COPY [".", "."]');
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY --chown=app:app requirements.txt /app/', 'RUN pip install --user -r requirements.txt', 'COPY --chown=app:app . /app');
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements/ requirements/', 'RUN pip install -r requirements/prod.txt', 'COPY . .');
    quiet('FROM python:3.11-slim', 'ADD requirements.txt /tmp/requirements.txt', 'RUN pip install -r /tmp/requirements.txt', 'ADD . /app');
    quiet('FROM python:3.11-slim', 'WORKDIR /code', 'COPY ./requirements.txt /code/requirements.txt', 'RUN pip install --no-cache-dir --upgrade -r /code/requirements.txt', 'COPY ./app /code/app');
    quiet('FROM node:20-slim', 'WORKDIR /app', 'COPY package.json package-lock.json* ./', 'RUN npm ci --omit=dev', 'COPY --link --chown=node:node . .');
    quiet('FROM node:20-slim', 'WORKDIR /app', 'COPY package.json tsconfig.json .npmrc ./', 'RUN npm install', 'COPY src/ ./src/', 'RUN npm run build');
    quiet('FROM python:3.11-slim', 'WORKDIR /srv', 'COPY app/requirements.txt app/', 'RUN pip install -r app/requirements.txt', 'COPY app/ app/');
    // The lesson writes comments after the paths: the `.` there is the destination, not a source.
    quiet('FROM python:3.9-slim', 'WORKDIR /app', 'COPY requirements.txt .   # Layer 3', 'RUN pip install -r requirements.txt   # Layer 4', 'COPY . .   # Layer 5');
  });

  it('does not catch lower-case keywords, continuations, comments and heredocs in the right order', () => {
    quiet('from python:3.11-slim', 'workdir /app', 'copy requirements.txt .', 'run pip install -r requirements.txt', 'copy . .');
    quiet(
      'FROM python:3.11-slim',
      'WORKDIR /app',
      'COPY requirements.txt .',
      '# Dependencies change less often than the code: install them first.',
      'RUN pip install \\',
      '      --no-cache-dir \\',
      '      -r requirements.txt',
      '# The code last.',
      'COPY . .',
    );
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN <<EOF', 'set -e', 'pip install --upgrade pip', 'pip install -r requirements.txt', 'EOF', 'COPY . .');
    quiet('FROM python:3.11-slim', 'WORKDIR /app', '# COPY . .', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY src/ src/');
  });

  it('does not catch ARG and ENV spellings of the right order', () => {
    quiet('FROM python:3.11-slim', 'ARG REQUIREMENTS=requirements.txt', 'WORKDIR /app', 'COPY ${REQUIREMENTS} .', 'RUN pip install -r ${REQUIREMENTS}', 'COPY . .');
    quiet('FROM python:3.11-slim', 'ENV APP_HOME=/app', 'WORKDIR $APP_HOME', 'COPY requirements.txt $APP_HOME/', 'RUN pip install -r requirements.txt', 'COPY . $APP_HOME');
    quiet('FROM node:20-slim', 'ARG NODE_ENV=production', 'ENV NODE_ENV=$NODE_ENV', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .');
  });

  it('does not catch installs that read their manifests through a bind mount, before the source', () => {
    quiet(
      'FROM python:3.11-slim',
      'WORKDIR /app',
      'RUN --mount=type=cache,target=/root/.cache/pip --mount=type=bind,source=requirements.txt,target=requirements.txt \\',
      '    python -m pip install -r requirements.txt',
      'COPY . .',
    );
    quiet(
      'FROM node:20-alpine',
      'WORKDIR /usr/src/app',
      'RUN --mount=type=bind,source=package.json,target=package.json \\',
      '    --mount=type=bind,source=package-lock.json,target=package-lock.json \\',
      '    --mount=type=cache,target=/root/.npm \\',
      '    npm ci --omit=dev',
      'USER node',
      'COPY . .',
    );
    quiet(
      'FROM golang:1.22 AS build',
      'WORKDIR /src',
      'RUN --mount=type=cache,target=/go/pkg/mod/ --mount=type=bind,source=go.sum,target=go.sum --mount=type=bind,source=go.mod,target=go.mod \\',
      '    go mod download -x',
      'RUN --mount=type=cache,target=/go/pkg/mod/ --mount=type=bind,target=. CGO_ENABLED=0 go build -o /bin/server .',
    );
  });

  it('does not catch the install and the source copy in different stages', () => {
    quiet(
      'FROM python:3.11-slim AS builder',
      'COPY requirements.txt .',
      'RUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt',
      'FROM python:3.11-slim',
      'COPY --from=builder /opt/venv /opt/venv',
      'WORKDIR /app',
      'COPY . .',
      'CMD ["/opt/venv/bin/python", "app.py"]',
    );
    quiet(
      'FROM node:20-alpine AS deps',
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      'RUN npm ci',
      'FROM node:20-alpine AS builder',
      'WORKDIR /app',
      'COPY --from=deps /app/node_modules ./node_modules',
      'COPY . .',
      'RUN npm run build',
    );
    quiet(
      'FROM golang:1.22 AS build',
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN go mod download',
      'COPY . .',
      'RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app',
      'FROM gcr.io/distroless/static-debian12',
      'COPY --from=build /out/app /app',
      'ENTRYPOINT ["/app"]',
    );
    // A stage built FROM the one that installed: the dependency layer is cached with it.
    quiet('FROM python:3.11-slim AS deps', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'FROM deps', 'COPY . .', 'CMD ["python", "app.py"]');
  });

  it('does not catch COPY --from a stage or an image before the install', () => {
    quiet(
      'FROM python:3.12-slim',
      'COPY --from=ghcr.io/astral-sh/uv:0.4.20 /uv /uvx /bin/',
      'WORKDIR /app',
      'COPY pyproject.toml uv.lock ./',
      'RUN uv sync --frozen --no-install-project',
      'COPY . .',
    );
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY --from=builder /src/app ./app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt');
    quiet('FROM node:20-slim', 'WORKDIR /app', 'COPY --from=build /app/server.js ./', 'COPY package*.json ./', 'RUN npm ci --omit=dev');
  });

  it('does not catch files before the install that are neither the source nor code', () => {
    quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY config/ ./config/', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt');
    quiet('FROM python:3.11-slim', 'COPY docker/entrypoint.sh /usr/local/bin/', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt');
    // A destination named like a source folder is not a source.
    quiet('FROM python:3.11-slim', 'COPY requirements.txt /app/src/', 'WORKDIR /app/src', 'RUN pip install -r requirements.txt');
    // URLs are not read from the build context.
    quiet('FROM python:3.11-slim', 'ADD https://bootstrap.pypa.io/get-pip.py /tmp/get-pip.py', 'COPY requirements.txt .', 'RUN python3 /tmp/get-pip.py && pip install -r requirements.txt');
  });

  it('does not catch commands after the source that install no dependencies from a manifest', () => {
    for (const run of [
      'RUN npm install -g npm@10',
      'RUN npm install express@4',
      'RUN go install github.com/go-delve/delve/cmd/dlv@latest',
      'RUN gem install bundler -v 2.5.6',
      'RUN pip install --upgrade pip setuptools wheel',
      'RUN pip install torch --index-url https://download.pytorch.org/whl/cpu',
      'RUN uv tool install ruff',
      'RUN echo "run npm ci before building"',
    ]) {
      quiet('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .', run);
    }
  });

  it('does not catch official images\' ONBUILD triggers in the right order', () => {
    quiet(
      'FROM python:3.11-slim',
      'RUN mkdir -p /usr/src/app',
      'WORKDIR /usr/src/app',
      'ONBUILD COPY requirements.txt /usr/src/app/',
      'ONBUILD RUN pip install --no-cache-dir -r requirements.txt',
      'ONBUILD COPY . /usr/src/app',
    );
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
