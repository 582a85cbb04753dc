import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { appModuleCheck } from './app-module';
import { finalStageOf } from './query';
import { evaluateRequirement } from './requirements';

const df = (...lines: string[]) => `${lines.join('\n')}\n`;
const uvicorn = (app: string, ...more: string[]) => `CMD ${JSON.stringify(['uvicorn', app, '--host', '0.0.0.0', '--port', '8000', ...more])}`;

/** The check on the final stage's command words, as the serves requirement runs it. */
function check(source: string, server = 'uvicorn') {
  const { ast } = analyze(source);
  const stage = finalStageOf(ast)!;
  const words = [...stage.instructions].reverse().find((i) => i.keyword === 'CMD')?.json?.values ?? [];
  return appModuleCheck(ast, stage, words, server, 'src/api.py');
}

describe('the app module a server imports', () => {
  it.each([
    ['the folder copied under WORKDIR', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', uvicorn('src.api:app'))],
    ['the folder without its trailing slash', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src ./src', uvicorn('src.api:app'))],
    ['the folder flattened into WORKDIR', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ .', uvicorn('api:app'))],
    ['the whole context', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .', uvicorn('src.api:app'))],
    ['files into WORKDIR', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/api.py src/model.py ./', uvicorn('api:app'))],
    ['no WORKDIR: the root', df('FROM python:3.11-slim', 'COPY src/ /src/', uvicorn('src.api:app'))],
    ['--app-dir', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', uvicorn('api:app', '--app-dir', 'src'))],
    ['PYTHONPATH', df('FROM python:3.11-slim', 'ENV PYTHONPATH=/app/src', 'WORKDIR /app', 'COPY src/ ./src/', uvicorn('api:app'))],
    ['a variable WORKDIR', df('FROM python:3.11-slim', 'ARG HOME_DIR=/app', 'WORKDIR $HOME_DIR', 'COPY src/ src/', uvicorn('src.api:app'))],
  ])('finds it: %s', (_, source) => {
    expect(check(source)?.pass).toBe(true);
  });

  it.each([
    ['the module path keeps a folder the COPY flattened', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ .', uvicorn('src.api:app')), 'viết api:app'],
    ['the module path drops the folder the COPY kept', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', uvicorn('api:app')), 'viết src.api:app'],
    ['a WORKDIR after the COPY moves the server away', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'WORKDIR /srv', uvicorn('src.api:app')), 'thêm --app-dir /app'],
    ['the only WORKDIR comes after the COPY', df('FROM python:3.11-slim', 'COPY src/ ./src/', 'WORKDIR /app', uvicorn('src.api:app')), 'đưa WORKDIR (dòng 3) lên trước COPY, hoặc thêm --app-dir /'],
    ['the app is never copied', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .', uvicorn('src.api:app')), 'không được COPY'],
    ['only a builder stage copies it', df('FROM python:3.11 AS b', 'COPY src/ /src/', 'FROM python:3.11-slim', uvicorn('src.api:app')), 'không được COPY'],
  ])('fails when %s, and says how to fix it', (_, source, fix) => {
    const result = check(source);
    expect(result?.pass).toBe(false);
    expect(result?.why).toContain(fix);
    expect(result?.lines.length).toBeGreaterThan(0);
  });

  it.each([
    ['a COPY --from a stage that copied it', df('FROM python:3.11 AS b', 'COPY . /build', 'FROM python:3.11-slim', 'WORKDIR /app', 'COPY --from=b /build /app', uvicorn('api:app'))],
    ['a RUN that moves files', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'RUN mv src/api.py .', uvicorn('main:app'))],
    ['the project installed by pip', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .', 'RUN pip install --no-cache-dir .', uvicorn('myapp.api:app'))],
    ['a cd before the server', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'CMD ["sh", "-c", "cd src && uvicorn api:app --host 0.0.0.0"]')],
    ['a variable without a value', df('FROM python:3.11-slim', 'ARG DEST', 'COPY src/ $DEST/', uvicorn('api:app'))],
    ['a glob', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/*.py ./', uvicorn('api:app'))],
  ])('cannot tell (never fails) with %s', (_, source) => {
    expect(check(source)).toBeNull();
  });

  it('follows gunicorn --chdir and suggests it', () => {
    const gunicorn = (...args: string[]) => `CMD ${JSON.stringify(['gunicorn', '-k', 'uvicorn.workers.UvicornWorker', '-b', '0.0.0.0:8000', ...args])}`;
    expect(check(df('FROM python:3.11-slim', 'COPY src/ /app/src/', gunicorn('--chdir', '/app', 'src.api:app')), 'gunicorn')?.pass).toBe(true);
    expect(check(df('FROM python:3.11-slim', 'WORKDIR /srv', 'COPY src/ /app/src/', gunicorn('src.api:app')), 'gunicorn')?.why).toContain('--chdir /app');
  });

  it('fails the serves requirement that names the app file, with the lines of the COPY and the CMD', () => {
    const source = df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'EXPOSE 8000', uvicorn('api:app'));
    const analysis = analyze(source);
    const result = evaluateRequirement({ id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } }, { analysis });
    expect(result).toMatchObject({ pass: false, lines: [3, 5] });
    // Without the parameter, the module is not checked.
    expect(evaluateRequirement({ id: 'serves', params: { server: 'uvicorn', port: 8000 } }, { analysis }).pass).toBe(true);
  });
});
