import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/no-secrets';

const ID = 'no-secrets';
const span = (messageId: string, line: number, column: number, endColumn: number) => ({ messageId, line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches ENV with a secret-looking key and a literal value, at the value', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV DB_PASSWORD=hunter2'))).toEqual([span('secretValue', 2, 17, 24)]);
  });

  it('catches the lesson example (AWS key id and secret access key)', () => {
    const src = dockerfile(
      'FROM python:3.9-slim',
      'ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
      'ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    );
    expect(positionsOf(ID, src)).toEqual([span('secretValue', 2, 23, 43), span('secretValue', 3, 27, 67)]);
  });

  it('catches a secret that is no path: relative-looking, or the credentials themselves in the variable meant for their path', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV DB_PASSWORD=s3cr3t/pa55'))).toEqual([span('secretValue', 2, 17, 28)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV GOOGLE_APPLICATION_CREDENTIALS=\'{"private_key":"x"}\''))).toEqual([span('secretValue', 2, 36, 57)]);
  });

  it('does not catch an absolute path: it says where the secret lives (GOOGLE_APPLICATION_CREDENTIALS, EKS tokens)', () => {
    for (const line of [
      'ENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json',
      'ENV GOOGLE_APPLICATION_CREDENTIALS="/var/secrets/google/key.json"',
      'ARG AWS_WEB_IDENTITY_TOKEN=/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
      'ENV DOCKER_CREDENTIALS=/root/.docker/config.json',
      "ENV VAULT_TOKEN='/etc/vault/token'",
    ]) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', line)), line).toEqual([]);
    }
  });

  it('catches ARG defaults and every secret word (token, api key, private key, credential, secret)', () => {
    const keys = ['HF_TOKEN', 'OPENAI_API_KEY', 'SSH_PRIVATE_KEY', 'GCP_CREDENTIALS', 'DJANGO_SECRET_KEY', 'apiKey'];
    for (const key of keys) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', `ARG ${key}=abc123`))).toEqual([
        span('secretValue', 2, 6 + key.length, 12 + key.length),
      ]);
    }
  });

  it('catches a secret written as the default of a variable, without quoting it', () => {
    const value = '${AWS_SECRET_ACCESS_KEY:-wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY}';
    const src = dockerfile('FROM python:3.9-slim', `ENV AWS_SECRET_ACCESS_KEY=${value}`);
    expect(positionsOf(ID, src)).toEqual([span('secretValue', 2, 27, 27 + value.length)]);
    expect(findingsOf(ID, src)[0]!.message).not.toContain('wJalr');
    expect(findingsOf('secret-arg', src)).toEqual([]);
  });

  it('does not catch switches and settings that only name a secret', () => {
    const src = dockerfile(
      'FROM python:3.11-slim',
      'ENV HF_HUB_DISABLE_IMPLICIT_TOKEN=1 USE_AUTH_TOKEN=false',
      'ENV AIRFLOW__SECRETS__BACKEND=airflow.secrets.local_filesystem.LocalFilesystemBackend',
      'ENV CREDENTIALS_PROVIDER=aws TOKEN_LIMIT=4096',
      'ARG PASSWORD_AUTH="no"',
      "ENV DISABLE_PASSWORD='TRUE' HF_TOKEN=${HF_TOKEN:-$HUGGING_FACE_HUB_TOKEN}",
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('catches the legacy ENV form and quoted values', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV API_TOKEN s3cr3t'))).toHaveLength(1);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV API_TOKEN="s3cr3t"'))).toHaveLength(1);
  });

  it('catches an AWS access key id on any line, even in RUN or a comment', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE'))).toEqual([
      span('awsKey', 2, 41, 61),
    ]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', '# key: AKIAIOSFODNN7EXAMPLE'))).toEqual([span('awsKey', 2, 8, 28)]);
  });

  it('catches a private-key header, also inside a heredoc', () => {
    const src = dockerfile('FROM alpine:3.20', 'COPY <<EOF /root/.ssh/id_rsa', '-----BEGIN RSA PRIVATE KEY-----', 'MIIE', 'EOF');
    expect(positionsOf(ID, src)).toEqual([span('privateKey', 3, 1, 32)]);
  });

  it('catches a password or token written in a URL, in RUN, ENV or a comment', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --extra-index-url https://ci:s3cr3t@pypi.example.com/simple torch'))).toEqual([
      span('urlCredentials', 2, 40, 53),
    ]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV DATABASE_URL=postgres://app:hunter2@db:5432/app'))).toEqual([span('urlCredentials', 2, 26, 41)]);
    const token = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', `# git clone https://${token}@github.com/org/repo.git`))).toEqual([
      span('urlCredentials', 2, 18, 22 + token.length),
    ]);
  });

  it('does not catch a URL whose credentials come from variables or a secret mount', () => {
    const src = dockerfile(
      'FROM python:3.11-slim',
      'ARG PYPI_USER',
      'RUN --mount=type=secret,id=pypi PYPI_TOKEN=$(cat /run/secrets/pypi) pip install --index-url "https://${PYPI_USER}:${PYPI_TOKEN}@pypi.example.com/simple" torch',
      'RUN git clone https://github.com/org/repo.git@main || git clone ssh://git@github.com/org/repo.git',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('reports a secret once when its key and its value both give it away', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV DB_PASSWORD=postgres://app:hunter2@db/app'))).toEqual([span('secretValue', 2, 17, 46)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE'))).toEqual([span('secretValue', 2, 23, 43)]);
  });

  it('reports a secret in the text on another line of the instruction whose secret value it reported, and in a comment after it', () => {
    const src = dockerfile('FROM python:3.11-slim', 'RUN echo a', 'ENV DB_PASSWORD=hunter2 \\', '    MIRROR=https://u:p4ss@mirror.example.com/simple', '# AKIAIOSFODNN7EXAMPLE', 'CMD ["python"]');
    expect(positionsOf(ID, src).map((f) => [f.messageId, f.line])).toEqual([['secretValue', 3], ['urlCredentials', 4], ['awsKey', 5]]);
  });

  it('never echoes the secret value in the message', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV DB_PASSWORD=hunter2'));
    expect(finding?.message).toContain('DB_PASSWORD');
    expect(finding?.message).not.toContain('hunter2');
    const [aws] = findingsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo AKIAIOSFODNN7EXAMPLE'));
    expect(aws?.message).not.toContain('AKIAIOSFODNN7EXAMPLE');
    const [url] = findingsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --index-url https://ci:s3cr3t@pypi.example.com/simple x'));
    expect(url?.message).not.toContain('s3cr3t');
  });

  it('does not catch keys that say where a secret lives (_FILE, _PATH, _DIR)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV API_KEY_FILE=/run/secrets/api_key'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV TOKEN_PATH=/var/run/token'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV SECRETS_DIR=/run/secrets'))).toEqual([]);
  });

  it('does not catch values that only reference a variable', () => {
    for (const value of ['$HF_TOKEN', '${HF_TOKEN}', '"${HF_TOKEN}"', '${HF_TOKEN:-}']) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG HF_TOKEN', `ENV HF_TOKEN=${value}`))).toEqual([]);
    }
  });

  it('does not catch empty values or ARG without a default', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV DB_PASSWORD=""'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG DB_PASSWORD'))).toEqual([]);
  });

  it('does not catch look-alike keys (TOKENIZERS_PARALLELISM, PWD) or settings about tokens', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV TOKENIZERS_PARALLELISM=false'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV ACCESS_TOKEN_EXPIRE_MINUTES=30'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV MODEL_PATH=/app/models KEY_ID=1'))).toEqual([]);
  });

  it('does not catch secret words in LABEL or RUN text without a key pattern', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL description="reads the API token at runtime"'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN --mount=type=secret,id=hf_token cat /run/secrets/hf_token'))).toEqual([]);
  });

  it('does not catch a public-key header', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', '# -----BEGIN PUBLIC KEY-----'))).toEqual([]);
  });

  it('does not catch a secret in a builder stage passed by secret mount', () => {
    const src = dockerfile('FROM python:3.11-slim AS build', 'RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci', 'FROM python:3.11-slim');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch ordinary configuration (PYTHONUNBUFFERED, MODEL_PATH, LOG_LEVEL)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1 MODEL_PATH=/app/models LOG_LEVEL=INFO'))).toEqual([]);
  });

  it('does not catch a short uppercase word that is not a key id', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL note="AKIA is the prefix of AWS key ids"'))).toEqual([]);
  });

  it('does not catch a key name that says it is a URL or a header name', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV TOKEN_URL=https://auth.example.com/oauth/token AUTH_TOKEN_HEADER=X-Api-Token'))).toEqual([]);
  });

  it('does not catch the lesson good example (secrets passed at run time)', () => {
    const src = dockerfile('FROM python:3.9-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY src/ ./src/', '# Don\'t set secrets here!', 'CMD ["python", "src/api.py"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch the corrected lesson example: the secret comes from a build secret or ssh mount', () => {
    const src = dockerfile(
      'FROM python:3.9-slim',
      'RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://models/model.bin /models/',
    );
    expect(positionsOf(ID, src)).toEqual([]);
    const heredoc = dockerfile(
      'FROM python:3.11-slim',
      'RUN --mount=type=secret,id=hf_token <<EOF',
      'export HF_TOKEN="$(cat /run/secrets/hf_token)"',
      'huggingface-cli download org/model --local-dir /models',
      'EOF',
    );
    expect(positionsOf(ID, heredoc)).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN --mount=type=ssh git clone git@github.com:org/private.git /src'))).toEqual([]);
  });

  it('does not catch variables of official images and SDKs that say where a secret lives or what it is called', () => {
    for (const line of [
      'ENV POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password',
      'ENV AWS_SHARED_CREDENTIALS_FILE=/run/secrets/aws AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks/token',
      'ARG apiKeyFile=/run/secrets/api_key',
      'ENV SECRET_NAME=prod/app/db-password',
    ]) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', line)), line).toEqual([]);
    }
  });

  it('does not catch switches about a password (bitnami ALLOW_EMPTY_PASSWORD, Rails SECRET_KEY_BASE_DUMMY)', () => {
    expect(positionsOf(ID, dockerfile('FROM bitnami/redis:7.2', 'ENV ALLOW_EMPTY_PASSWORD=yes'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM ruby:3.3-slim', 'ENV SECRET_KEY_BASE_DUMMY=1'))).toEqual([]);
  });

  it('does not catch limits and algorithms named after a secret', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PASSWORD_MIN_LENGTH=12'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PASSWORD_HASH_ALGORITHM=argon2'))).toEqual([]);
  });

  it('does not catch a key word that names no secret (the python image GPG_KEY, KEYCLOAK_VERSION)', () => {
    expect(positionsOf(ID, dockerfile('FROM buildpack-deps:bookworm', 'ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM eclipse-temurin:21', 'ENV KEYCLOAK_VERSION=24.0.4'))).toEqual([]);
  });

  it('does not catch references whose default is another reference or whose check message is no value', () => {
    for (const value of ['${HF_TOKEN:-${HUGGING_FACE_HUB_TOKEN}}', '"${API_KEY:?set API_KEY at run time}"']) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', `ENV SECRET=${value}`)), value).toEqual([]);
    }
  });

  it('does not catch an ARG without a default promoted to ENV, across stages', () => {
    const src = dockerfile(
      'ARG OPENAI_API_KEY',
      'FROM python:3.11-slim AS build',
      'ARG OPENAI_API_KEY',
      'ENV OPENAI_API_KEY=$OPENAI_API_KEY',
      'FROM python:3.11-slim',
      'COPY --from=build /app /app',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch an empty default written without quotes', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG GITHUB_TOKEN='))).toEqual([]);
  });

  it('does not catch an npm token written into .npmrc from an ARG (no literal in the file)', () => {
    const npmrc = dockerfile('FROM node:20-slim', 'ARG NPM_TOKEN', 'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc');
    expect(positionsOf(ID, npmrc)).toEqual([]);
  });

  it('does not catch URLs without a literal password (user only, variable password, placeholder, port, @ in the path)', () => {
    for (const line of [
      'ENV DATABASE_URL=postgres://app@db:5432/app',
      'ENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app',
      '# DATABASE_URL=postgres://user:<password>@host/db',
      'RUN git clone ssh://git@gitlab.example.com:2222/org/repo.git',
      'ADD https://downloads.example.com:8443/files/app@1.2.0.tar.gz /tmp/',
    ]) {
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', line)), line).toEqual([]);
    }
  });

  it('does not catch a certificate written by a heredoc', () => {
    const cert = dockerfile('FROM alpine:3.20', 'COPY <<EOF /usr/local/share/ca-certificates/corp.crt', '-----BEGIN CERTIFICATE-----', 'MIIB', '-----END CERTIFICATE-----', 'EOF');
    expect(positionsOf(ID, cert)).toEqual([]);
  });

  it('does not catch a key id prefix too short to be a key id', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', '# AKIAEXAMPLE is not a full key id'))).toEqual([]);
  });

  it('does not catch lower-case keywords and line continuations with only safe settings', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'arg NPM_TOKEN', 'env DB_PASSWORD_FILE=/run/secrets/db_password'))).toEqual([]);
    const continued = dockerfile('FROM python:3.11-slim', 'ENV APP_ENV=production \\', '    TOKEN_EXPIRE_MINUTES=30 \\', '    JWT_SECRET_FILE=/run/secrets/jwt');
    expect(positionsOf(ID, continued)).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
