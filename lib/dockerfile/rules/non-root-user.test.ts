import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/non-root-user';

const ID = 'non-root-user';
const span = (messageId: string, line: number, column: number, endColumn: number) => ({ messageId, line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches a final stage with no USER, at its FROM', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py"]'))).toEqual([span('missing', 1, 1, 22)]);
  });

  it('catches USER root, 0, root:root and 0:0 as the last USER', () => {
    for (const user of ['root', '0', 'root:root', '0:0']) {
      const src = dockerfile('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app', `USER ${user}`);
      expect(positionsOf(ID, src)).toEqual([span('root', 4, 6, 6 + user.length)]);
    }
  });

  it('catches a final stage without USER even when the builder has one', () => {
    const src = dockerfile('FROM python:3.11-slim AS build', 'USER 1000', 'FROM python:3.11-slim', 'CMD ["python", "app.py"]');
    expect(positionsOf(ID, src)).toEqual([span('missing', 3, 1, 22)]);
  });

  it('catches USER ${APP_USER} whose default is root', () => {
    const src = dockerfile('FROM python:3.11-slim', 'ARG APP_USER=root', 'USER ${APP_USER}');
    expect(positionsOf(ID, src)).toEqual([span('root', 3, 6, 17)]);
  });

  it('catches a user variable declared without a value whose written default is root', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG APP_USER', 'USER ${APP_USER:-root}'))).toEqual([span('root', 3, 6, 23)]);
  });

  it('catches USER root after a known non-root base', () => {
    const src = dockerfile('FROM gcr.io/distroless/python3-debian12:nonroot', 'USER root');
    expect(positionsOf(ID, src)).toEqual([span('root', 2, 6, 10)]);
  });

  it('does not catch a non-root last USER', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN useradd -m mluser', 'USER mluser'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'USER 1000:1000'))).toEqual([]);
  });

  it('does not catch USER root followed by a non-root USER', () => {
    const src = dockerfile('FROM python:3.11-slim', 'USER root', 'RUN apt-get update', 'USER app');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a known non-root base image without USER', () => {
    expect(positionsOf(ID, dockerfile('FROM gcr.io/distroless/python3-debian12:nonroot', 'COPY app.py /app/'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM nginxinc/nginx-unprivileged:1.27', 'COPY site/ /usr/share/nginx/html/'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM mambaorg/micromamba:1.5.8', 'COPY --chown=$MAMBA_USER:$MAMBA_USER env.yaml /tmp/env.yaml'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM quay.io/jupyter/scipy-notebook:2024-05-27', 'COPY notebooks/ /home/jovyan/work/'))).toEqual([]);
  });

  it('does not catch a USER set in the stage the final stage is built FROM', () => {
    const src = dockerfile('FROM python:3.11-slim AS base', 'RUN useradd -m app', 'USER app', 'FROM base', 'COPY app.py .');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a final stage built FROM a non-root distroless stage', () => {
    const src = dockerfile('FROM gcr.io/distroless/static:nonroot AS runtime', 'FROM runtime', 'COPY app /app');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch USER ${APP_USER} with a non-root default, or an unknown variable', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG APP_USER=mluser', 'USER ${APP_USER}'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'USER ${APP_USER:-app}'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG APP_USER', 'USER $APP_USER'))).toEqual([]);
  });

  it('does not catch a user named like root (rootless, root2)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'USER rootless'))).toEqual([]);
  });

  it('does not catch a file with no FROM', () => {
    expect(positionsOf(ID, dockerfile('# nothing here'))).toEqual([]);
  });

  it('does not catch a builder stage that ends as root (it is thrown away)', () => {
    const src = dockerfile('FROM python:3.11-slim AS build', 'USER root', 'RUN make', 'FROM python:3.11-slim', 'USER 1000', 'COPY --from=build /out /out');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a USER whose ENV default is non-root', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV APP_USER=mluser', 'USER $APP_USER'))).toEqual([]);
  });

  it('does not catch the lesson secure example (USER mluser after setup)', () => {
    const src = dockerfile('FROM python:3.9-slim', 'RUN useradd -m -u 1000 mluser', 'WORKDIR /app', 'COPY --chown=mluser:mluser src/ ./src/', 'USER mluser', 'CMD ["uvicorn", "src.api:app"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a named user with its group, a high uid, nobody, or lower-case user', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN groupadd -r app && useradd -r -g app appuser', 'USER appuser:app'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'USER 10001'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'USER nobody'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'user app'))).toEqual([]);
  });

  it('does not catch a non-root uid in the root group (OpenShift style, 1001:0)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'USER 1001:0'))).toEqual([]);
  });

  it('does not catch USER root for installs, then back to a uid from an ARG', () => {
    const src = dockerfile('FROM python:3.11-slim', 'ARG APP_UID=1000', 'USER root', 'RUN apt-get update', 'USER ${APP_UID}');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch USER nonroot written out on distroless', () => {
    expect(positionsOf(ID, dockerfile('FROM gcr.io/distroless/static-debian12', 'USER nonroot:nonroot'))).toEqual([]);
  });

  it('does not catch root2, or USER root only in an echo or a comment', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'USER root2'))).toEqual([]);
    const src = dockerfile('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app', 'RUN echo "USER root" >> /tmp/notes', '# USER root');
    expect(positionsOf(ID, src)).toEqual([]);
  });


  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
