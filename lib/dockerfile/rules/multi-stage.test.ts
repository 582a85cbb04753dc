import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/multi-stage';

const ID = 'multi-stage';
const at = (messageId: string, line: number, column: number, endColumn: number) => ({ messageId, line, column, endLine: line, endColumn });
const single = (...lines: string[]) => positionsOf(ID, dockerfile('FROM python:3.11-slim', ...lines));

describe(ID, () => {
  it('catches a single stage that keeps build-essential', () => {
    expect(single('RUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*')).toEqual([at('toolchain', 2, 42, 57)]);
  });

  it('catches header packages and golang', () => {
    expect(single('RUN apt-get install -y libpq-dev')).toEqual([at('toolchain', 2, 24, 33)]);
    expect(single('RUN apk add --no-cache golang')).toEqual([at('toolchain', 2, 24, 30)]);
  });

  it('catches training in the image (python train.py)', () => {
    expect(single('COPY . .', 'RUN python src/train.py --epochs 3')).toEqual([at('build', 3, 5, 24)]);
  });

  it('catches go build, npm run build, mvn package and cargo build', () => {
    expect(positionsOf(ID, dockerfile('FROM golang:1.22', 'RUN go build -o /app .'))).toEqual([at('build', 2, 5, 13)]);
    expect(positionsOf(ID, dockerfile('FROM node:20', 'RUN npm ci && npm run build'))).toEqual([at('build', 2, 15, 28)]);
    expect(positionsOf(ID, dockerfile('FROM maven:3.9-eclipse-temurin-21', 'RUN mvn -B package'))).toEqual([at('build', 2, 5, 19)]);
    expect(positionsOf(ID, dockerfile('FROM rust:1.79', 'RUN cargo build --release'))).toEqual([at('build', 2, 5, 16)]);
  });

  it('reports once per file, at the first evidence', () => {
    expect(single('RUN apt-get install -y gcc', 'RUN python train.py')).toEqual([at('toolchain', 2, 24, 27)]);
  });

  it('reports the first evidence within one RUN, whichever comes first', () => {
    expect(single('RUN apt-get install -y gcc && go build -o /app .')).toEqual([at('toolchain', 2, 24, 27)]);
    expect(single('RUN go build -o /app . && apt-get install -y gcc')).toEqual([at('build', 2, 5, 13)]);
  });

  it('catches a build step inside a heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM node:20', 'RUN <<EOF', 'npm ci', 'npm run build', 'EOF'))).toEqual([at('build', 4, 1, 14)]);
  });

  it('does not catch a multi-stage file', () => {
    expect(positionsOf(ID, dockerfile('FROM golang:1.22 AS build', 'RUN go build -o /app .', 'FROM gcr.io/distroless/static', 'COPY --from=build /app /app'))).toEqual([]);
  });

  it('does not catch a toolchain purged in the same RUN (the lesson\'s cleanup pattern)', () => {
    expect(single('RUN apt-get install -y build-essential && \\', '    pip install numpy==1.26.4 && \\', '    apt-get purge -y build-essential && \\', '    apt-get autoremove -y && \\', '    rm -rf /var/lib/apt/lists/*')).toEqual([]);
  });

  it('does not catch runtime packages and installs', () => {
    expect(single('RUN apt-get install -y --no-install-recommends curl libgomp1', 'RUN pip install --no-cache-dir -r requirements.txt')).toEqual([]);
  });

  it('does not catch running the app or other python scripts', () => {
    expect(single('RUN python -c "import torch"', 'RUN python manage.py collectstatic --noinput', 'CMD ["python", "train.py"]')).toEqual([]);
  });

  it('does not catch npm run with another script, or a plain npm ci', () => {
    expect(positionsOf(ID, dockerfile('FROM node:20', 'RUN npm ci && npm run lint'))).toEqual([]);
  });

  it('catches a build an exec-form RUN runs', () => {
    expect(positionsOf(ID, dockerfile('FROM golang:1.22', 'RUN ["go", "build", "."]'))).toEqual([{ messageId: 'build', line: 2, column: 6, endLine: 2, endColumn: 19 }]);
  });

  it('does not catch an apk virtual group deleted in the same RUN', () => {
    expect(single('RUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install --no-cache-dir x==1 && apk del .build-deps')).toEqual([]);
  });

  it('does not catch go test or npm test', () => {
    expect(positionsOf(ID, dockerfile('FROM golang:1.22', 'RUN go test ./...', 'RUN go vet ./...'))).toEqual([]);
  });

  it('does not catch a file with no FROM', () => {
    expect(positionsOf(ID, dockerfile('RUN go build .'))).toEqual([]);
  });

  it('does not catch a script whose name only contains "train" in a folder', () => {
    expect(single('RUN python trainer_utils/check.py && python -c "print(1)"')).toEqual([]);
  });

  it('does not catch single-stage images that only run an interpreted app', () => {
    for (const src of [
      dockerfile('FROM node:20-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci --omit=dev', 'COPY . .', 'CMD ["node", "server.js"]'),
      dockerfile('FROM node:20-alpine', 'WORKDIR /app', 'COPY package.json yarn.lock ./', 'RUN yarn install --frozen-lockfile --production', 'COPY . .', 'CMD ["yarn", "start"]'),
      dockerfile('FROM ruby:3.3-slim', 'WORKDIR /app', 'COPY Gemfile Gemfile.lock ./', 'RUN bundle install', 'COPY . .', 'CMD ["bundle", "exec", "puma"]'),
      dockerfile('FROM php:8.3-apache', 'COPY src/ /var/www/html/'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch single-stage images that copy in an artifact built elsewhere', () => {
    for (const src of [
      dockerfile('FROM nginx:1.27-alpine', 'COPY dist/ /usr/share/nginx/html/'),
      dockerfile('FROM gcr.io/distroless/static-debian12:nonroot', 'COPY bin/server /server', 'ENTRYPOINT ["/server"]'),
      dockerfile('FROM eclipse-temurin:21-jre', 'COPY target/app.jar /app.jar', 'ENTRYPOINT ["java", "-jar", "/app.jar"]'),
      dockerfile('FROM mcr.microsoft.com/dotnet/aspnet:8.0', 'WORKDIR /app', 'COPY bin/Release/net8.0/publish/ .', 'ENTRYPOINT ["dotnet", "App.dll"]'),
      dockerfile('FROM scratch', 'COPY app /app', 'ENTRYPOINT ["/app"]'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch runtime libraries whose -dev sibling would be a toolchain', () => {
    expect(single('RUN apt-get update && apt-get install -y --no-install-recommends libpq5 libgomp1 libstdc++6 && rm -rf /var/lib/apt/lists/*')).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache libpq libstdc++ ca-certificates'))).toEqual([]);
  });

  it('does not catch a RUN that removes toolchain packages instead of installing them', () => {
    expect(positionsOf(ID, dockerfile('FROM buildpack-deps:bookworm', 'RUN apt-get purge -y --auto-remove gcc make && rm -rf /var/lib/apt/lists/*'))).toEqual([]);
  });

  it('does not catch build dependencies purged in the same RUN: a variable list, dnf, a heredoc', () => {
    for (const src of [
      dockerfile(
        'FROM python:3.11-slim',
        "RUN buildDeps='gcc libc6-dev make' && \\",
        '    apt-get update && apt-get install -y --no-install-recommends $buildDeps && \\',
        '    pip install --no-cache-dir uwsgi==2.0.26 && \\',
        '    apt-get purge -y --auto-remove $buildDeps && rm -rf /var/lib/apt/lists/*',
      ),
      dockerfile('FROM python:3.11-slim', 'ARG BUILD_DEPS="gcc libpq-dev"', 'RUN apt-get update && apt-get install -y $BUILD_DEPS && pip install psycopg2==2.9.9 && apt-get purge -y $BUILD_DEPS'),
      dockerfile('FROM rockylinux:9', 'RUN dnf install -y gcc python3-devel && pip3 install --no-cache-dir psutil==6.0.0 && dnf remove -y gcc python3-devel && dnf clean all'),
      dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'set -eux', 'apt-get update', 'apt-get install -y --no-install-recommends build-essential', 'pip install --no-cache-dir numpy==1.26.4', 'apt-get purge -y --auto-remove build-essential', 'rm -rf /var/lib/apt/lists/*', 'EOF'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch multi-stage builds of each ecosystem, even when the final stage keeps a toolchain (build-deps-in-final reports that)', () => {
    for (const src of [
      dockerfile('FROM node:20 AS build', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', 'FROM nginx:1.27-alpine', 'COPY --from=build /app/dist /usr/share/nginx/html'),
      dockerfile('FROM maven:3.9-eclipse-temurin-21 AS build', 'COPY . /src', 'RUN mvn -B -f /src/pom.xml package', 'FROM eclipse-temurin:21-jre', 'COPY --from=build /src/target/app.jar /app.jar'),
      dockerfile('FROM python:3.11 AS train', 'COPY . .', 'RUN python train.py --out /model', 'FROM python:3.11-slim', 'COPY --from=train /model /model', 'CMD ["python", "serve.py"]'),
      dockerfile('FROM python:3.11-slim AS base', 'FROM base', 'RUN apt-get install -y gcc'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch scripts that download, evaluate or serve a model, or whose name only contains "train"', () => {
    expect(single('RUN python -m spacy download en_core_web_sm')).toEqual([]);
    expect(single('COPY . .', 'RUN python scripts/download_weights.py --model bert-base-uncased')).toEqual([]);
    expect(single('COPY . .', 'RUN python pretrained_check.py && python evaluate.py')).toEqual([]);
  });

  it('does not catch a training container that trains when it runs, not when it builds', () => {
    expect(positionsOf(ID, dockerfile('FROM pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime', 'WORKDIR /workspace', 'COPY train.py .', 'ENTRYPOINT ["python", "train.py"]'))).toEqual([]);
  });

  it('does not catch a build step that is only a comment or text', () => {
    expect(positionsOf(ID, dockerfile('FROM nginx:1.27-alpine', '# RUN npm run build happens in CI', 'COPY dist/ /usr/share/nginx/html/'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM node:20-slim', 'RUN echo "run npm run build before docker build" > /README'))).toEqual([]);
  });

  it('does not catch installs and tool commands that are not builds, in exec form or lower case', () => {
    expect(positionsOf(ID, dockerfile('FROM node:20-slim', 'RUN ["npm", "ci", "--omit=dev"]'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('from golang:1.22', 'run go mod download && go version'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM mcr.microsoft.com/dotnet/sdk:8.0', 'RUN dotnet restore && dotnet --info'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });
});
