import { describe, expect, it } from 'vitest';
import { parse } from './parse';
import { effectiveCommand, exposedPorts, hasExpose, isExposed, portOfAddress, serverOf } from './servers';
import { dockerfile } from './rules/test-helpers';

/** Name and port of the final stage's server, or null. */
function server(...lines: string[]) {
  const found = serverOf(parse(dockerfile(...lines)));
  return found && { name: found.name, port: found.port, portSource: found.portSource };
}

describe('serverOf', () => {
  it('reads uvicorn --port in exec form, with the port word range', () => {
    const ast = parse(dockerfile('FROM python:3.11-slim', 'CMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8080"]'));
    const found = serverOf(ast);
    expect(found && { name: found.name, port: found.port, portSource: found.portSource, line: found.portRange?.line }).toEqual({
      name: 'uvicorn',
      port: 8080,
      portSource: 'flag',
      line: 2,
    });
    expect(found?.range).toEqual({ line: 2, column: 6, endLine: 2, endColumn: 15 });
  });

  it('falls back to each server default', () => {
    expect(server('FROM python:3.11-slim', 'CMD ["uvicorn", "api:app"]')).toEqual({ name: 'uvicorn', port: 8000, portSource: 'default' });
    expect(server('FROM python:3.11-slim', 'CMD ["gunicorn", "app:app"]')).toEqual({ name: 'gunicorn', port: 8000, portSource: 'default' });
    expect(server('FROM python:3.11-slim', 'CMD ["flask", "run", "--host=0.0.0.0"]')).toEqual({ name: 'flask', port: 5000, portSource: 'default' });
    expect(server('FROM python:3.11-slim', 'CMD ["streamlit", "run", "app.py"]')).toEqual({ name: 'streamlit', port: 8501, portSource: 'default' });
    expect(server('FROM python:3.11-slim', 'CMD ["mlflow", "server", "--host", "0.0.0.0"]')).toEqual({ name: 'mlflow', port: 5000, portSource: 'default' });
    expect(server('FROM nginx:1.27', 'CMD ["nginx", "-g", "daemon off;"]')).toEqual({ name: 'nginx', port: 80, portSource: 'default' });
    expect(server('FROM nvcr.io/nvidia/tritonserver:24.01-py3', 'CMD ["tritonserver", "--model-repository=/models"]')).toEqual({
      name: 'tritonserver',
      port: 8000,
      portSource: 'default',
    });
    expect(server('FROM pytorch/torchserve:0.9.0-cpu', 'CMD ["torchserve", "--start", "--model-store", "/models"]')).toEqual({
      name: 'torchserve',
      port: 8080,
      portSource: 'default',
    });
    expect(server('FROM python:3.11-slim', 'CMD ["bentoml", "serve", "service:svc"]')).toEqual({ name: 'bentoml', port: 3000, portSource: 'default' });
  });

  it('reads gunicorn --bind and -b addresses', () => {
    expect(server('FROM python:3.11-slim', 'CMD ["gunicorn", "--bind", "0.0.0.0:9000", "app:app"]')?.port).toBe(9000);
    expect(server('FROM python:3.11-slim', 'CMD ["gunicorn", "-b", ":7000", "app:app"]')?.port).toBe(7000);
    expect(server('FROM python:3.11-slim', 'CMD ["gunicorn", "--bind=[::]:6000", "app:app"]')?.port).toBe(6000);
    expect(server('FROM python:3.11-slim', 'CMD ["gunicorn", "-b", "unix:/tmp/app.sock", "app:app"]')?.port).toBeNull();
  });

  it('reads short and joined flags: -p 8000, --port=8000, --server.port', () => {
    expect(server('FROM python:3.11-slim', 'CMD ["flask", "run", "-p", "5001"]')?.port).toBe(5001);
    expect(server('FROM python:3.11-slim', 'CMD ["uvicorn", "api:app", "--port=8001"]')?.port).toBe(8001);
    expect(server('FROM python:3.11-slim', 'CMD ["streamlit", "run", "app.py", "--server.port", "8502"]')?.port).toBe(8502);
    expect(server('FROM python:3.11-slim', 'CMD ["streamlit", "run", "app.py", "--server.port=8503"]')?.port).toBe(8503);
    expect(server('FROM python:3.11-slim', 'CMD ["mlflow", "server", "-p", "5005"]')?.port).toBe(5005);
  });

  it('reads python -m forms and http.server positional port', () => {
    expect(server('FROM python:3.11-slim', 'CMD ["python", "-m", "http.server", "9090"]')).toEqual({ name: 'http.server', port: 9090, portSource: 'flag' });
    expect(server('FROM python:3.11-slim', 'CMD ["python3", "-m", "http.server"]')).toEqual({ name: 'http.server', port: 8000, portSource: 'default' });
    expect(server('FROM python:3.11-slim', 'CMD ["python", "-m", "uvicorn", "api:app", "--port", "8002"]')?.port).toBe(8002);
    expect(server('FROM python:3.11-slim', 'CMD ["python", "-m", "flask", "run"]')?.name).toBe('flask');
  });

  it('reads shell form, exec and cd prefixes, and $PORT from ENV', () => {
    expect(server('FROM python:3.11-slim', 'CMD uvicorn api:app --port 8003')?.port).toBe(8003);
    expect(server('FROM python:3.11-slim', 'CMD cd /app && exec uvicorn api:app --port 8004')?.port).toBe(8004);
    expect(server('FROM python:3.11-slim', 'ENV PORT=8005', 'CMD uvicorn api:app --port $PORT')).toEqual({ name: 'uvicorn', port: 8005, portSource: 'env' });
    expect(server('FROM python:3.11-slim', 'CMD uvicorn api:app --port ${PORT:-8006}')).toEqual({ name: 'uvicorn', port: 8006, portSource: 'flag' });
    expect(server('FROM python:3.11-slim', 'ENV PORT=8007', 'CMD gunicorn -b 0.0.0.0:${PORT} app:app')?.port).toBe(8007);
  });

  it('opens sh -c scripts in exec form', () => {
    expect(server('FROM python:3.11-slim', 'ENV PORT=8008', 'CMD ["sh", "-c", "exec uvicorn api:app --port $PORT"]')?.port).toBe(8008);
  });

  it('opens the -c script of any shell the parser knows (ash, ksh, mksh too)', () => {
    expect(server('FROM python:3.11-alpine', 'CMD ["ash", "-c", "exec uvicorn api:app --port 8010"]')?.port).toBe(8010);
    expect(server('FROM python:3.11-slim', 'CMD ["/bin/mksh", "-c", "exec uvicorn api:app --port 8011"]')?.port).toBe(8011);
  });

  it('reads an sh -c script as RUN scripts are read: leading assignments and redirections are not words of the command', () => {
    expect(server('FROM python:3.11-slim', 'CMD ["sh", "-c", "PYTHONPATH=/app python -m http.server 9000 >> /tmp/log 2>&1"]')).toEqual({
      name: 'http.server',
      port: 9000,
      portSource: 'flag',
    });
  });

  it('does not expand $PORT in exec form (Docker passes it literally)', () => {
    expect(server('FROM python:3.11-slim', 'ENV PORT=8009', 'CMD ["uvicorn", "api:app", "--port", "$PORT"]')).toEqual({
      name: 'uvicorn',
      port: null,
      portSource: null,
    });
  });

  it('uses gunicorn PORT env and FLASK_RUN_PORT', () => {
    expect(server('FROM python:3.11-slim', 'ENV PORT=7001', 'CMD ["gunicorn", "app:app"]')).toEqual({ name: 'gunicorn', port: 7001, portSource: 'env' });
    expect(server('FROM python:3.11-slim', 'ENV FLASK_RUN_PORT=7002', 'CMD ["flask", "run"]')).toEqual({ name: 'flask', port: 7002, portSource: 'env' });
  });

  it('combines ENTRYPOINT and CMD, skipping wrappers and entrypoint scripts', () => {
    expect(server('FROM python:3.11-slim', 'ENTRYPOINT ["uvicorn"]', 'CMD ["api:app", "--port", "8010"]')?.port).toBe(8010);
    expect(server('FROM python:3.11-slim', 'ENTRYPOINT ["tini", "--"]', 'CMD ["uvicorn", "api:app"]')?.port).toBe(8000);
    expect(server('FROM python:3.11-slim', 'ENTRYPOINT ["/docker-entrypoint.sh"]', 'CMD ["gunicorn", "-b", ":8011", "app:app"]')?.port).toBe(8011);
  });

  it('follows the base-stage chain and lets ENTRYPOINT reset an inherited CMD', () => {
    expect(server('FROM python:3.11-slim AS base', 'CMD ["uvicorn", "api:app"]', 'FROM base', 'RUN true')?.name).toBe('uvicorn');
    expect(server('FROM python:3.11-slim AS base', 'CMD ["uvicorn", "api:app"]', 'FROM base', 'ENTRYPOINT ["python", "job.py"]')).toBeNull();
  });

  it('judges the final stage only', () => {
    expect(server('FROM python:3.11-slim AS dev', 'CMD ["uvicorn", "api:app"]', 'FROM python:3.11-slim', 'CMD ["python", "train.py"]')).toBeNull();
  });

  it('recognises node with an unknown port and npm start', () => {
    expect(server('FROM node:20-slim', 'CMD ["node", "server.js"]')).toEqual({ name: 'node', port: null, portSource: null });
    expect(server('FROM node:20-slim', 'CMD ["npm", "start"]')?.name).toBe('node');
  });

  it('recognises django runserver with an address', () => {
    expect(server('FROM python:3.11-slim', 'CMD ["python", "manage.py", "runserver", "0.0.0.0:8012"]')).toEqual({ name: 'django', port: 8012, portSource: 'flag' });
  });

  it('leaves nginx port unknown when its config is copied in', () => {
    expect(server('FROM nginx:1.27', 'COPY nginx.conf /etc/nginx/conf.d/default.conf', 'CMD ["nginx", "-g", "daemon off;"]')?.port).toBeNull();
  });

  it('leaves nginx port unknown on a rootless image, also through a stage with no instructions of its own', () => {
    expect(server('FROM nginxinc/nginx-unprivileged:1.27', 'CMD ["nginx", "-g", "daemon off;"]')?.port).toBeNull();
    expect(server('FROM nginxinc/nginx-unprivileged:1.27 AS web', 'FROM web', 'CMD ["nginx", "-g", "daemon off;"]')?.port).toBeNull();
  });

  it('does not recognise scripts, training jobs or CLIs', () => {
    expect(server('FROM python:3.11-slim', 'CMD ["python", "train.py"]')).toBeNull();
    expect(server('FROM python:3.11-slim', 'CMD ["python", "-m", "pytest"]')).toBeNull();
    expect(server('FROM python:3.11-slim', 'CMD ["flask", "db", "upgrade"]')).toBeNull();
    expect(server('FROM python:3.11-slim', 'CMD ["mlflow", "run", "."]')).toBeNull();
    expect(server('FROM python:3.11-slim')).toBeNull();
    expect(server('FROM node:20-slim', 'CMD ["npm", "test"]')).toBeNull();
  });
});

