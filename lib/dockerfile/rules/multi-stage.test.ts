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

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });
});
