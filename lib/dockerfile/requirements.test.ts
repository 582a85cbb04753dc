import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { evaluateRequirement, requirements } from './requirements';
import type { RequirementRef } from './rubric';

const df = (...lines: string[]) => `${lines.join('\n')}\n`;

function check(ref: RequirementRef, source: string, dockerignore?: string) {
  const analysis = analyze(source, dockerignore === undefined ? {} : { dockerignore });
  return evaluateRequirement(ref, { analysis, ...(dockerignore === undefined ? {} : { dockerignore }) });
}

const UVICORN = 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]';
/** The server's install: a python base image has none. */
const INSTALL = 'RUN pip install --no-cache-dir -r requirements.txt';

/** The .dockerignore the passing Dockerfiles of a requirement are checked with (the failing ones have none). */
const PASSING_DOCKERIGNORE: Record<string, string> = { 'no-secret-in-image': '.git\n.env\n', 'model-not-in-image': '.git\nmodels/\n' };

/** [requirement, passing Dockerfiles, failing Dockerfiles]. */
const table: [RequirementRef, string[], string[]][] = [
  [
    { id: 'serves', params: { server: 'uvicorn', port: 8000 } },
    [
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', UVICORN),
      df('FROM python:3.11-slim AS base', INSTALL, 'EXPOSE 8000', 'FROM base', UVICORN),
      // Docker substitutes EXPOSE's variables from ENV and ARG.
      df('FROM python:3.11-slim', INSTALL, 'ENV PORT=8000', 'EXPOSE ${PORT}', UVICORN),
      df('FROM python:3.11-slim', INSTALL, 'ARG PORT=8000', 'EXPOSE $PORT/tcp', UVICORN),
      // The address given any way uvicorn reads it.
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--host=0.0.0.0", "--port=8000"]'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["sh", "-c", "exec uvicorn src.api:app --host 0.0.0.0 --port 8000"]'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'ENTRYPOINT ["uvicorn", "src.api:app"]', 'CMD ["--host", "::", "--port", "8000"]'),
      df('FROM python:3.11-slim', INSTALL, 'ENV UVICORN_HOST=0.0.0.0', 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--port", "8000"]'),
      df('FROM python:3.11-slim', INSTALL, 'ENV HOST=0.0.0.0', 'EXPOSE 8000', 'CMD uvicorn src.api:app --host $HOST --port 8000'),
      // uvicorn reads UVICORN_PORT too; a --port in the command wins over it.
      df('FROM python:3.11-slim', INSTALL, 'ENV UVICORN_HOST=0.0.0.0 UVICORN_PORT=8000', 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app"]'),
      df('FROM python:3.11-slim', INSTALL, 'ARG APP_PORT=8000', 'ENV UVICORN_PORT=$APP_PORT', 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0"]'),
      df('FROM python:3.11-slim', INSTALL, 'ENV UVICORN_PORT=9000', 'EXPOSE 8000', UVICORN),
      // A --host in the command wins over UVICORN_HOST; a variable without a value cannot be told.
      df('FROM python:3.11-slim', INSTALL, 'ENV UVICORN_HOST=localhost', 'EXPOSE 8000', UVICORN),
      df('FROM python:3.11-slim', INSTALL, 'ARG HOST', 'ENV UVICORN_HOST=$HOST', 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--port", "8000"]'),
      // Installed some other way: an environment copied from a builder, a wheel, a base that brings it.
      df('FROM python:3.11 AS builder', 'RUN python -m venv /opt/venv && /opt/venv/bin/pip install uvicorn==0.30.6', 'FROM python:3.11-slim', 'COPY --from=builder /opt/venv /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH', 'EXPOSE 8000', UVICORN),
      df('FROM python:3.11-slim', 'COPY --from=builder /root/.local /root/.local', 'ENV PATH=/root/.local/bin:$PATH', 'EXPOSE 8000', UVICORN),
      df('FROM python:3.11-slim', 'COPY --from=builder /root/.local /home/app/.local', 'ENV PATH=/home/app/.local/bin:$PATH', 'RUN useradd app', 'USER app', 'EXPOSE 8000', UVICORN),
      df('FROM python:3.11-slim', 'COPY --from=builder /root/.local /root/.local', 'ENV PATH=/root/.local/bin:$PATH', 'RUN useradd app && chmod 755 /root', 'USER app', 'EXPOSE 8000', UVICORN),
      df('FROM python:3.11-slim', 'COPY --from=builder /root/.local /root/.local', 'EXPOSE 8000', 'CMD ["python", "-m", "uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]'),
      df('FROM tiangolo/uvicorn-gunicorn-fastapi:python3.11', 'EXPOSE 8000', UVICORN),
      df('FROM python:3.11-slim', 'RUN uv pip install --system -r requirements.txt', 'EXPOSE 8000', UVICORN),
      // uvicorn workers under gunicorn: gunicorn's bind is where they listen.
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8000", "src.api:app"]'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["python", "-m", "gunicorn", "--worker-class=uvicorn_worker.UvicornWorker", "--bind=0.0.0.0:8000", "src.api:app"]'),
      df('FROM python:3.11-slim', INSTALL, 'ENV GUNICORN_CMD_ARGS="-k uvicorn.workers.UvicornWorker" PORT=8000', 'EXPOSE 8000', 'CMD ["gunicorn", "src.api:app"]'),
    ],
    [
      df('FROM python:3.11-slim', INSTALL, UVICORN),
      df('FROM python:3.11-slim', INSTALL, 'ARG PORT', 'EXPOSE $PORT', UVICORN),
      df('FROM python:3.11-slim', INSTALL, 'ENV PORT=9000', 'EXPOSE ${PORT}', UVICORN),
      // uvicorn listens on 127.0.0.1 unless told otherwise: nothing outside the container reaches it.
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--port", "8000"]'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD uvicorn src.api:app --host 127.0.0.1 --port 8000'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["python", "-m", "uvicorn", "src.api:app", "--host=localhost", "--port=8000"]'),
      df('FROM python:3.11-slim', INSTALL, 'ENV UVICORN_HOST=127.0.0.1', 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--port", "8000"]'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--port", "9000"]'),
      df('FROM python:3.11-slim', INSTALL, 'ENV UVICORN_PORT=9000', 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0"]'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["gunicorn", "-b", ":8000", "app:app"]'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', UVICORN, 'FROM python:3.11-slim', 'CMD ["python", "x.py"]'),
      // Nothing installs uvicorn: the python image has none, and the builder hands over only the model.
      df('FROM python:3.11-slim', 'EXPOSE 8000', UVICORN),
      df('FROM python:3.11 AS builder', INSTALL, 'RUN python train.py', 'FROM python:3.11-slim', 'COPY --from=builder /build/model.pkl ./models/', 'EXPOSE 8000', UVICORN),
      // pip install --user in the builder, copied under /root: a non-root USER cannot enter /root (0700).
      df('FROM python:3.11 AS builder', 'RUN pip install --user -r requirements.txt', 'FROM python:3.11-slim', 'COPY --from=builder /root/.local /root/.local', 'ENV PATH=/root/.local/bin:$PATH', 'RUN useradd app', 'USER app', 'EXPOSE 8000', UVICORN),
      // The environment's scripts are not on PATH: "executable file not found in $PATH".
      df('FROM python:3.11-slim', 'COPY --from=builder /root/.local /root/.local', 'EXPOSE 8000', UVICORN),
      df('FROM python:3.11 AS builder', 'RUN python -m venv /opt/venv && /opt/venv/bin/pip install uvicorn==0.30.6', 'FROM python:3.11-slim', 'COPY --from=builder /opt/venv /opt/venv', 'EXPOSE 8000', UVICORN),
      // uvicorn workers still need gunicorn to bind a reachable address and the asked port.
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "src.api:app"]'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:9000", "src.api:app"]'),
      // `fastapi run` needs fastapi[standard]; the exercise asks for uvicorn itself.
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["fastapi", "run", "src/api.py", "--port", "8000"]'),
      // gunicorn's own sync workers cannot run an ASGI app such as FastAPI.
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["gunicorn", "-k", "gevent", "-b", "0.0.0.0:8000", "src.api:app"]'),
    ],
  ],
  [
    { id: 'serves', params: { server: 'gunicorn', port: 8000 } },
    [
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["gunicorn", "--bind=:8000", "app:app"]'),
      // With PORT set, gunicorn binds 0.0.0.0:$PORT.
      df('FROM python:3.11-slim', INSTALL, 'ENV PORT=8000', 'EXPOSE 8000', 'CMD ["gunicorn", "app:app"]'),
    ],
    [
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["gunicorn", "app:app"]'),
      df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["gunicorn", "-b", "127.0.0.1:8000", "app:app"]'),
    ],
  ],
  [
    { id: 'serves', params: { server: 'flask', port: 5000 } },
    [df('FROM python:3.11-slim', INSTALL, 'EXPOSE 5000', 'CMD ["flask", "run", "--host=0.0.0.0"]')],
    [df('FROM python:3.11-slim', INSTALL, 'EXPOSE 5000', 'CMD ["flask", "run"]')],
  ],
  [
    { id: 'entrypoint-runs', params: { program: 'python', script: 'src/train.py' } },
    // The script copied where it is run: a python image has no src/train.py of its own.
    [
      df('FROM python:3.11-slim', 'COPY src/ ./src/', 'ENTRYPOINT ["python", "src/train.py"]'),
      df('FROM python:3.11-slim', 'COPY src/ ./src/', 'ENTRYPOINT ["python3", "-u", "./src/train.py"]'),
      // The same file by its absolute path under the WORKDIR.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'ENTRYPOINT ["python", "/app/src/train.py"]'),
      df('FROM python:3.11-slim', 'ENV HOME_DIR=/srv', 'WORKDIR $HOME_DIR', 'WORKDIR app', 'COPY . .', 'ENTRYPOINT ["python", "/srv/app/src/train.py"]'),
      // Run as a module from the WORKDIR: the same file.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ src/', 'ENTRYPOINT ["python", "-m", "src.train"]'),
      // Under an init that forwards signals, installed in the image.
      df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends tini', 'COPY src/ /src/', 'ENTRYPOINT ["/usr/bin/tini", "-g", "--", "python", "src/train.py"]'),
      df('FROM python:3.11-slim', 'RUN pip install --no-cache-dir dumb-init==1.2.5', 'COPY src/train.py src/train.py', 'ENTRYPOINT ["dumb-init", "python", "src/train.py"]'),
    ],
    [
      df('FROM python:3.11-slim', 'WORKDIR /srv', 'ENTRYPOINT ["python", "/app/src/train.py"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'ENTRYPOINT ["python", "/app/src/serve.py"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "-m", "src.serve"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src.train"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT python src/train.py'),
      df('FROM python:3.11-slim', 'CMD ["python", "src/train.py"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/serve.py"]'),
    ],
  ],
  [
    { id: 'entrypoint-runs', params: { program: 'python', alone: true } },
    [
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python"]', 'CMD ["src/serve.py"]'),
      df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends tini', 'ENTRYPOINT ["tini", "--", "python"]', 'CMD ["src/serve.py"]'),
      // An image whose contents are not known here may ship tini.
      df('FROM company/python-base:3.11', 'ENTRYPOINT ["tini", "--", "python"]', 'CMD ["src/serve.py"]'),
    ],
    [
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/serve.py"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["tini", "--", "python", "src/serve.py"]'),
      // python:3.11-slim has no tini: the container does not start.
      df('FROM python:3.11-slim', 'ENTRYPOINT ["tini", "--", "python"]', 'CMD ["src/serve.py"]'),
      // tini alone: `docker run img src/train.py` would run the script file itself.
      df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y tini', 'ENTRYPOINT ["tini", "--"]', 'CMD ["python", "src/serve.py"]'),
    ],
  ],
  [
    { id: 'cmd-default-args', params: { args: ['--model', 'random_forest'] } },
    [
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--model", "random_forest", "--epochs", "100"]'),
      // `--model=random_forest` is `--model random_forest` to the script's argument parser.
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--model=random_forest", "--epochs=100"]'),
    ],
    [
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--model=xgboost"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--model-name=random_forest"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD --model random_forest'),
      df('FROM python:3.11-slim', 'CMD ["python", "src/train.py", "--model", "random_forest"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--model", "xgboost"]'),
      // The whole command line again: train.py gets `python src/train.py` as arguments.
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["python", "src/train.py", "--model", "random_forest"]'),
      // An ENTRYPOINT in a later stage resets the CMD inherited from its base.
      df('FROM python:3.11-slim AS base', 'CMD ["--model", "random_forest"]', 'FROM base', 'ENTRYPOINT ["python", "src/train.py"]'),
    ],
  ],
  [
    { id: 'cmd-default-args', params: { args: ['src/serve.py'] } },
    [
      df('FROM python:3.11-slim', 'COPY src/ ./src/', 'ENTRYPOINT ["python"]', 'CMD ["src/serve.py"]'),
      df('FROM python:3.11-slim', 'COPY . .', 'ENTRYPOINT ["python"]', 'CMD ["./src/serve.py"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/serve.py src/', 'ENTRYPOINT ["python"]', 'CMD ["/app/src/serve.py"]'),
      // The script run as a module from the WORKDIR: `docker run img src/train.py` still works.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'ENTRYPOINT ["python"]', 'CMD ["-m", "src.serve"]'),
      // Where the COPYs put it cannot be told.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY $SRC ./src/', 'ENTRYPOINT ["python"]', 'CMD ["src/serve.py"]'),
    ],
    [
      // The default script is not in the image: python stops with "can't open file".
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/train.py ./src/', 'ENTRYPOINT ["python"]', 'CMD ["src/serve.py"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ .', 'ENTRYPOINT ["python"]', 'CMD ["src/serve.py"]'),
      df('FROM python:3.11-slim', 'WORKDIR /srv', 'ENTRYPOINT ["python"]', 'CMD ["/app/src/serve.py"]'),
      df('FROM python:3.11-slim', 'ENTRYPOINT ["python"]', 'CMD ["src/train.py"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'ENTRYPOINT ["python"]', 'CMD ["-m", "src.train"]'),
      // `-m` takes the next word as the module: `src/serve.py` there is no module name.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'ENTRYPOINT ["python"]', 'CMD ["-m", "src/serve.py"]'),
      // `python python src/serve.py`: python looks for a script named python.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'ENTRYPOINT ["python"]', 'CMD ["python", "src/serve.py"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'ENTRYPOINT ["python3"]', 'CMD ["python", "src/serve.py"]'),
    ],
  ],
  [
    { id: 'stage-count', params: { min: 2 } },
    [df('FROM python:3.11 AS builder', 'FROM python:3.11-slim')],
    [df('FROM python:3.11-slim')],
  ],
  [
    { id: 'final-copies-only', params: { from: 'builder', paths: ['model.pkl'] } },
    [df('FROM python:3.11 AS builder', 'RUN python train.py', 'FROM python:3.11-slim', 'COPY --from=builder /build/model.pkl ./models/', 'COPY src/api.py .')],
    [
      df('FROM python:3.11-slim', 'COPY model.pkl .'),
      df('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY --from=builder /build /app'),
      df('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY --from=builder /build/model.pkl /build/train.py ./'),
      df('FROM python:3.11 AS trainer', 'FROM python:3.11-slim', 'COPY --from=trainer /build/model.pkl ./'),
    ],
  ],
  [
    { id: 'copies-before-install', params: { manifest: 'requirements.txt' } },
    [
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .'),
      df('FROM python:3.11-slim', 'COPY requirements.txt pyproject.toml ./', 'RUN python -m pip install -r ./requirements.txt', 'COPY src/ ./src/'),
      // uv's pip interface, and pip's other spellings of -r.
      df('FROM python:3.11-slim', 'COPY requirements.txt .', 'RUN uv pip install --system -r requirements.txt', 'COPY . .'),
      df('FROM python:3.11-slim', 'COPY requirements.txt .', 'RUN pip install --requirement=requirements.txt', 'COPY . .'),
      df('FROM python:3.11-slim', 'COPY requirements.txt .', 'RUN pip install -rrequirements.txt', 'COPY . .'),
      // The manifest bind-mounted into the install: no COPY needed, and the source still comes after.
      df(
        'FROM python:3.11-slim',
        'RUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt pip install --no-cache-dir -r /tmp/requirements.txt',
        'COPY . .',
      ),
      // bind is --mount's default type.
      df('FROM python:3.11-slim', 'RUN --mount=source=requirements.txt,target=/tmp/requirements.txt pip install -r /tmp/requirements.txt', 'COPY . .'),
      // Copied to a folder and read from there, by its absolute path or after a cd.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt /tmp/', 'RUN pip install -r /tmp/requirements.txt', 'COPY . .'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt /tmp/', 'RUN cd /tmp && pip install -r requirements.txt', 'COPY . .'),
      df('FROM python:3.11-slim', 'COPY requirements.txt /app/', 'WORKDIR /app', 'RUN pip install -r requirements.txt', 'COPY . .'),
      // One of two copies lands where pip reads.
      df('FROM python:3.11-slim', 'COPY requirements.txt /tmp/', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .'),
      // The order is right even where pip then reads another folder: the build item tells that stop.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt /tmp/', 'RUN pip install -r requirements.txt', 'COPY . .'),
    ],
    [
      df('FROM python:3.11-slim', 'COPY . /app', 'WORKDIR /app', 'RUN pip install -r requirements.txt'),
      df('FROM python:3.11-slim', 'COPY src/ ./src/', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt'),
      df('FROM python:3.11-slim', 'RUN pip install numpy==1.26.4'),
      // A bind mount of another file, or of the whole context (its content is in the install's cache key).
      df('FROM python:3.11-slim', 'RUN --mount=type=bind,source=other.txt,target=/tmp/requirements.txt pip install -r /tmp/requirements.txt'),
      df('FROM python:3.11-slim', 'RUN --mount=type=bind,target=/src pip install -r /src/requirements.txt'),
      df('FROM python:3.11-slim', 'COPY . .', 'RUN uv pip install --system -r requirements.txt'),
    ],
  ],
  [
    { id: 'user-non-root' },
    [
      df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app'),
      df('FROM python:3.11-slim AS base', 'USER 1000', 'FROM base'),
      // Accounts the base already has, or one created some other way than useradd.
      df('FROM python:3.11-slim', 'USER nobody'),
      df('FROM node:20-slim', 'USER node'),
      df('FROM python:3.11-alpine', 'RUN addgroup -S app && adduser -S app -G app', 'USER app:app'),
      df('FROM python:3.11-slim', 'ARG APP_USER=svc', 'RUN useradd --system $APP_USER', 'USER ${APP_USER}'),
      df('FROM python:3.11-slim AS base', 'RUN useradd app', 'FROM base', 'USER app'),
      df('FROM python:3.11-slim', 'RUN echo "app:x:1000:1000::/app:/bin/sh" >> /etc/passwd', 'USER app'),
      df('FROM python:3.11-slim AS b', 'RUN useradd app', 'FROM python:3.11-slim', 'COPY --from=b /etc/passwd /etc/passwd', 'USER app'),
      // Any account may exist in an image whose accounts are not known here.
      df('FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04', 'USER mluser'),
      df('FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04', 'COPY --chown=mluser src/ ./src/', 'USER mluser'),
      // --chown to an account that exists by then: created before, a system account, a UID, a variable.
      df('FROM python:3.11-slim', 'RUN useradd -m app', 'COPY --chown=app:app src/ ./src/', 'USER app'),
      df('FROM python:3.11-slim', 'COPY --chown=www-data:www-data src/ ./src/', 'COPY --chown=1000:1000 . .', 'USER 1000'),
      df('FROM python:3.11-slim', 'ARG OWNER', 'COPY --chown=$OWNER src/ ./src/', 'USER nobody'),
      // The user's own group (useradd makes it), a group made, a system group, a GID.
      df('FROM python:3.11-slim', 'RUN useradd -m appuser', 'USER appuser:appuser'),
      df('FROM python:3.11-slim', 'RUN groupadd -r ml && useradd -r -g ml appuser', 'COPY --chown=appuser:ml src/ ./src/', 'USER appuser:ml'),
      df('FROM python:3.11-slim', 'RUN useradd -m appuser', 'USER appuser:users'),
      df('FROM python:3.11-slim', 'RUN useradd -m appuser', 'USER appuser:1000'),
      df('FROM python:3.11-alpine', 'RUN addgroup -S ml && adduser -S -G ml appuser', 'USER appuser:ml'),
    ],
    [
      df('FROM python:3.11-slim'),
      df('FROM python:3.11-slim', 'USER app', 'USER root'),
      df('FROM python:3.11-slim', 'USER 0:0'),
      // Built, but `docker run` stops: "unable to find user appuser".
      df('FROM python:3.11-slim', 'USER appuser'),
      df('FROM python:3.11 AS builder', 'RUN useradd appuser', 'FROM python:3.11-slim', 'USER appuser'),
      df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER appuser'),
      // The account is created after it is needed: the build stops.
      df('FROM python:3.11-slim', 'USER appuser', 'RUN useradd -m appuser'),
      df('FROM python:3.11-slim', 'COPY --chown=appuser:appuser src/ ./src/', 'RUN useradd -m appuser', 'USER appuser'),
      df('FROM python:3.11-slim AS base', 'ADD --chown=app app.tar.gz /app/', 'FROM base', 'RUN useradd app', 'USER app'),
      // A group nothing made: "unable to find group mlgroup", at docker run or at the COPY.
      df('FROM python:3.11-slim', 'RUN useradd -m appuser', 'USER appuser:mlgroup'),
      df('FROM python:3.11-slim', 'RUN useradd -m appuser', 'COPY --chown=appuser:mlgroup src/ ./src/', 'USER appuser'),
    ],
  ],
  [
    { id: 'output-writable', params: { file: 'model.pkl', option: '--output' } },
    [
      df('FROM python:3.11-slim', 'WORKDIR /app', 'ENTRYPOINT ["python", "src/train.py"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN useradd -m trainer && chown trainer:trainer /app', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]'),
      df('FROM python:3.11-slim', 'RUN useradd -m trainer && mkdir -p /app && chown -R trainer /app', 'WORKDIR /app', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]'),
      // A WORKDIR created after USER belongs to that user (BuildKit).
      df('FROM python:3.11-slim', 'RUN useradd -m trainer', 'USER trainer', 'WORKDIR /work', 'ENTRYPOINT ["python", "/opt/src/train.py"]'),
      // Written somewhere the user may write: its home, /tmp, a folder it made, one given by --output.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN useradd -m trainer', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "/home/trainer/model.pkl"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN useradd -m trainer && mkdir /app/out && chmod 777 /app/out', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py", "--output=out/model.pkl"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN useradd -m trainer', 'USER trainer', 'RUN mkdir /tmp/x', 'ENTRYPOINT ["python", "src/train.py", "--output", "/tmp/model.pkl"]'),
      // Not decided here: the base image's own folder, a volume, a path from a variable.
      df('FROM company/trainer-base:1', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'VOLUME /app', 'USER 1000', 'ENTRYPOINT ["python", "src/train.py"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'USER 1000', 'ENTRYPOINT ["python", "src/train.py", "--output", "$OUT"]'),
    ],
    [
      // WORKDIR made /app for root; the job then writes model.pkl there as trainer.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN useradd -m trainer', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]'),
      // COPY --chown owns the copied files, not the folder /app that already existed.
      df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN useradd -m trainer', 'COPY --chown=trainer:trainer . .', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN useradd -m trainer && mkdir /app/models', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "models/model.pkl"]'),
      // COPY makes its folder as root whatever the USER, unless told --chown.
      df('FROM python:3.11-slim', 'RUN useradd -m trainer', 'USER trainer', 'COPY src/ /srv/job/', 'WORKDIR /srv/job', 'ENTRYPOINT ["python", "train.py"]'),
    ],
  ],
  [
    { id: 'no-secret-in-image', params: { files: ['.env'] } },
    [
      df('FROM python:3.11-slim', 'ENV API_KEY_FILE=/run/secrets/api_key', 'COPY src/ ./src/'),
      df('FROM python:3.11-slim', 'COPY . .'), // with a .dockerignore that leaves .env out (below)
      df('FROM python:3.11-slim', 'RUN --mount=type=secret,id=pip pip install --no-cache-dir --index-url "$(cat /run/secrets/pip)" -r requirements.txt'),
    ],
    [
      df('FROM python:3.11-slim', 'ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
      // Silenced by an ignore comment, still in the image.
      df('FROM python:3.11-slim', '# hocdocker-ignore no-secrets', 'ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
      df('FROM python:3.11-slim', 'COPY .env .'),
      df('FROM python:3.11-slim', 'COPY . .'),
      // Copied out of its mount: the secret is back in a layer.
      df('FROM python:3.11-slim', 'RUN --mount=type=secret,id=pip cp /run/secrets/pip /etc/pip.conf && pip install --no-cache-dir -r requirements.txt'),
    ],
  ],
  [
    { id: 'model-not-in-image' },
    [
      df('FROM python:3.11-slim', 'COPY src/ ./src/', 'VOLUME ["/app/models"]'),
      // Installing the library is not fetching a model; fetching one when the container starts is the point.
      df('FROM python:3.11-slim', 'RUN pip install --no-cache-dir transformers==4.44.0', 'CMD ["python", "-c", "from transformers import AutoModel; AutoModel.from_pretrained(\'bert-base-uncased\')"]'),
      // A download that fetches no model file.
      df('FROM python:3.11-slim', 'RUN python -c "import urllib.request; urllib.request.urlretrieve(\'https://example.com/labels.json\', \'/app/labels.json\')"'),
    ],
    [
      df('FROM python:3.11-slim', 'RUN huggingface-cli download sentence-transformers/all-MiniLM-L6-v2'),
      df('FROM python:3.11-slim', 'RUN python -c "from transformers import AutoModel; AutoModel.from_pretrained(\'bert-base-uncased\')"'),
      df('FROM python:3.11-slim', 'RUN python3 <<EOF', 'from huggingface_hub import snapshot_download', 'snapshot_download("org/model")', 'EOF'),
      df('FROM python:3.11-slim', 'RUN python -c "import torch; torch.hub.load(\'pytorch/vision\', \'resnet18\')"'),
      df('FROM python:3.11-slim', 'COPY models/model.pkl ./models/'),
      df('FROM python:3.11-slim', 'COPY model/ ./model/'),
      df('FROM python:3.11 AS b', 'FROM python:3.11-slim', 'COPY --from=b /build/model.onnx .'),
      df('FROM python:3.11-slim', 'RUN curl -fsSL -o /app/model.pt https://example.com/model.pt'),
      // Python's own download calls put the file in the layer just as well.
      df('FROM python:3.11-slim', 'RUN python -c "import urllib.request; urllib.request.urlretrieve(\'https://example.com/model.pkl\', \'/app/models/model.pkl\')"'),
      df('FROM python:3.11-slim', 'RUN python3 <<EOF', 'import requests', 'open("/models/model.onnx", "wb").write(requests.get("https://example.com/m.onnx").content)', 'EOF'),
    ],
  ],
  [
    // The exercise names the model files of its build context: copying the whole context takes them along.
    { id: 'model-not-in-image', params: { files: ['models/model.pkl'] } },
    [
      df('FROM python:3.11-slim', 'COPY src/ ./src/', 'VOLUME ["/app/models"]'),
      df('FROM python:3.11-slim', 'COPY requirements.txt models.md ./'),
      df('FROM python:3.11-slim', 'COPY . .'), // with a .dockerignore that leaves models/ out (above)
      // A builder stage's context copy does not ship.
      df('FROM python:3.11-slim AS b', 'COPY . /build', 'FROM python:3.11-slim', 'COPY src/ ./src/'),
    ],
    [
      df('FROM python:3.11-slim', 'COPY . .'),
      df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY ./ /app/'),
      df('FROM python:3.11-slim', 'COPY ["*", "/app/"]'),
      df('FROM python:3.11-slim AS base', 'COPY . /app', 'FROM base'),
    ],
  ],
  [
    { id: 'base-image', params: { match: 'python:3.11-slim' } },
    [df('FROM python:3.11-slim'), df('ARG BASE=python:3.11-slim', 'FROM ${BASE}'), df('FROM python:3.11-slim AS base', 'FROM base')],
    [df('FROM python:3.11'), df('FROM python:3.11-slim AS b', 'FROM python:3.9')],
  ],
  [
    { id: 'healthcheck' },
    [df('FROM python:3.11-slim', 'HEALTHCHECK CMD ["python", "-c", "print(1)"]')],
    [
      df('FROM python:3.11-slim'),
      df('FROM python:3.11-slim', 'HEALTHCHECK NONE'),
      df('FROM python:3.11-slim', 'HEALTHCHECK CMD true', 'FROM python:3.11-slim'),
      df('FROM python:3.11-slim', 'HEALTHCHECK --interval=30s curl -f http://localhost:8000/health'),
    ],
  ],
  [
    { id: 'env-set', params: { name: 'PYTHONUNBUFFERED', value: '1' } },
    [df('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1'), df('FROM python:3.11-slim', 'ENV A=b \\', '    PYTHONUNBUFFERED="1"')],
    [df('FROM python:3.11-slim'), df('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=0'), df('FROM python:3.11-slim', 'ARG PYTHONUNBUFFERED=1')],
  ],
  [
    { id: 'env-set', params: { name: 'MODEL_PATH', under: '/app/models' } },
    [
      df('FROM python:3.11-slim', 'ENV MODEL_PATH=/app/models/model.pkl'),
      df('FROM python:3.11-slim', 'ENV MODEL_DIR=/app/models', 'ENV MODEL_PATH=${MODEL_DIR}/model.pkl'),
      // A value that cannot be read here is not failed.
      df('FROM python:3.11-slim', 'ARG MODEL_DIR', 'ENV MODEL_PATH=$MODEL_DIR/model.pkl'),
      df('FROM python:3.11-slim', 'ENV MODEL_PATH=$HOME/models/model.pkl'),
      df('FROM python:3.11-slim', 'ARG MODEL_DIR=/app/models', 'ENV MODEL_PATH=$MODEL_DIR/model.pkl'),
      df('ARG MODEL_DIR=/app/models', 'FROM python:3.11-slim', 'ARG MODEL_DIR', 'ENV MODEL_PATH=$MODEL_DIR/model.pkl'),
      df('FROM python:3.11-slim AS base', 'ENV MODEL_DIR=/app/models', 'FROM base', 'ENV MODEL_PATH=${MODEL_DIR:-/srv}/model.pkl'),
    ],
    [
      // One ENV substitutes the values set before it, and a variable set later is empty: MODEL_PATH=/model.pkl.
      df('FROM python:3.11-slim', 'ENV MODEL_DIR=/app/models MODEL_PATH=${MODEL_DIR}/model.pkl'),
      df('FROM python:3.11-slim', 'ENV MODEL_PATH=$MODEL_DIR/model.pkl', 'ENV MODEL_DIR=/app/models'),
      // The folder itself: the API would load a directory.
      df('FROM python:3.11-slim', 'ENV MODEL_PATH=/app/models'),
      df('FROM python:3.11-slim', 'ENV MODEL_PATH=/app/models/'),
      df('FROM python:3.11-slim', 'ENV MODEL_PATH=/models/model.pkl'),
    ],
  ],
  [
    { id: 'env-set', params: { name: 'PYTHONUNBUFFERED' } },
    [df('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1'), df('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=true'), df('FROM python:3.11-slim AS b', 'ENV PYTHONUNBUFFERED 1', 'FROM b')],
    [
      df('FROM python:3.11-slim'),
      // Empty: Python reads it as unset.
      df('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED='),
      df('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=""'),
      df('FROM python:3.11-slim', 'ENV PYTHONUNBUFFERED=1', 'ENV PYTHONUNBUFFERED='),
      // Set from a variable that has no value yet.
      df('FROM python:3.11-slim', 'ENV UNBUFFERED=1 PYTHONUNBUFFERED=$UNBUFFERED'),
    ],
  ],
  [
    { id: 'volume', params: { path: '/app/models' } },
    [
      df('FROM python:3.11-slim', 'VOLUME ["/app/models"]'),
      df('FROM python:3.11-slim', 'VOLUME /data /app/models/'),
      df('FROM python:3.11-slim', 'ENV MODEL_DIR=/app/models', 'VOLUME ${MODEL_DIR}'),
    ],
    [df('FROM python:3.11-slim'), df('FROM python:3.11-slim', 'VOLUME ["/data"]'), df('FROM python:3.11-slim', 'ARG MODEL_DIR', 'VOLUME ${MODEL_DIR}')],
  ],
  [
    { id: 'expose', params: { port: 8000 } },
    [df('FROM python:3.11-slim', 'EXPOSE 8000/tcp'), df('FROM python:3.11-slim', 'EXPOSE 7999-8001')],
    [df('FROM python:3.11-slim', 'EXPOSE 80'), df('FROM python:3.11-slim')],
  ],
  [
    { id: 'workdir', params: { path: '/app' } },
    [
      df('FROM python:3.11-slim', 'WORKDIR /app/'),
      df('FROM python:3.11-slim', 'ENV APP_HOME=/app', 'WORKDIR $APP_HOME'),
      df('FROM python:3.11-slim', 'WORKDIR /', 'WORKDIR "app"'),
    ],
    [df('FROM python:3.11-slim'), df('FROM python:3.11-slim', 'WORKDIR /srv'), df('FROM python:3.11-slim', 'WORKDIR /srv', 'WORKDIR app')],
  ],
  [
    { id: 'runs-in-builder', params: { script: 'src/train.py' } },
    [
      df('FROM python:3.11 AS builder', 'RUN python src/train.py --out /m.pkl', 'FROM python:3.11-slim'),
      df('FROM python:3.11 AS builder', 'WORKDIR /build', 'RUN python /build/src/train.py', 'FROM python:3.11-slim'),
      df('FROM python:3.11 AS builder', 'WORKDIR /app', 'RUN python -m src.train', 'FROM python:3.11-slim'),
      // Run by the path a COPY put it at, whatever the WORKDIR.
      df('FROM python:3.11 AS builder', 'COPY src/ /build/src/', 'COPY data/ /build/data/', 'RUN python /build/src/train.py --output /model.pkl', 'FROM python:3.11-slim'),
      df('FROM python:3.11 AS builder', 'COPY src/train.py /opt/train.py', 'RUN python3 /opt/train.py', 'FROM python:3.11-slim'),
      df('FROM python:3.11 AS builder', 'WORKDIR /w', 'COPY src/ ./code/', 'RUN python code/train.py', 'FROM python:3.11-slim'),
      // An exec-form RUN runs the script as surely as a shell-form one.
      df('FROM python:3.11 AS builder', 'WORKDIR /build', 'RUN ["python", "src/train.py", "--output", "/build/model.pkl"]', 'FROM python:3.11-slim'),
      df('FROM python:3.11 AS builder', 'COPY src/train.py /opt/train.py', 'RUN ["/usr/local/bin/python3", "/opt/train.py"]', 'FROM python:3.11-slim'),
    ],
    [
      df('FROM python:3.11-slim', 'RUN python src/train.py'),
      df('FROM python:3.11 AS b', 'FROM b', 'RUN python ./src/train.py'),
      df('FROM python:3.11-slim'),
      df('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'WORKDIR /app', 'RUN python /app/src/train.py'),
      df('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'RUN python -m src.train'),
      // The WORKDIR after the RUN is not where it ran.
      df('FROM python:3.11 AS builder', 'RUN python /build/src/train.py', 'WORKDIR /build', 'FROM python:3.11-slim'),
      // Copied elsewhere than the path run; copied and run in the final stage.
      df('FROM python:3.11 AS builder', 'COPY src/ /build/src/', 'RUN python /build/train.py', 'FROM python:3.11-slim'),
      df('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'COPY src/ /opt/src/', 'RUN python /opt/src/train.py'),
      df('FROM python:3.11 AS builder', 'COPY src/ /build/src/', 'RUN cat /build/src/train.py', 'FROM python:3.11-slim'),
      df('FROM python:3.11 AS builder', 'FROM python:3.11-slim', 'RUN ["python", "src/train.py"]'),
      df('FROM python:3.11 AS builder', 'COPY src/ /build/src/', 'RUN ["cat", "/build/src/train.py"]', 'FROM python:3.11-slim'),
    ],
  ],
];

describe('requirements', () => {
  for (const [ref, passing, failing] of table) {
    const name = `${ref.id} ${JSON.stringify(ref.params ?? {})}`;
    it(`${name} passes`, () => {
      for (const source of passing) {
        const result = check(ref, source, PASSING_DOCKERIGNORE[ref.id]);
        expect(result.pass, `${source}\n${result.why}`).toBe(true);
        expect(result.why).not.toBe('');
      }
    });
    it(`${name} fails`, () => {
      for (const source of failing) {
        const result = check(ref, source);
        expect(result.pass, `${source}\n${result.why}`).toBe(false);
        expect(result.why).not.toBe('');
      }
    });
  }

  it('covers every registered requirement in the table', () => {
    expect(new Set(table.map(([ref]) => ref.id))).toEqual(new Set(requirements.map((r) => r.id)));
  });

  it('points at the lines involved', () => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', UVICORN));
    expect(result.lines).toEqual([4, 3]);
  });

  it('tells a learner who ran fastapi run or gunicorn what the uvicorn item needs', () => {
    const serves = { id: 'serves', params: { server: 'uvicorn', port: 8000 } };
    expect(check(serves, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["fastapi", "run", "src/api.py"]')).why).toContain('fastapi[standard]');
    const workers = check(serves, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "src.api:app"]'));
    expect(workers.why).toContain('--bind 0.0.0.0:8000');
  });

  it('says that uvicorn takes its port from UVICORN_PORT when the command gives none, and where', () => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'ENV UVICORN_PORT=9000', 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0"]'));
    expect(result.pass).toBe(false);
    expect(result.lines).toEqual([5, 3]);
    expect(result.why).toContain('cổng 9000');
    expect(result.why).toContain('UVICORN_PORT (dòng 3)');
  });

  it.each([
    ['uvicorn', 'ENV UVICORN_HOST=127.0.0.1', 'CMD ["uvicorn", "src.api:app", "--port", "8000"]', 'UVICORN_HOST'],
    ['flask', 'ENV FLASK_APP=src/api.py FLASK_RUN_HOST=localhost', 'CMD ["flask", "run", "--port", "8000"]', 'FLASK_RUN_HOST'],
  ])('says that %s takes its loopback address from the ENV, and which line to change', (server, env, cmd, key) => {
    const result = check({ id: 'serves', params: { server, port: 8000 } }, df('FROM python:3.11-slim', INSTALL, env, 'EXPOSE 8000', cmd));
    expect(result.pass).toBe(false);
    expect(result.lines).toEqual([5, 3]);
    expect(result.why).toContain(`ENV ${key}=`);
    expect(result.why).toContain(`Đặt ${key}=0.0.0.0 ở dòng 3`);
  });

  describe('serves: uvicorn told to use uvloop, httptools, websockets or wsproto, which a plain uvicorn install lacks', () => {
    const REQUIREMENTS = { 'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\nscikit-learn==1.5.2\njoblib==1.4.2\nnumpy==1.26.4\n' };
    const serves = (texts: Record<string, string>, ...lines: string[]) =>
      evaluateRequirement({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, { analysis: analyze(df('FROM python:3.11-slim', 'WORKDIR /app', ...lines)), contextTexts: texts });
    const LOOP = 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--loop", "uvloop"]';

    it.each([
      ['--loop uvloop, packages named in the RUN', {}, ['RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6', 'EXPOSE 8000', LOOP], 'uvloop'],
      ['--http httptools, a requirements file whose text is known', REQUIREMENTS, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', 'CMD uvicorn src.api:app --host 0.0.0.0 --port 8000 --http=httptools'], 'httptools'],
      ['--loop uvloop, which a LABEL names but nothing installs', {}, ['LABEL org.opencontainers.image.description="FastAPI on uvloop"', 'RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6', 'EXPOSE 8000', LOOP], 'uvloop'],
      ['--loop uvloop after python -m', REQUIREMENTS, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', 'CMD ["python", "-m", "uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--loop", "uvloop"]'], 'uvloop'],
    ])('fails %s: uvicorn stops at start', (_, texts, lines, module) => {
      const result = serves(texts, ...lines);
      expect(result.pass).toBe(false);
      expect(result.why).toContain(`No module named '${module}'`);
      expect(result.why).toContain('uvicorn[standard]');
    });

    it.each([
      ['uvicorn[standard] installed', {}, ['RUN pip install --no-cache-dir "uvicorn[standard]==0.30.6" fastapi==0.115.0', 'EXPOSE 8000', LOOP]],
      ['fastapi[standard] installed', {}, ['RUN pip install --no-cache-dir "fastapi[standard]==0.115.0"', 'EXPOSE 8000', LOOP]],
      ['uvloop installed by name', {}, ['RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6 uvloop==0.20.0', 'EXPOSE 8000', LOOP]],
      ['a requirements file whose text is not known', {}, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', LOOP]],
      ['a requirements file with a package whose dependencies are not known', { 'requirements.txt': 'sanic==24.6.0\nuvicorn==0.30.6\n' }, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', LOOP]],
      ['the asyncio loop', REQUIREMENTS, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', LOOP.replace('uvloop', 'asyncio')]],
      ['a venv copied from another image', {}, ['COPY --from=ghcr.io/org/deps:1.0 /opt/venv /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH', 'EXPOSE 8000', LOOP]],
      ['an install in the command itself', {}, ['RUN pip install --no-cache-dir uvicorn==0.30.6', 'EXPOSE 8000', 'CMD ["sh", "-c", "pip install uvloop && exec uvicorn src.api:app --host 0.0.0.0 --port 8000 --loop uvloop"]']],
    ])('passes %s', (_, texts, lines) => {
      const result = serves(texts, ...lines);
      expect(result.pass, result.why).toBe(true);
    });

    // uvicorn's click command reads an option it is not given from UVICORN_<OPTION>.
    const BY_NAME = 'RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6';
    const PLAIN = 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]';

    it.each([
      ['ENV UVICORN_LOOP=uvloop, packages named in the RUN', {}, ['ENV UVICORN_LOOP=uvloop', BY_NAME, 'EXPOSE 8000', PLAIN], 'UVICORN_LOOP', 'uvloop', 3, 6],
      ['ENV UVICORN_HTTP=httptools beside another variable, a requirements file whose text is known', REQUIREMENTS, ['ENV PYTHONUNBUFFERED=1 UVICORN_HTTP=httptools', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', 'CMD uvicorn src.api:app --host 0.0.0.0 --port 8000'], 'UVICORN_HTTP', 'httptools', 3, 7],
      ['ENV UVICORN_LOOP=uvloop inherited from the stage the final one is built FROM', {}, ['FROM python:3.11-slim AS base', 'ENV UVICORN_LOOP=uvloop', BY_NAME, 'FROM base', 'EXPOSE 8000', PLAIN], 'UVICORN_LOOP', 'uvloop', 4, 8],
      ['ENV UVICORN_LOOP=$LOOP from an ARG whose default is uvloop', {}, ['ARG LOOP=uvloop', 'ENV UVICORN_LOOP=$LOOP', BY_NAME, 'EXPOSE 8000', PLAIN], 'UVICORN_LOOP', 'uvloop', 4, 7],
    ])('fails %s: uvicorn reads the choice from its variable and stops at start', (_, texts, lines, key, module, envLine, cmdLine) => {
      const result = serves(texts, ...lines);
      expect(result.pass).toBe(false);
      expect(result.lines).toEqual([cmdLine, envLine]);
      expect(result.why).toContain(`ENV ${key}=${module} (dòng ${envLine})`);
      expect(result.why).toContain(`No module named '${module}'`);
      expect(result.why).toContain('uvicorn[standard]');
      expect(result.why).toContain(`bỏ ${key} ở dòng ${envLine}`);
    });

    it.each([
      ['uvicorn[standard] installed', {}, ['ENV UVICORN_LOOP=uvloop', 'RUN pip install --no-cache-dir "uvicorn[standard]==0.30.6" fastapi==0.115.0', 'EXPOSE 8000', PLAIN]],
      ['uvloop installed by name', {}, ['ENV UVICORN_LOOP=uvloop', 'RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6 uvloop==0.20.0', 'EXPOSE 8000', PLAIN]],
      ['a requirements file whose text is not known', {}, ['ENV UVICORN_HTTP=httptools', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', PLAIN]],
      ['a --loop on the command line, which wins over the variable', {}, ['ENV UVICORN_LOOP=uvloop', BY_NAME, 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--loop", "asyncio"]']],
      ['an --http=h11 on the command line, which wins over the variable', REQUIREMENTS, ['ENV UVICORN_HTTP=httptools', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', 'CMD uvicorn src.api:app --host 0.0.0.0 --port 8000 --http=h11']],
      ['the asyncio loop by the variable', {}, ['ENV UVICORN_LOOP=asyncio UVICORN_HTTP=h11', BY_NAME, 'EXPOSE 8000', PLAIN]],
      ['a variable whose value is a build argument without a default', {}, ['ARG LOOP', 'ENV UVICORN_LOOP=$LOOP', BY_NAME, 'EXPOSE 8000', PLAIN]],
      ['the variable set in another stage than the one that runs', {}, ['ENV UVICORN_LOOP=uvloop', 'FROM python:3.11-slim', BY_NAME, 'EXPOSE 8000', PLAIN]],
      ['uvloop installed through a build argument', {}, ['ARG EXTRA=uvloop', 'ENV UVICORN_LOOP=$EXTRA', `${BY_NAME} $EXTRA`, 'EXPOSE 8000', PLAIN]],
      ['uvloop installed through an ENV variable', {}, ['ENV UVICORN_LOOP=uvloop EXTRA="uvloop==0.20.0"', `${BY_NAME} "$EXTRA"`, 'EXPOSE 8000', PLAIN]],
    ])('passes %s', (_, texts, lines) => {
      const result = serves(texts, ...lines);
      expect(result.pass, result.why).toBe(true);
    });

    // --ws websockets / wsproto import their package when uvicorn loads its config; --ws auto goes on without either.
    const WS = (value: string) => `CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--ws", "${value}"]`;

    it.each([
      ['--ws websockets, packages named in the RUN', {}, ['RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6', 'EXPOSE 8000', WS('websockets')], 'websockets', 'Cài uvicorn[standard]'],
      ['--ws=wsproto, a requirements file whose text is known', REQUIREMENTS, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', 'CMD uvicorn src.api:app --host 0.0.0.0 --port 8000 --ws=wsproto'], 'wsproto', 'uvicorn[standard] cũng không có'],
      ['ENV UVICORN_WS=websockets', {}, ['ENV UVICORN_WS=websockets', 'RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6', 'EXPOSE 8000', PLAIN], 'websockets', 'bỏ UVICORN_WS ở dòng 3'],
      ['ENV UVICORN_WS=wsproto', REQUIREMENTS, ['ENV UVICORN_WS=wsproto', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', PLAIN], 'wsproto', 'Thêm wsproto vào requirements'],
      ['--ws wsproto with uvicorn[standard], which brings websockets, not wsproto', {}, ['RUN pip install --no-cache-dir "uvicorn[standard]==0.30.6" fastapi==0.115.0', 'EXPOSE 8000', WS('wsproto')], 'wsproto', 'uvicorn[standard] cũng không có'],
      ['--ws wsproto with uvicorn[standard] in a requirements file', { 'requirements.txt': 'fastapi==0.115.0\nUvicorn[Standard] >= 0.30  # server\n' }, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', WS('wsproto')], 'wsproto', 'uvicorn[standard] cũng không có'],
    ])('fails %s: uvicorn stops at start', (_, texts, lines, module, fix) => {
      const result = serves(texts, ...lines);
      expect(result.pass).toBe(false);
      expect(result.why).toContain(`No module named '${module}'`);
      expect(result.why).toContain(fix);
    });

    it.each([
      ['--ws auto, which goes on without either', {}, ['RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6', 'EXPOSE 8000', WS('auto')]],
      ['--ws none', REQUIREMENTS, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', WS('none')]],
      ['--ws websockets with uvicorn[standard]', {}, ['RUN pip install --no-cache-dir "uvicorn[standard]==0.30.6" fastapi==0.115.0', 'EXPOSE 8000', WS('websockets')]],
      ['--ws websockets with websockets installed by name', {}, ['RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6 websockets==13.1', 'EXPOSE 8000', WS('websockets')]],
      ['--ws wsproto with uvicorn[standard] and wsproto installed by name', {}, ['RUN pip install --no-cache-dir "uvicorn[standard]==0.30.6" fastapi==0.115.0 wsproto==1.2.0', 'EXPOSE 8000', WS('wsproto')]],
      ['--ws wsproto with uvicorn[standard] and wsproto in a requirements file', { 'requirements.txt': 'fastapi==0.115.0\nuvicorn[standard]==0.30.6\nwsproto==1.2.0\n' }, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', WS('wsproto')]],
      ['--ws wsproto with uvicorn and another extra in a requirements file', { 'requirements.txt': 'fastapi==0.115.0\nuvicorn[standard,wsproto-extra]==0.30.6\n' }, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', WS('wsproto')]],
      ['--ws wsproto with fastapi[all] in a requirements file, whose extras are not listed here', { 'requirements.txt': 'fastapi[all]==0.115.0\nuvicorn[standard]==0.30.6\n' }, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', WS('wsproto')]],
      ['--loop uvloop with uvicorn[standard] in a requirements file', { 'requirements.txt': 'fastapi==0.115.0\nuvicorn[standard]==0.30.6\n' }, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', LOOP]],
      ['--ws wsproto with wsproto in a requirements file', { 'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\nwsproto==1.2.0\n' }, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', WS('wsproto')]],
      ['--ws websockets, a requirements file whose text is not known', {}, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', WS('websockets')]],
      ['--ws websockets, a package whose dependencies are not known', { 'requirements.txt': 'gradio==4.44.0\nuvicorn==0.30.6\n' }, ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'EXPOSE 8000', WS('websockets')]],
      ['ENV UVICORN_WS=wsproto under a --ws auto on the command line', {}, ['ENV UVICORN_WS=wsproto', 'RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6', 'EXPOSE 8000', WS('auto')]],
      ['ENV UVICORN_WS=websockets with uvicorn[standard]', {}, ['ENV UVICORN_WS=websockets', 'RUN pip install --no-cache-dir "uvicorn[standard]==0.30.6" fastapi==0.115.0', 'EXPOSE 8000', PLAIN]],
      ['--ws-max-size, another option than --ws', {}, ['RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6', 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--ws-max-size", "1048576"]']],
    ])('passes %s', (_, texts, lines) => {
      const result = serves(texts, ...lines);
      expect(result.pass, result.why).toBe(true);
    });
  });

  it('asks for --host 0.0.0.0 when uvicorn listens on its default address', () => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["uvicorn", "src.api:app", "--port", "8000"]'));
    expect(result.lines).toEqual([4]);
    expect(result.why).toContain('Thêm --host 0.0.0.0');
    expect(result.why).not.toContain('ENV');
  });

  it('says which init the image lacks, and what an ENTRYPOINT of tini alone runs', () => {
    const alone = { id: 'entrypoint-runs', params: { program: 'python', alone: true } };
    expect(check(alone, df('FROM python:3.11-slim', 'ENTRYPOINT ["tini", "--", "python"]', 'CMD ["src/serve.py"]')).why).toContain('không có tini');
    const serves = { id: 'serves', params: { server: 'uvicorn', port: 8000 } };
    const server = ['EXPOSE 8000', 'ENTRYPOINT ["tini", "--"]', UVICORN];
    expect(check(serves, df('FROM python:3.11-slim', INSTALL, ...server)).why).toContain('không có tini');
    expect(check(serves, df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends tini', INSTALL, ...server)).pass).toBe(true);
    expect(check(alone, df('FROM python:3.11-slim', 'RUN apt-get install -y tini', 'ENTRYPOINT ["tini", "--"]')).why).toContain('ENTRYPOINT chạy tini, không phải python');
  });

  it('says that a manifest copied after the install stops the build', () => {
    const result = check({ id: 'copies-before-install' }, df('FROM python:3.11-slim', 'WORKDIR /app', INSTALL, 'COPY requirements.txt .', 'COPY src/ ./src/'));
    expect(result).toMatchObject({ pass: false, lines: [3, 4] });
    expect(result.why).toContain('chỉ được COPY ở dòng 4, sau lệnh cài ở dòng 3');
    expect(result.why).toContain('Could not open requirements file');
  });

  it('says why a user created too late breaks the build', () => {
    const chown = check({ id: 'user-non-root' }, df('FROM python:3.11-slim', 'COPY --chown=app:app src/ ./src/', 'RUN useradd -m app', 'USER app'));
    expect(chown.why).toContain('COPY --chown=app:app (dòng 2)');
    expect(chown.why).toContain('unable to convert uid/gid chown string');
    expect(chown.lines).toEqual([2]);
    const user = check({ id: 'user-non-root' }, df('FROM python:3.11-slim', 'USER app', 'RUN useradd -m app'));
    expect(user.why).toContain('USER app (dòng 2) đứng trước lệnh tạo user này');
  });

  it.each([
    ['useradd --uid 0 -o', 'RUN useradd --create-home --uid 0 -o mluser', false],
    ['useradd -u 0', 'RUN useradd -o -u 0 mluser', false],
    ['--uid=0', 'RUN useradd --uid=0 --non-unique mluser', false],
    ['an ordinary UID', 'RUN useradd --create-home --uid 1000 mluser', true],
    ['UID 0 given to another account', 'RUN useradd -u 1001 mluser && useradd -u 0 -o other', true],
  ])('user-non-root: a USER whose account has UID 0 is root (%s)', (_, run, pass) => {
    const result = check({ id: 'user-non-root' }, df('FROM python:3.11-slim', run, 'USER mluser'));
    expect(result.pass).toBe(pass);
    if (!pass) expect(result.why).toContain('UID 0 chính là root');
  });

  it('says that a # comment after USER is part of the user name, and shows where the comment goes', () => {
    const user = check({ id: 'user-non-root' }, df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app   # không chạy root'));
    expect(user).toMatchObject({ pass: false, lines: [3] });
    expect(user.why).toContain('tên user là cả chuỗi "app   # không chạy root"');
    expect(user.why).toContain('để lại "USER app"');
    expect(user.why).not.toContain('useradd --create-home app   #');
    // A # inside a name written on its own is no comment; the same user with the comment above passes.
    expect(check({ id: 'user-non-root' }, df('FROM python:3.11-slim', 'RUN useradd -m app', '# không chạy root', 'USER app')).pass).toBe(true);
    expect(check({ id: 'user-non-root' }, df('FROM python:3.11-slim', 'USER 1000#x')).why).not.toContain('chú thích');
  });

  it.each([
    ['serves: a USER with a comment', { id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'RUN useradd -m app', 'USER app # x', 'EXPOSE 8000', UVICORN), 'tên user là cả chuỗi "app # x"'],
    ['entrypoint-runs: a USER with a comment', { id: 'entrypoint-runs', params: { program: 'python' } }, df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app   # x', 'ENTRYPOINT ["python", "a.py"]'), 'để lại "USER app"'],
    ['serves: an exec-form CMD with a comment', { id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', `${UVICORN}   # chạy API`), '"[uvicorn,: not found"'],
    ['entrypoint-runs: an exec-form ENTRYPOINT with a comment', { id: 'entrypoint-runs', params: { program: 'python', script: 'src/train.py' } }, df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"] # job'), 'để lại "ENTRYPOINT ["python", "src/train.py"]"'],
    ['cmd-default-args: an exec-form CMD with a comment', { id: 'cmd-default-args', params: { args: ['--epochs', '100'] } }, df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "t.py"]', 'CMD ["--epochs", "100"]  # mặc định'), 'làm hỏng mảng JSON'],
  ])('says that a # comment after an instruction is no comment: %s', (_, ref, source, says) => {
    const result = check(ref, source);
    expect(result.pass).toBe(false);
    expect(result.why).toContain('Dockerfile chỉ coi # là chú thích khi nó đứng đầu dòng');
    expect(result.why).toContain(says);
  });

  it.each([
    ['serves with the comments on their own lines', { id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'RUN useradd -m app', '# không chạy root', 'USER app', 'EXPOSE 8000', '# chạy API', UVICORN)],
    ['entrypoint-runs with a # inside a JSON string', { id: 'entrypoint-runs', params: { program: 'python' } }, df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "-c", "print(1) # one"]')],
    ['entrypoint-runs with a shell-form CMD whose comment the shell reads', { id: 'entrypoint-runs', params: { program: 'python' } }, df('FROM python:3.11-slim', 'ENTRYPOINT ["python"]', 'CMD python a.py # start')],
    ['a USER whose name holds # without a blank', { id: 'entrypoint-runs', params: { program: 'python' } }, df('FROM python:3.11-slim', 'USER 1000#x', 'ENTRYPOINT ["python", "a.py"]')],
  ])('does not blame a comment: %s', (_, ref, source) => {
    expect(check(ref, source).why).not.toContain('chú thích');
  });

  describe('final-copies-only: the model where the app loads it', () => {
    const ref = { id: 'final-copies-only', params: { from: 'builder', paths: ['model.pkl'], loadedFrom: '/app/models/model.pkl', env: 'MODEL_PATH', app: 'src/api.py' } };
    const image = (...final: string[]) => df('FROM python:3.11-slim AS builder', 'RUN python src/train.py --output /build/model.pkl', 'FROM python:3.11-slim', 'WORKDIR /app', ...final);
    it.each([
      ['copied into the WORKDIR itself', image('COPY --from=builder /build/model.pkl .'), 'đặt model.pkl tại /app/model.pkl, nhưng src/api.py nạp nó từ /app/models/model.pkl'],
      ['copied to a file path in another folder', image('COPY --from=builder /build/model.pkl /models/model.pkl'), 'tại /models/model.pkl'],
      ['copied where the default is, but ENV points elsewhere', image('ENV MODEL_PATH=/srv/model.pkl', 'COPY --from=builder /build/model.pkl ./models/'), 'ENV MODEL_PATH=/srv/model.pkl bảo ứng dụng nạp nó từ /srv/model.pkl'],
      ['copied into a folder before the WORKDIR', df('FROM python:3.11-slim AS builder', 'FROM python:3.11-slim', 'COPY --from=builder /build/model.pkl ./models/', 'WORKDIR /app'), 'tại /models/model.pkl'],
      // One ENV substitutes the values set before it, not those beside it: MODEL_PATH is /model.pkl.
      ['MODEL_PATH through a variable of the same ENV', image('ENV MODELS=/app/models MODEL_PATH=${MODELS}/model.pkl', 'COPY --from=builder /build/model.pkl ./models/'), 'ENV MODEL_PATH=${MODELS}/model.pkl (dòng 5) cho MODEL_PATH=/model.pkl'],
    ])('fails %s', (_, source, says) => {
      const result = check(ref, source);
      expect(result.pass).toBe(false);
      expect(result.why).toContain(says);
      expect(result.why).toContain('FileNotFoundError');
    });

    it.each([
      ['the lesson: into ./models/ under WORKDIR /app', image('COPY --from=builder /build/model.pkl ./models/')],
      ['an absolute file path', image('COPY --from=builder /build/model.pkl /app/models/model.pkl')],
      ['elsewhere, with MODEL_PATH set to it', image('ENV MODEL_PATH=/app/model.pkl', 'COPY --from=builder /build/model.pkl .')],
      ['MODEL_PATH through another variable', image('ENV MODELS=/srv', 'ENV MODEL_PATH=${MODELS}/model.pkl', 'COPY --from=builder /build/model.pkl /srv/')],
      ['a destination a RUN made a folder', image('RUN mkdir -p /app/models', 'COPY --from=builder /build/model.pkl /app/models')],
      ['a destination a WORKDIR made a folder', image('WORKDIR /app/models', 'WORKDIR /app', 'COPY --from=builder /build/model.pkl ./models')],
      ['a destination the base image may hold as a folder', df('FROM python:3.11-slim AS builder', 'RUN python src/train.py --output /build/model.pkl', 'FROM myorg/base:1.0', 'WORKDIR /app', 'COPY --from=builder /build/model.pkl ./models')],
      ['a variable without a value', image('ARG DIR', 'ENV MODEL_PATH=$DIR/model.pkl', 'COPY --from=builder /build/model.pkl .')],
      ['a RUN that moves it', image('COPY --from=builder /build/model.pkl .', 'RUN mkdir models && mv model.pkl models/')],
    ])('passes %s', (_, source) => {
      expect(check(ref, source).pass).toBe(true);
    });

    it.each([
      ['./models', image('ENV MODEL_PATH=/app/models/model.pkl', 'COPY --from=builder /build/model.pkl ./models'), 'COPY ở dòng 6 có đích ./models không có dấu / ở cuối', 'file tên /app/models', 'COPY --from=builder /build/model.pkl ./models/.'],
      ['/app/models, the default path', image('COPY --from=builder /build/model.pkl /app/models'), "NotADirectoryError: [Errno 20] Not a directory: '/app/models/model.pkl'"],
    ])('fails a destination %s without a trailing slash, where no folder is: Docker writes the model as a file of that name', (_, source, ...says) => {
      const result = check(ref, source);
      expect(result.pass).toBe(false);
      for (const text of says) expect(result.why).toContain(text);
    });

    it('does not judge where without loadedFrom', () => {
      expect(check({ id: 'final-copies-only', params: { from: 'builder', paths: ['model.pkl'] } }, image('COPY --from=builder /build/model.pkl .')).pass).toBe(true);
    });
  });

  describe('entrypoint-runs: the script where python looks for it', () => {
    const ref = { id: 'entrypoint-runs', params: { program: 'python', script: 'src/train.py' } };
    const image = (entrypoint: string, ...lines: string[]) => df('FROM python:3.11-slim', ...lines, `ENTRYPOINT ${entrypoint}`);
    it.each([
      ['the file copied into the WORKDIR itself', image('["python", "src/train.py"]', 'WORKDIR /app', 'COPY src/train.py .'), 'src/train.py nằm ở /app/train.py', "can't open file '/app/src/train.py'"],
      ['a WORKDIR changed after the copy', image('["python", "src/train.py"]', 'WORKDIR /app', 'COPY src/ ./src/', 'WORKDIR /home/app'), 'ENTRYPOINT chạy /home/app/src/train.py'],
      ['never copied', image('["python", "src/train.py"]', 'WORKDIR /app', 'COPY data/ ./data/'), 'src/train.py không được COPY vào image'],
      ['a module that is not under the WORKDIR', image('["python", "-m", "src.train"]', 'COPY src/ /opt/src/', 'WORKDIR /app'), 'No module named src.train'],
      ['the script’s name without its folder', image('["python", "train.py"]', 'WORKDIR /app', 'COPY src/ ./src/'), 'src/train.py nằm ở /app/src/train.py, nhưng ENTRYPOINT chạy /app/train.py', "can't open file '/app/train.py': [Errno 2] No such file or directory"],
      ['another script', image('["python", "src/serve.py"]', 'WORKDIR /app', 'COPY src/ ./src/'), 'ENTRYPOINT chạy src/serve.py, không phải src/train.py.'],
    ])('fails %s', (_, source, ...says) => {
      const result = check(ref, source);
      expect(result.pass).toBe(false);
      for (const text of says) expect(result.why).toContain(text);
    });

    it.each([
      ['the folder copied under the WORKDIR', image('["python", "src/train.py"]', 'WORKDIR /app', 'COPY src/ ./src/')],
      ['an absolute path', image('["python", "/opt/src/train.py"]', 'COPY src/ /opt/src/', 'WORKDIR /app')],
      ['python options before the script', image('["python", "-u", "-W", "ignore", "src/train.py"]', 'WORKDIR /app', 'COPY . .')],
      ['a module under the WORKDIR', image('["python", "-m", "src.train"]', 'WORKDIR /app', 'COPY src/ src/')],
      ['a module with PYTHONPATH set', image('["python", "-m", "src.train"]', 'ENV PYTHONPATH=/opt', 'COPY src/ /opt/src/', 'WORKDIR /app')],
      ['a RUN that may move files', image('["python", "src/train.py"]', 'WORKDIR /app', 'COPY src/train.py .', 'RUN mkdir src && mv train.py src/')],
      ['a base with its own WORKDIR', df('FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime', 'COPY src/ ./src/', 'ENTRYPOINT ["python", "src/train.py"]')],
      ['a project installed with pip', image('["python", "src/train.py"]', 'COPY . /src/', 'RUN pip install /src', 'WORKDIR /app')],
    ])('passes %s', (_, source) => {
      expect(check(ref, source).pass).toBe(true);
    });
  });

  describe('reads: the inputs a script opens from its working folder', () => {
    const job = { id: 'entrypoint-runs', params: { program: 'python', script: 'src/train.py', reads: ['data/train.csv'] } };
    const builder = { id: 'runs-in-builder', params: { script: 'src/train.py', reads: ['data/train.csv'] } };
    const image = (...lines: string[]) => df('FROM python:3.11-slim', ...lines, 'ENTRYPOINT ["python", "src/train.py"]');
    const built = (...lines: string[]) => df('FROM python:3.11-slim AS builder', ...lines, 'FROM python:3.11-slim', 'COPY --from=builder /build/model.pkl .');
    it.each([
      ['a job without its data', job, image('WORKDIR /app', 'COPY src/ ./src/'), 'data/train.csv không được COPY vào image', 'COPY data/ vào /app/data/'],
      ['a job whose data sits outside its WORKDIR', job, image('COPY data/ /data/', 'WORKDIR /app', 'COPY src/ ./src/'), 'data/train.csv nằm ở /data/train.csv', 'tức /app/data/train.csv'],
      ['a training RUN without its data', builder, built('WORKDIR /build', 'COPY src/ ./src/', 'RUN python src/train.py --output /build/model.pkl'), 'RUN ở dòng 4: data/train.csv không được COPY', 'build dừng với lỗi "FileNotFoundError"'],
      ['a training RUN by absolute path from the root folder', builder, built('COPY src/ /build/src/', 'COPY data/ /build/data/', 'RUN python /build/src/train.py --output /build/model.pkl'), 'đọc data/train.csv từ thư mục làm việc (/)'],
    ])('fails %s', (_, ref, source, ...says) => {
      const result = check(ref, source);
      expect(result.pass).toBe(false);
      for (const text of says) expect(result.why).toContain(text);
    });

    it.each([
      ['a job with its data beside its code', job, image('WORKDIR /app', 'COPY src/ ./src/', 'COPY data/ ./data/')],
      ['the whole context', job, image('WORKDIR /app', 'COPY . .')],
      ['the file itself, to its path', job, image('WORKDIR /srv', 'COPY src/ src/', 'COPY data/train.csv data/train.csv')],
      ['a training RUN from the WORKDIR', builder, built('WORKDIR /build', 'COPY src/ ./src/', 'COPY data/ ./data/', 'RUN python src/train.py --output /build/model.pkl')],
      ['a cd before the script', builder, built('COPY src/ /build/src/', 'COPY data/ /build/data/', 'RUN cd /build && python src/train.py --output /build/model.pkl')],
      ['a RUN that may fetch it', job, image('WORKDIR /app', 'COPY src/ ./src/', 'RUN curl -fsSLO https://example.com/data/train.csv')],
      ['a base that sets its own WORKDIR', job, df('FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime', 'COPY src/ ./src/', 'COPY data/ ./data/', 'ENTRYPOINT ["python", "src/train.py"]')],
      ['no reads parameter', { id: 'entrypoint-runs', params: { program: 'python', script: 'src/train.py' } }, image('WORKDIR /app', 'COPY src/ ./src/')],
    ])('passes %s', (_, ref, source) => {
      expect(check(ref, source).pass).toBe(true);
    });
  });

  describe('output: a training RUN writing into a folder nothing made', () => {
    const ref = { id: 'runs-in-builder', params: { script: 'src/train.py', output: '--output' } };
    const built = (...lines: string[]) => df('FROM python:3.11-slim AS builder', 'WORKDIR /build', 'COPY requirements.txt .', 'COPY src/ ./src/', ...lines, 'FROM python:3.11-slim', 'COPY --from=builder /build/model.pkl .');
    it.each([
      ['a subfolder of the WORKDIR', built('RUN python src/train.py --output /build/models/model.pkl'), 'thư mục /build/models chưa có'],
      ['a relative subfolder', built('RUN python src/train.py --output models/model.pkl'), 'RUN mkdir -p /build/models'],
      ['an --output= form', built('RUN python src/train.py --output=out/model.pkl'), 'thư mục /build/out chưa có'],
      ['an exec-form RUN', built('RUN ["python", "src/train.py", "--output", "/models/model.pkl"]'), 'thư mục /models chưa có'],
      ['a folder a later RUN makes', built('RUN python src/train.py --output /build/models/model.pkl', 'RUN mkdir -p /build/models'), 'FileNotFoundError'],
      // useradd -m makes the home itself, nothing below it.
      ['a folder under a home useradd made', built('RUN useradd -m trainer', 'RUN python src/train.py --output /home/trainer/models/model.pkl'), 'thư mục /home/trainer/models chưa có'],
      ['a home useradd made without -m', built('RUN useradd trainer', 'RUN python src/train.py --output /home/trainer/model.pkl'), 'RUN useradd --create-home trainer'],
      // BuildKit records a VOLUME in the image's config only: no RUN of the build sees a folder made.
      ['a VOLUME of the builder', built('VOLUME /build/models', 'RUN python src/train.py --output /build/models/model.pkl'), 'thư mục /build/models chưa có'],
      // Run by a user who may not write the folder root made: PermissionError stops the build.
      ['a non-root user writing root’s WORKDIR', built('RUN useradd -m trainer', 'USER trainer', 'RUN python src/train.py --output /build/model.pkl'), 'PermissionError'],
      ['a non-root user writing its default output', built('RUN useradd -m trainer', 'USER trainer', 'RUN python src/train.py'), 'USER ở dòng 6'],
    ])('fails %s', (_, source, says) => {
      const result = check(ref, source);
      expect(result.pass).toBe(false);
      expect(result.why).toContain(says);
    });

    it.each([
      ['the WORKDIR itself', built('RUN python src/train.py --output /build/model.pkl')],
      ['the default output', built('RUN python src/train.py')],
      ['a mkdir in the same RUN', built('RUN mkdir -p models && python src/train.py --output models/model.pkl')],
      ['a mkdir in an earlier RUN', built('RUN mkdir -p /build/models', 'RUN python src/train.py --output /build/models/model.pkl')],
      ['a mkdir in a heredoc RUN', built('RUN <<EOT\nmkdir -p out\npython src/train.py --output out/model.pkl\nEOT')],
      ['a WORKDIR that made it', built('WORKDIR /build/models', 'WORKDIR /build', 'RUN python src/train.py --output /build/models/model.pkl')],
      ['a COPY into it', built('COPY requirements.txt /build/models/', 'RUN python src/train.py --output /build/models/model.pkl')],
      ['a folder a COPY of a folder may bring', built('COPY . .', 'RUN python src/train.py --output /build/models/model.pkl')],
      ['a folder of the image', built('RUN python src/train.py --output /tmp/model.pkl')],
      ['the home useradd -m made', built('RUN useradd -m trainer', 'RUN python src/train.py --output /home/trainer/model.pkl')],
      ['a non-root user writing its home', built('RUN useradd -m trainer', 'USER trainer', 'RUN python src/train.py --output /home/trainer/model.pkl')],
      ['a non-root user given the WORKDIR', built('RUN useradd -m trainer && chown trainer /build', 'USER trainer', 'RUN python src/train.py --output /build/model.pkl')],
      ['a non-root user writing /tmp', built('RUN useradd -m trainer', 'USER trainer', 'RUN python src/train.py --output /tmp/model.pkl')],
      ['the home adduser made', built('RUN adduser --disabled-password --gecos "" trainer', 'RUN python src/train.py --output /home/trainer/model.pkl')],
      ['a folder under a home a mkdir made', built('RUN useradd -m trainer && mkdir -p /home/trainer/models', 'RUN python src/train.py --output /home/trainer/models/model.pkl')],
      ['a home a WORKDIR made', built('WORKDIR /home/trainer/out', 'RUN python /build/src/train.py --output /home/trainer/out/model.pkl')],
      ['a home a variable names', built('RUN python src/train.py --output $HOME/models/model.pkl')],
      ['a variable', built('ARG OUT=/build/models', 'RUN python src/train.py --output $OUT/model.pkl')],
      ['a cd first', built('RUN cd /tmp && python /build/src/train.py --output m/model.pkl')],
      ['another script writing elsewhere', df('FROM python:3.11-slim AS builder', 'COPY src/train.py /opt/train.py', 'RUN python /opt/prep.py --output /x/data.csv && python /opt/train.py', 'FROM python:3.11-slim')],
      ['an image not known', df('FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime AS builder', 'COPY src/ ./src/', 'RUN python src/train.py --output /models/model.pkl', 'FROM python:3.11-slim')],
      ['no output parameter', df('FROM python:3.11-slim AS builder', 'WORKDIR /build', 'COPY src/ ./src/', 'RUN python src/train.py --output /build/models/model.pkl', 'FROM python:3.11-slim')],
    ])('passes %s', (_, source) => {
      const result = check(_ === 'no output parameter' ? { id: 'runs-in-builder', params: { script: 'src/train.py' } } : ref, source);
      expect(result).toMatchObject({ pass: true });
    });
  });

  it.each([
    ['a folder nothing made, as a non-root user', ['RUN useradd -m trainer && chown trainer /app', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py", "--output", "/app/models/model.pkl"]'], false],
    ['a folder nothing made, as root', ['CMD ["python", "src/train.py", "--output=/models/model.pkl"]'], false],
    ['a folder a RUN made', ['RUN useradd -m trainer && mkdir -p /app/models && chown -R trainer /app', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py", "--output", "/app/models/model.pkl"]'], true],
    ['a folder of the image', ['RUN useradd trainer', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py", "--output", "/tmp/model.pkl"]'], true],
    ['the WORKDIR', ['RUN useradd -m trainer && chown trainer /app', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]'], true],
    // useradd -m makes /home/trainer and nothing below it; without -m, not even that.
    ['a folder under the home useradd made', ['RUN useradd -m trainer', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "/home/trainer/models/model.pkl"]'], false],
    ['a home useradd made without -m', ['RUN useradd trainer', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "/home/trainer/model.pkl"]'], false],
    ['a home useradd made without -m, as root', ['RUN useradd --no-create-home trainer', 'CMD ["python", "src/train.py", "--output", "/home/trainer/model.pkl"]'], false],
    ['the home useradd -m made', ['RUN useradd -m trainer', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "/home/trainer/model.pkl"]'], true],
    ['a folder under the home the user made', ['RUN useradd -m trainer', 'USER trainer', 'RUN mkdir -p /home/trainer/models', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "/home/trainer/models/model.pkl"]'], true],
    ['a folder under the home a WORKDIR made for the user', ['RUN useradd -m trainer', 'USER trainer', 'WORKDIR /home/trainer/models', 'ENTRYPOINT ["python", "/app/src/train.py"]', 'CMD ["--output", "model.pkl"]'], true],
    // A VOLUME's mount point is made when the container starts.
    ['a VOLUME', ['VOLUME /models', 'CMD ["python", "src/train.py", "--output", "/models/model.pkl"]'], true],
    ['a home from a variable', ['RUN useradd trainer', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "$HOME/models/model.pkl"]'], true],
  ])('output-writable and the output folder: %s', (_, lines, pass) => {
    const result = check({ id: 'output-writable', params: { file: 'model.pkl', option: '--output' } }, df('FROM python:3.11-slim', 'WORKDIR /app', ...lines));
    expect(result.pass).toBe(pass);
    if (!pass) expect(result.why).toContain('FileNotFoundError');
  });

  it.each([
    // The python image's own folders belong to root: a non-root job cannot write there.
    ['/opt, a folder of the image', ['RUN useradd -m trainer', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "/opt/model.pkl"]'], false],
    ['/, with no WORKDIR', ['RUN useradd -m trainer', 'USER trainer', 'ENTRYPOINT ["python", "/src/train.py"]'], false],
    ['a folder under the home that root made', ['RUN useradd -m trainer && mkdir -p /home/trainer/models', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "/home/trainer/models/model.pkl"]'], false],
    ['/opt handed over', ['RUN useradd -m trainer && chown trainer /opt', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "/opt/model.pkl"]'], true],
    ['/var/tmp', ['RUN useradd -m trainer', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "/var/tmp/model.pkl"]'], true],
    ['/opt as root', ['ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--output", "/opt/model.pkl"]'], true],
  ])('output-writable and the owner of the output folder: %s', (_, lines, pass) => {
    const noWorkdir = _.includes('no WORKDIR');
    const result = check({ id: 'output-writable', params: { file: 'model.pkl', option: '--output' } }, df('FROM python:3.11-slim', ...(noWorkdir ? [] : ['WORKDIR /app']), ...lines));
    expect(result.pass).toBe(pass);
    if (!pass) expect(result.why).toContain('PermissionError');
  });

  it('says that a shell-form CMD after an exec-form ENTRYPOINT reaches it as /bin/sh -c', () => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'ENTRYPOINT ["uvicorn"]', 'CMD src.api:app --host 0.0.0.0 --port 8000'));
    expect(result).toMatchObject({ pass: false, lines: [5, 4] });
    expect(result.why).toContain('"/bin/sh", "-c"');
    expect(result.why).toContain('CMD ["src.api:app", "--host", "0.0.0.0", "--port", "8000"]');
  });

  describe('packages pip put in a folder of its own (--target, --prefix)', () => {
    const serves = { id: 'serves', params: { server: 'uvicorn', port: 8000 } };
    const job = { id: 'entrypoint-runs', params: { program: 'python' } };
    const image = (install: string, ...lines: string[]) => df('FROM python:3.11-slim', 'WORKDIR /app', install, ...lines, 'EXPOSE 8000');
    it.each([
      ['--target, off PATH', serves, image('RUN pip install --no-cache-dir --target /deps -r requirements.txt', UVICORN), 'executable file not found'],
      ['--prefix=, off PATH', serves, image('RUN pip install --no-cache-dir --prefix=/install -r requirements.txt', UVICORN), '/install/bin'],
      ['--target on PATH, off PYTHONPATH', serves, image('RUN pip install --no-cache-dir --target /deps -r requirements.txt', 'ENV PATH=/deps/bin:$PATH', UVICORN), 'PYTHONPATH'],
      ['--target, a python job', job, image('RUN pip install --no-cache-dir --target /deps -r requirements.txt', 'ENTRYPOINT ["python", "train.py"]'), 'ModuleNotFoundError'],
    ])('fails %s', (_, ref, source, says) => {
      const result = check(ref, source);
      expect(result.pass).toBe(false);
      expect(result.why).toContain(says);
    });

    it.each([
      ['--target with PATH and PYTHONPATH', serves, image('RUN pip install --no-cache-dir --target /deps -r requirements.txt', 'ENV PATH=/deps/bin:$PATH PYTHONPATH=/deps', UVICORN)],
      ['--prefix=/usr/local', serves, image('RUN pip install --no-cache-dir --prefix=/usr/local -r requirements.txt', UVICORN)],
      ['--prefix copied from a builder', serves, df('FROM python:3.11-slim AS b', 'RUN pip install --prefix=/install -r requirements.txt', 'FROM python:3.11-slim', 'COPY --from=b /install /usr/local', 'EXPOSE 8000', UVICORN)],
      ['--target run as python -m with PYTHONPATH', serves, image('RUN pip install --no-cache-dir --target /deps -r requirements.txt', 'ENV PYTHONPATH=/deps', 'CMD ["python", "-m", "uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]')],
      ['one plain install beside it', serves, image('RUN pip install --no-cache-dir -r requirements.txt && pip install --target /plugins extra==1.0', UVICORN)],
    ])('passes %s', (_, ref, source) => {
      expect(check(ref, source).pass).toBe(true);
    });
  });

  it.each([
    ['INFO', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--log-level", "INFO"]', false],
    ['--log-level=Debug', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--log-level=Debug"]', false],
    ['$LOG_LEVEL set to INFO', 'CMD uvicorn src.api:app --host 0.0.0.0 --port 8000 --log-level $LOG_LEVEL', false],
    ['info', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--log-level", "info"]', true],
    ['trace', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--log-level", "trace"]', true],
  ])('serves: uvicorn reads --log-level %s as click does, case and all', (_, cmd, pass) => {
    // uvicorn's --log-level is a click.Choice of lower-case names, case-sensitive.
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'ENV LOG_LEVEL=INFO', 'EXPOSE 8000', cmd));
    expect(result.pass).toBe(pass);
    if (!pass) expect(result.why).toContain("Invalid value for '--log-level'");
  });

  it.each([
    ['INFO', 'info'],
    ['verbose', 'info'],
  ])('serves: for --log-level %s, suggests a level uvicorn has: %s', (written, meant) => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', `CMD uvicorn src.api:app --host 0.0.0.0 --port 8000 --log-level ${written}`));
    expect(result.why).toContain(`Viết --log-level ${meant}.`);
  });

  it.each([
    ['INFO', ['ENV UVICORN_LOG_LEVEL=INFO'], 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]', ['Viết UVICORN_LOG_LEVEL=info.'], [5, 3]],
    ['verbose, which is no level at all, in shell form', ['ENV PYTHONUNBUFFERED=1 UVICORN_LOG_LEVEL=verbose'], 'CMD uvicorn src.api:app --host 0.0.0.0 --port 8000', ['Viết UVICORN_LOG_LEVEL=info.'], [5, 3]],
    ['Debug, from an ARG default', ['ARG LEVEL=Debug', 'ENV UVICORN_LOG_LEVEL=$LEVEL'], 'CMD ["python", "-m", "uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]', ['UVICORN_LOG_LEVEL=Debug (dòng 4)', 'Viết UVICORN_LOG_LEVEL=debug.'], [6, 4]],
  ])('serves: uvicorn refuses ENV UVICORN_LOG_LEVEL=%s when its command sets no --log-level', (_, env, cmd, says, lines) => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, ...env, 'EXPOSE 8000', cmd));
    expect(result.pass).toBe(false);
    expect(result.lines).toEqual(lines);
    expect(result.why).toContain("Invalid value for '--log-level': '");
    for (const text of says) expect(result.why).toContain(text);
  });

  it.each([
    ['info', ['ENV UVICORN_LOG_LEVEL=info'], 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]'],
    ['INFO under a --log-level on the command line, which wins', ['ENV UVICORN_LOG_LEVEL=INFO'], 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--log-level=info"]'],
    ['INFO under a --log-level in shell form', ['ENV UVICORN_LOG_LEVEL=INFO'], 'CMD uvicorn src.api:app --host 0.0.0.0 --port 8000 --log-level warning'],
    ['a build argument without a default', ['ARG LEVEL', 'ENV UVICORN_LOG_LEVEL=$LEVEL'], 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]'],
    ['INFO set in another stage than the one that runs', ['ENV UVICORN_LOG_LEVEL=INFO', 'FROM python:3.11-slim', INSTALL], 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]'],
  ])('serves: uvicorn takes ENV UVICORN_LOG_LEVEL: %s', (_, env, cmd) => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, ...env, 'EXPOSE 8000', cmd));
    expect(result.pass, result.why).toBe(true);
  });

  it.each([
    ['-p, which uvicorn does not have', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "-p", "8000"]', 'No such option: -p', 'Viết --port.'],
    ['-h in shell form', 'CMD uvicorn src.api:app -h 0.0.0.0 --port 8000', 'No such option: -h', 'Viết --host.'],
    ['--worker for --workers, through python -m', 'CMD ["python", "-m", "uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--worker", "2"]', 'No such option: --worker', 'Viết --workers.'],
  ])('serves: uvicorn refuses an option it does not have: %s', (_, cmd, ...says) => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', cmd));
    expect(result.pass).toBe(false);
    for (const text of says) expect(result.why).toContain(text);
  });

  it.each([
    ['long options, inline values', 'CMD ["uvicorn", "src.api:app", "--host=0.0.0.0", "--port=8000", "--workers", "2", "--proxy-headers", "--no-access-log", "--forwarded-allow-ips", "*"]'],
    ['an option’s value, and the next shell command’s options', 'CMD ["sh", "-c", "uvicorn src.api:app --host 0.0.0.0 --port 8000 --root-path /api && echo -n done"]'],
  ])('serves: uvicorn takes %s', (_, cmd) => {
    expect(check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', cmd)).pass).toBe(true);
  });

  it.each([
    ['exec form: the words reach uvicorn as written', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--log-level", "$LOG_LEVEL"]', false],
    ['sh -c in exec form: the shell expands it', 'CMD ["sh", "-c", "exec uvicorn src.api:app --host 0.0.0.0 --port 8000 --log-level $LOG_LEVEL"]', true],
    ['shell form: the shell expands it', 'CMD uvicorn src.api:app --host 0.0.0.0 --port 8000 --log-level $LOG_LEVEL', true],
  ])('serves: --log-level $LOG_LEVEL set to info, %s', (_, cmd, pass) => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'ENV LOG_LEVEL=info', 'EXPOSE 8000', cmd));
    expect(result.pass, result.why).toBe(pass);
    if (!pass) expect(result.why).toContain("uvicorn nhận nguyên chữ \"$LOG_LEVEL\" làm --log-level và container dừng ngay với lỗi \"Invalid value for '--log-level': '$LOG_LEVEL' is not one of");
  });

  it.each([
    ['$PORT in an exec-form CMD', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "$PORT"]', false, ['CMD dạng exec (dòng 5)', '"$PORT"', "Invalid value for '--port': '$PORT' is not a valid integer.", '("--port", "8000")', 'CMD ["sh", "-c", "exec uvicorn … --port $PORT"]']],
    ['${PORT:-8000} written into --port=', 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port=${PORT:-8000}"]', false, ["'${PORT:-8000}' is not a valid integer"]],
    ['$PORT in an exec-form CMD after uvicorn’s ENTRYPOINT', 'ENTRYPOINT ["uvicorn", "src.api:app", "--host", "0.0.0.0"]\nCMD ["--port", "$PORT"]', false, ['CMD dạng exec (dòng 6)', '("--port", "8000").']],
    ['$HOST in an exec-form CMD', 'CMD ["uvicorn", "src.api:app", "--host", "$HOST", "--port", "8000"]', false, ['"$HOST" làm địa chỉ để lắng nghe', '"[Errno -2] Name or service not known"', '("--host", "0.0.0.0")']],
    ['the app from a variable in an exec-form CMD', 'CMD ["uvicorn", "$APP_MODULE", "--host", "0.0.0.0", "--port", "8000"]', false, ['"$APP_MODULE" làm ứng dụng cần nạp', 'Import string "$APP_MODULE" must be in format "<module>:<attribute>"']],
    ['$PORT in shell form, which the shell expands', 'CMD uvicorn src.api:app --host 0.0.0.0 --port $PORT', true, []],
    ['$HOST and the app in shell form', 'CMD uvicorn $APP_MODULE --host $HOST --port 8000', true, []],
    ['$PORT in a script sh -c runs', 'CMD ["sh", "-c", "exec uvicorn src.api:app --host 0.0.0.0 --port $PORT"]', true, []],
  ])('serves: uvicorn gets its words as Docker passes them: %s', (_, cmd, pass, says) => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'ENV PORT=8000 HOST=0.0.0.0 APP_MODULE=src.api:app', 'EXPOSE 8000', cmd));
    expect(result.pass, result.why).toBe(pass);
    for (const text of says) expect(result.why).toContain(text);
  });

  it.each([
    // click keeps the last value of an option given twice: CMD's words come after ENTRYPOINT's.
    ['a second --port in CMD', '["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]', '["--port", "8080"]', false, 'cổng 8080'],
    ['a second --host in CMD', '["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]', '["--host", "127.0.0.1"]', false, '127.0.0.1'],
    ['the port the CMD sets last', '["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "9000"]', '["--port", "8000"]', true, ''],
    ['the host the CMD sets last', '["uvicorn", "src.api:app", "--host", "127.0.0.1", "--port", "8000"]', '["--host", "0.0.0.0"]', true, ''],
  ])('serves: uvicorn listens where its last option says: %s', (_, entrypoint, cmd, pass, says) => {
    const result = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', `ENTRYPOINT ${entrypoint}`, `CMD ${cmd}`));
    expect(result.pass).toBe(pass);
    expect(result.why).toContain(says);
  });

  it.each([
    // python:3.11 has python, python3 and python3.11 only.
    ['python3.9 on python:3.11-slim', { id: 'entrypoint-runs', params: { program: 'python' } }, df('FROM python:3.11-slim', 'ENTRYPOINT ["python3.9", "train.py"]'), false],
    ['python2 on python:3.11-slim', { id: 'entrypoint-runs', params: { program: 'python' } }, df('FROM python:3.11-slim', 'ENTRYPOINT ["python2", "train.py"]'), false],
    ['python3.9 -m uvicorn on python:3.11-slim', { id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["python3.9", "-m", "uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]'), false],
    ['python3.11 on python:3.11-slim', { id: 'entrypoint-runs', params: { program: 'python' } }, df('FROM python:3.11-slim', 'ENTRYPOINT ["python3.11", "train.py"]'), true],
    ['python3 on python:3.11', { id: 'entrypoint-runs', params: { program: 'python' } }, df('FROM python:3.11', 'ENTRYPOINT ["python3", "train.py"]'), true],
    ['python3.9 on an image of unknown version', { id: 'entrypoint-runs', params: { program: 'python' } }, df('FROM python:slim', 'ENTRYPOINT ["python3.9", "train.py"]'), true],
  ])('a python program the image has: %s', (_, ref, source, pass) => {
    const result = check(ref, source);
    expect(result.pass).toBe(pass);
    if (!pass) expect(result.why).toContain('executable file not found');
  });

  describe('EXPOSE as Docker records it', () => {
    const serves = { id: 'serves', params: { server: 'uvicorn', port: 8000 } };
    it.each([
      // EXPOSE substitutes the values set before it: PORT is empty there, and nothing is exposed.
      ['a variable set only after the EXPOSE', df('FROM python:3.11-slim', INSTALL, 'EXPOSE ${PORT}', 'ENV PORT=8000', UVICORN), 'không có EXPOSE 8000'],
      // A UDP port: the HTTP server's TCP port is not exposed.
      ['a UDP port', df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000/udp', UVICORN), 'EXPOSE 8000/udp'],
    ])('fails %s', (_, source, says) => {
      const result = check(serves, source);
      expect(result.pass).toBe(false);
      expect(result.why).toContain(says);
      expect(check({ id: 'expose', params: { port: 8000 } }, source).pass).toBe(false);
    });

    it.each([
      ['a variable set before', df('FROM python:3.11-slim', INSTALL, 'ENV PORT=8000', 'EXPOSE ${PORT}', UVICORN)],
      ['an ARG set before', df('FROM python:3.11-slim', INSTALL, 'ARG PORT=8000', 'EXPOSE $PORT/tcp', UVICORN)],
      ['a variable of a parent stage', df('FROM python:3.11-slim AS base', 'ENV PORT=8000', 'FROM base', INSTALL, 'EXPOSE ${PORT}', UVICORN)],
      ['TCP and UDP', df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000/udp 8000/tcp', UVICORN)],
    ])('passes %s', (_, source) => {
      expect(check(serves, source).pass).toBe(true);
    });
  });

  describe('a PATH without the folder the program is in', () => {
    const serves = { id: 'serves', params: { server: 'uvicorn', port: 8000 } };
    const runs = { id: 'entrypoint-runs', params: { program: 'python', alone: true } };
    const image = (...lines: string[]) => df('FROM python:3.11-slim', 'WORKDIR /app', INSTALL, 'RUN useradd -m appuser', ...lines, 'USER appuser', 'EXPOSE 8000');
    it.each([
      ['uvicorn, with PATH set to the user’s bin alone', serves, image('ENV PATH=/home/appuser/.local/bin', UVICORN)],
      ['python, with PATH set to one folder', runs, image('ENV PATH=/root/.local/bin', 'ENTRYPOINT ["python"]', 'CMD ["src/serve.py"]')],
      ['uvicorn through sh, with no system folder left', serves, image('ENV PATH=/opt/tools', 'CMD ["sh", "-c", "uvicorn src.api:app --host 0.0.0.0 --port 8000"]')],
      // A user install's bin holds uvicorn's script, not python: copied in from a builder or made here.
      ['python -m uvicorn, with PATH set to a copied user install alone', serves, df('FROM python:3.11-slim', 'RUN useradd -m appuser', 'COPY --from=builder --chown=appuser /root/.local /home/appuser/.local', 'ENV PATH=/home/appuser/.local/bin', 'USER appuser', 'EXPOSE 8000', 'CMD ["python", "-m", "uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]')],
      ['python, with PATH set to the user install it made alone', runs, df('FROM python:3.11-slim', 'RUN useradd -m appuser', 'USER appuser', 'RUN pip install --user -r requirements.txt', 'ENV PATH=/home/appuser/.local/bin', 'ENTRYPOINT ["python"]', 'CMD ["src/serve.py"]')],
    ])('fails %s', (_, ref, source) => {
      const result = check(ref, source);
      expect(result.pass).toBe(false);
      expect(result.why).toContain('executable file not found in $PATH');
    });

    it.each([
      ['PATH kept with $PATH', serves, image('ENV PATH=/home/appuser/.local/bin:$PATH', UVICORN)],
      ['PATH written out in full', serves, image('ENV PATH=/home/appuser/.local/bin:/usr/local/bin:/usr/bin:/bin', UVICORN)],
      ['a venv the build makes, alone on PATH', serves, df('FROM python:3.11-slim', 'RUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt', 'ENV PATH=/opt/venv/bin', 'EXPOSE 8000', UVICORN)],
      ['a user install on PATH alone', serves, df('FROM python:3.11-slim', 'RUN useradd -m appuser', 'USER appuser', INSTALL, 'ENV PATH=/home/appuser/.local/bin', 'EXPOSE 8000', UVICORN)],
      ['an absolute program', runs, image('ENV PATH=/nowhere', 'ENTRYPOINT ["/usr/local/bin/python"]', 'CMD ["src/serve.py"]')],
    ])('passes %s', (_, ref, source) => {
      expect(check(ref, source).pass).toBe(true);
    });
  });

  it('output-writable is labelled true of a job run as root and of one run by another user', () => {
    const label = evaluateRequirement({ id: 'output-writable', params: { file: 'model.pkl', option: '--output' } }, { analysis: analyze(df('FROM python:3.11-slim')) }).label;
    expect(label).toBe('Job ghi được model.pkl: thư mục có sẵn và user chạy job có quyền ghi vào đó');
    expect(label).not.toContain('không phải root');
  });

  it('output-writable says why COPY --chown into an existing folder leaves it root’s', () => {
    // BuildKit chowns what it copies and the folders it creates, never a destination that exists (moby/buildkit#790).
    const ref = { id: 'output-writable', params: { file: 'model.pkl', option: '--output' } };
    const result = check(ref, df('FROM python:3.11-slim', 'RUN useradd -m trainer', 'WORKDIR /app', 'COPY --chown=trainer . .', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]'));
    expect(result).toMatchObject({ pass: false, lines: [5, 4] });
    expect(result.why).toContain('COPY --chown=trainer ở dòng 4 chỉ đổi chủ những gì nó chép vào');
    expect(result.why).toContain('/app đã có từ WORKDIR ở dòng 3');
    // Into a folder it creates, the folder is the user's too.
    expect(check(ref, df('FROM python:3.11-slim', 'RUN useradd -m trainer', 'COPY --chown=trainer . /app', 'WORKDIR /app', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]')).pass).toBe(true);
  });

  it('output-writable says a folder of the base image belongs to root', () => {
    const result = check({ id: 'output-writable', params: { file: 'model.pkl', option: '--output' } }, df('FROM python:3.11-slim', 'RUN useradd -m trainer', 'USER trainer', 'ENTRYPOINT ["python", "/src/train.py"]', 'CMD ["--output", "/srv/model.pkl"]'));
    expect(result.why).toContain('/srv có sẵn trong image gốc và thuộc root');
    const atRoot = check({ id: 'output-writable', params: { file: 'model.pkl', option: '--output' } }, df('FROM python:3.11-slim', 'RUN useradd -m trainer', 'USER trainer', 'ENTRYPOINT ["python", "/src/train.py"]'));
    expect(atRoot.why).toContain('WORKDIR /app rồi RUN chown trainer /app');
  });

  it.each([
    ['a user made with a home', ['RUN useradd --create-home trainer', 'USER trainer'], '(--output /home/trainer/model.pkl)'],
    ['a user made without a home', ['RUN useradd trainer', 'USER trainer'], '(--output /tmp/model.pkl)'],
    ['a UID without an account', ['USER 1000'], '(--output /tmp/model.pkl)'],
  ])('output-writable suggests a folder the job can write: %s', (_, user, says) => {
    const result = check({ id: 'output-writable', params: { file: 'model.pkl', option: '--output' } }, df('FROM python:3.11-slim', 'WORKDIR /app', ...user, 'ENTRYPOINT ["python", "src/train.py"]'));
    expect(result.pass).toBe(false);
    expect(result.why).toContain(says);
  });

  it('judges a COPY with a # comment after it as it was meant (the builds item fails the line)', () => {
    const result = check({ id: 'copies-before-install' }, df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .   # Layer 3', INSTALL, 'COPY src/ ./src/   # Layer 5'));
    expect(result.pass).toBe(true);
    expect(result.why).not.toContain('Mã nguồn được COPY trước');
  });

  it('fails a training job whose packages pip put under /root for a non-root USER', () => {
    const ref = { id: 'entrypoint-runs', params: { program: 'python', script: 'src/train.py' } };
    const job = (install: string) => df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .', install, 'COPY src/ ./src/', 'RUN useradd -m trainer', 'USER trainer', 'ENTRYPOINT ["python", "src/train.py"]');
    const result = check(ref, job('RUN pip install --no-cache-dir --user -r requirements.txt'));
    expect(result).toMatchObject({ pass: false, lines: [8] });
    expect(result.why).toContain('ModuleNotFoundError');
    expect(check(ref, job('RUN pip install --no-cache-dir -r requirements.txt')).pass).toBe(true);
  });

  it('fails serving, or a job, with packages copied from a stage on another Python version', () => {
    const image = (run: string) => df('FROM python:3.9-slim AS builder', 'RUN pip install --user -r requirements.txt', 'FROM python:3.11-slim', 'COPY --from=builder /root/.local /root/.local', 'ENV PATH=/root/.local/bin:$PATH', 'EXPOSE 8000', run);
    expect(check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, image(UVICORN)).why).toContain('python 3.9');
    expect(check({ id: 'entrypoint-runs', params: { program: 'python' } }, image('ENTRYPOINT ["python", "train.py"]')).why).toContain('ModuleNotFoundError');
  });

  it('fails serving with a server pip installed into the USER’s home, off PATH', () => {
    const ref = { id: 'serves', params: { server: 'uvicorn', port: 8000 } };
    const image = (...path: string[]) => df('FROM python:3.11-slim', 'RUN useradd -m -u 1000 appuser', 'USER appuser', 'WORKDIR /app', ...path, 'COPY requirements.txt .', INSTALL, 'EXPOSE 8000', UVICORN);
    expect(check(ref, image()).why).toContain('/home/appuser/.local/bin, không có trong PATH');
    expect(check(ref, image('ENV PATH=/home/appuser/.local/bin:$PATH')).pass).toBe(true);
  });

  it('says that a whole command line in one exec-form string does not start', () => {
    const serves = check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', 'CMD ["uvicorn src.api:app --host 0.0.0.0 --port 8000"]'));
    expect(serves).toMatchObject({ pass: false, lines: [4] });
    expect(serves.why).toContain('executable file not found in $PATH');
    expect(serves.why).toContain('CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]');
    const alone = check({ id: 'entrypoint-runs', params: { program: 'python', alone: true } }, df('FROM python:3.11-slim', 'ENTRYPOINT ["python src/serve.py"]'));
    expect(alone).toMatchObject({ pass: false, lines: [2] });
    expect(alone.why).toContain('ENTRYPOINT ["python", "src/serve.py"]');
    // The same server, each word its own string: passes.
    expect(check({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, df('FROM python:3.11-slim', INSTALL, 'EXPOSE 8000', UVICORN)).pass).toBe(true);
  });

  it('explains a CMD value that holds several words', () => {
    const ref = { id: 'cmd-default-args', params: { args: ['--model', 'random_forest', '--epochs', '100'] } };
    const result = check(ref, df('FROM python:3.11-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--model random_forest", "--epochs 100"]'));
    expect(result.pass).toBe(false);
    expect(result.why).toContain('"--model", "random_forest"');
  });

  it('fails an unknown requirement id with a reason instead of throwing', () => {
    const result = check({ id: 'serves-cobol' }, df('FROM python:3.11-slim'));
    expect(result.pass).toBe(false);
    expect(result.why).toContain('serves-cobol');
  });

  it('survives missing or mistyped parameters', () => {
    expect(check({ id: 'serves', params: { server: 7 as unknown as string } }, df('FROM x')).pass).toBe(false);
    expect(check({ id: 'final-copies-only' }, df('FROM a AS b', 'FROM c')).pass).toBe(false);
    expect(check({ id: 'stage-count', params: { min: 'deux' } }, df('FROM a AS b', 'FROM c')).pass).toBe(true);
  });
});

describe('cmd-default-args: a CMD that repeats the program the ENTRYPOINT runs', () => {
  const ref = { id: 'cmd-default-args', params: { args: ['src/serve.py'] } };
  const why = (source: string) => check(ref, source);

  it('says what the container runs, what python answers, and what to keep', () => {
    const result = why(df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'ENTRYPOINT ["python"]', 'CMD ["python", "src/serve.py"]'));
    expect(result.pass).toBe(false);
    expect(result.why).toContain('container chạy "python python src/serve.py"');
    expect(result.why).toContain(`"can't open file '/app/python': [Errno 2] No such file or directory"`);
    expect(result.why).toContain('CMD ["src/serve.py"]');
    expect(result.lines).toEqual([5, 4]);
  });

  it.each([
    ['an entrypoint script that runs its arguments', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'COPY entrypoint.sh /', 'ENTRYPOINT ["/entrypoint.sh"]', 'CMD ["python", "src/serve.py"]')],
    ['python with a module option first', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'ENTRYPOINT ["python"]', 'CMD ["-u", "src/serve.py"]')],
  ])('does not fire on %s', (_, source) => expect(why(source).why).not.toContain('Docker nối CMD vào sau nó'));
});