describe('serverOf ranges and owner', () => {
  const at = (range: { line: number; column: number; endLine: number; endColumn: number } | null | undefined) =>
    range && [range.line, range.column, range.endLine, range.endColumn];

  it('points at the value of a joined flag in shell form, and at the server word', () => {
    const found = serverOf(parse(dockerfile('FROM python:3.11-slim', 'CMD uvicorn api:app --port=8001')));
    expect(at(found?.range)).toEqual([2, 5, 2, 12]);
    expect(at(found?.portRange)).toEqual([2, 28, 2, 32]);
  });

  it('points inside an sh -c script when its JSON string has no escapes', () => {
    const found = serverOf(parse(dockerfile('FROM python:3.11-slim', 'CMD ["sh", "-c", "exec uvicorn api:app --port 8008"]')));
    expect(at(found?.range)).toEqual([2, 24, 2, 31]);
    expect(at(found?.portRange)).toEqual([2, 47, 2, 51]);
    expect(found?.instruction.keyword).toBe('CMD');
  });

  it('keeps a joined flag in a JSON string to the whole string', () => {
    const found = serverOf(parse(dockerfile('FROM python:3.11-slim', 'CMD ["gunicorn", "--bind=0.0.0.0:8011", "app:app"]')));
    expect(found?.port).toBe(8011);
    expect(at(found?.portRange)).toEqual([2, 18, 2, 39]);
  });

  it('names the instruction that holds the server word: ENTRYPOINT or the CMD after it', () => {
    const inEntrypoint = serverOf(parse(dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["uvicorn"]', 'CMD ["api:app", "--port", "8010"]')));
    expect(inEntrypoint?.instruction.keyword).toBe('ENTRYPOINT');
    expect(at(inEntrypoint?.range)).toEqual([2, 13, 2, 22]);
    expect(at(inEntrypoint?.portRange)).toEqual([3, 27, 3, 33]);
    const inCmd = serverOf(parse(dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["tini", "--"]', 'CMD ["gunicorn", "app:app"]')));
    expect(inCmd?.instruction.keyword).toBe('CMD');
    expect(at(inCmd?.range)).toEqual([3, 6, 3, 16]);
  });

  it('forgets a default port that a copied config file may move, but not the server', () => {
    const found = serverOf(parse(dockerfile('FROM nginx:1.27', 'COPY ["site.conf", "/etc/nginx/conf.d/"]', 'CMD ["nginx", "-g", "daemon off;"]')));
    expect(found && { name: found.name, port: found.port, portSource: found.portSource, portRange: found.portRange }).toEqual({
      name: 'nginx',
      port: null,
      portSource: null,
      portRange: null,
    });
  });
});

describe('effectiveCommand', () => {
  it('keeps a CMD written before ENTRYPOINT in the same stage', () => {
    const ast = parse(dockerfile('FROM python:3.11-slim', 'CMD ["--help"]', 'ENTRYPOINT ["python", "cli.py"]'));
    const { cmd, entrypoint } = effectiveCommand(ast, ast.stages[0]!);
    expect(cmd?.range.line).toBe(2);
    expect(entrypoint?.range.line).toBe(3);
  });
});

describe('portOfAddress', () => {
  it('reads ports from addresses and rejects sockets', () => {
    expect(portOfAddress('8000')).toBe(8000);
    expect(portOfAddress(':8000')).toBe(8000);
    expect(portOfAddress('0.0.0.0:8000')).toBe(8000);
    expect(portOfAddress('[::]:8000')).toBe(8000);
    expect(portOfAddress('unix:/run/app.sock')).toBeNull();
    expect(portOfAddress('0.0.0.0:99999')).toBeNull();
  });
});

describe('exposedPorts', () => {
  it('reads single ports, protocols, ranges and ENV variables', () => {
    const ast = parse(dockerfile('FROM python:3.11-slim', 'ENV PORT=8000', 'EXPOSE ${PORT} 9000/udp 7000-7010'));
    const exposed = exposedPorts(ast, ast.stages[0]!);
    expect(exposed.unknown).toBe(false);
    expect(isExposed(exposed, 8000)).toBe(true);
    expect(isExposed(exposed, 9000)).toBe(true);
    expect(isExposed(exposed, 7005)).toBe(true);
    expect(isExposed(exposed, 8080)).toBe(false);
  });

  it('tells whether the stage chain has any EXPOSE', () => {
    const ast = parse(dockerfile('FROM python:3.11-slim AS base', 'EXPOSE 8000', 'FROM base', 'CMD ["python"]', 'FROM python:3.11-slim'));
    expect(hasExpose(ast, ast.stages[1]!)).toBe(true);
    expect(hasExpose(ast, ast.stages[2]!)).toBe(false);
  });

  it('marks an unset variable as unknown', () => {
    const ast = parse(dockerfile('FROM python:3.11-slim', 'EXPOSE $APP_PORT'));
    expect(exposedPorts(ast, ast.stages[0]!).unknown).toBe(true);
    const partly = parse(dockerfile('FROM python:3.11-slim', 'EXPOSE 80${APP_PORT_SUFFIX}'));
    expect(exposedPorts(partly, partly.stages[0]!).unknown).toBe(true);
  });

  it('marks a variable with an empty value as unknown: a build argument may set it', () => {
    const ast = parse(dockerfile('FROM python:3.11-slim', 'ARG APP_PORT_SUFFIX=""', 'EXPOSE 80${APP_PORT_SUFFIX}'));
    expect(exposedPorts(ast, ast.stages[0]!).unknown).toBe(true);
  });

  it('falls back to a written default when the variable is unset', () => {
    const ast = parse(dockerfile('FROM python:3.11-slim', 'ARG APP_PORT', 'EXPOSE ${APP_PORT:-8000}'));
    const exposed = exposedPorts(ast, ast.stages[0]!);
    expect(exposed.unknown).toBe(false);
    expect(isExposed(exposed, 8000)).toBe(true);
  });
});
