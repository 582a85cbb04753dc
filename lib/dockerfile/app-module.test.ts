import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { appModuleCheck, pythonVersionProblem, serverInstallProblem, serverPathProblem, userInstallProblem } from './app-module';
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
    ['options before the app, a factory', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'CMD ["uvicorn", "--app-dir", "src", "--factory", "api:create_app()"]')],
    ['a variable WORKDIR', df('FROM python:3.11-slim', 'ARG HOME_DIR=/app', 'WORKDIR $HOME_DIR', 'COPY src/ src/', uvicorn('src.api:app'))],
  ])('finds it: %s', (_, source) => {
    expect(check(source)?.pass).toBe(true);
  });

  it.each([
    ['the module path keeps a folder the COPY flattened', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ .', uvicorn('src.api:app')), 'viết api:app'],
    ['the module path drops the folder the COPY kept', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', uvicorn('api:app')), 'viết src.api:app'],
    ['a WORKDIR after the COPY moves the server away', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'WORKDIR /srv', uvicorn('src.api:app')), 'thêm --app-dir /app'],
    ['the only WORKDIR comes after the COPY', df('FROM python:3.11-slim', 'COPY src/ ./src/', 'WORKDIR /app', uvicorn('src.api:app')), 'đưa WORKDIR (dòng 3) lên trước COPY, hoặc thêm --app-dir /'],
    ['the app is a file path', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', uvicorn('src/api.py:app')), 'không phải đường dẫn file "src/api.py:app"'],
    ['the app has no attribute', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', uvicorn('src.api')), 'Viết src.api:app'],
    ['the attribute is not the one the file defines', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', uvicorn('src.api:App')), 'thuộc tính "App"'],
    ['the app is a file path after options', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'CMD ["uvicorn", "--host", "0.0.0.0", "--reload", "./src/api.py"]'), 'Viết src.api:app'],
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
    ['an app read from a variable', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'CMD uvicorn $APP --host 0.0.0.0')],
    ['a glob', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/*.py ./', uvicorn('api:app'))],
  ])('cannot tell (never fails) with %s', (_, source) => {
    expect(check(source)).toBeNull();
  });

  it.each([
    ['a file path', ['src/api.py:app'], 'không phải đường dẫn file "src/api.py:app"', 'Viết src.api:app'],
    ['a module alone, where gunicorn looks for application', ['src.api'], "Failed to find attribute 'application'", 'Viết src.api:app'],
    ['a file path after options with values', ['-w', '4', '--timeout=60', '--preload', './src/api.py'], 'Worker failed to boot', 'Viết src.api:app'],
    ['a module alone after a short option with its value attached', ['-w4', 'src.api'], "Failed to find attribute 'application'", 'Viết src.api:app'],
  ])('fails gunicorn given %s, and says how to fix it', (_, args, failure, fix) => {
    const source = df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', `CMD ${JSON.stringify(['gunicorn', '-k', 'uvicorn.workers.UvicornWorker', '-b', '0.0.0.0:8000', ...args])}`);
    const result = check(source, 'gunicorn');
    expect(result?.pass).toBe(false);
    expect(result?.why).toContain(failure);
    expect(result?.why).toContain(fix);
  });

  it.each([
    ['module:attribute', ['src.api:app'], true],
    ['options with values before it', ['-w', '4', '--bind=0.0.0.0:8000', '--reload', 'src.api:app'], true],
    ['a short option with its value attached', ['-w4', 'src.api:app'], true],
    ['a factory', ['src.api:create_app()'], true],
    ['an app read from a variable (cannot tell)', ['$APP'], undefined],
  ])('passes gunicorn given %s', (_, args, pass) => {
    const source = df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', `CMD ${JSON.stringify(['gunicorn', '-k', 'uvicorn.workers.UvicornWorker', '-b', '0.0.0.0:8000', ...args])}`);
    expect(check(source, 'gunicorn')?.pass).toBe(pass);
  });

  it.each([
    ['the CMD repeating the ENTRYPOINT’s uvicorn', 'ENTRYPOINT ["uvicorn"]\nCMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]', '"Got unexpected extra argument (src.api:app)"', 'để CMD bắt đầu bằng "src.api:app"'],
    ['uvicorn with no app after it', 'ENTRYPOINT ["uvicorn", "--host", "0.0.0.0", "--port", "8000"]\nCMD ["uvicorn"]', 'Import string \"uvicorn\" must be in format'],
  ])('fails %s, the program named twice, not an app to fix', (_, command, ...says) => {
    const source = df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN pip install --no-cache-dir uvicorn==0.30.6', 'COPY src/ ./src/', 'EXPOSE 8000', command);
    const result = evaluateRequirement({ id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } }, { analysis: analyze(source) });
    expect(result.pass).toBe(false);
    expect(result.why).toContain('uvicorn được gọi hai lần');
    for (const text of says) expect(result.why).toContain(text);
  });

  it('accepts a module alone when the app file names its app as gunicorn looks for it', () => {
    const { ast } = analyze(df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'CMD ["gunicorn", "-b", "0.0.0.0:8000", "src.api"]'));
    const stage = finalStageOf(ast)!;
    expect(appModuleCheck(ast, stage, ['gunicorn', '-b', '0.0.0.0:8000', 'src.api'], 'gunicorn', 'src/api.py', 'application')).toBeNull();
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

describe('the server on PATH', () => {
  const builder = (install: string) => ['FROM python:3.11-slim AS builder', 'COPY requirements.txt .', install, 'FROM python:3.11-slim', 'WORKDIR /app'];
  const user = builder('RUN pip install --no-cache-dir --user -r requirements.txt');
  const venv = builder('RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir -r requirements.txt');
  const UVICORN = uvicorn('src.api:app');

  function problem(source: string) {
    const { ast } = analyze(source);
    const stage = finalStageOf(ast)!;
    const cmd = [...stage.instructions].reverse().find((i) => i.keyword === 'CMD')!;
    const words = cmd.json ? cmd.json.values : [cmd.argsText];
    return serverPathProblem(ast, stage, words.flatMap((w) => w.split(/\s+/)), 'uvicorn');
  }

  it.each([
    ['a user install without its bin on PATH', df(...user, 'COPY --from=builder /root/.local /root/.local', 'COPY src/ ./src/', UVICORN), 'Thêm ENV PATH=/root/.local/bin:$PATH'],
    ['a venv without its bin on PATH', df(...venv, 'COPY --from=builder /opt/venv /opt/venv', UVICORN), 'Thêm ENV PATH=/opt/venv/bin:$PATH'],
    // A venv's scripts name the python of the path it was made at.
    ['a venv moved to another path', df(...venv, 'COPY --from=builder /opt/venv /venv', 'ENV PATH=/venv/bin:$PATH', UVICORN), 'COPY --from=… /opt/venv /opt/venv'],
    ['a venv moved, its old bin on PATH', df(...venv, 'COPY --from=builder /opt/venv /venv', 'ENV PATH=/opt/venv/bin:$PATH', UVICORN), '#!/opt/venv/bin/python'],
    ['a .venv moved into the app folder', df(...builder('RUN uv venv /build/.venv && uv pip install -r requirements.txt'), 'COPY --from=builder /build/.venv /app/.venv', 'ENV PATH=/app/.venv/bin:$PATH', UVICORN), 'no such file or directory'],
    [
      'site-packages alone',
      df(...builder('RUN pip install --no-cache-dir -r requirements.txt'), 'COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages', UVICORN),
      'python -m uvicorn',
    ],
  ])('fails %s, and says how to fix it', (_, source, fix) => {
    expect(problem(source)).toContain(fix);
  });

  it.each([
    ['the bin folder on PATH', df(...venv, 'ENV PATH=/opt/venv/bin:$PATH', 'COPY --from=builder /opt/venv /opt/venv', UVICORN)],
    ['the lesson: a user install moved to the user home, on PATH', df(...user, 'ENV PATH=/home/app/.local/bin:$PATH', 'RUN useradd -m app', 'COPY --from=builder --chown=app:app /root/.local /home/app/.local', 'USER app', UVICORN)],
    ['python -m', df(...user, 'COPY --from=builder /root/.local /root/.local', 'CMD ["python", "-m", "uvicorn", "src.api:app", "--host", "0.0.0.0"]')],
    ['the program by its path', df(...venv, 'COPY --from=builder /opt/venv /opt/venv', 'CMD ["/opt/venv/bin/uvicorn", "src.api:app", "--host", "0.0.0.0"]')],
    ['an activated venv', df(...venv, 'COPY --from=builder /opt/venv /opt/venv', 'CMD . /opt/venv/bin/activate && uvicorn src.api:app --host 0.0.0.0')],
    ['a prefix copied over /usr/local', df(...builder('RUN pip install --prefix=/install -r requirements.txt'), 'COPY --from=builder /install /usr/local', UVICORN)],
    ['a RUN that installs in the final stage', df(...user, 'COPY --from=builder /root/.local /root/.local', 'RUN pip install --no-cache-dir uvicorn==0.30.6', UVICORN)],
    ['a link put on PATH', df(...venv, 'COPY --from=builder /opt/venv /opt/venv', 'RUN ln -s /opt/venv/bin/uvicorn /usr/local/bin/uvicorn', UVICORN)],
    ['a PATH read from a variable without a value', df(...user, 'COPY --from=builder /root/.local /root/.local', 'ENV PATH=$HOME/.local/bin:$PATH', UVICORN)],
    ['a venv from the build context', df('FROM python:3.11-slim', 'COPY .venv /app/.venv', UVICORN)],
    ['a venv copied to the same path, with a trailing slash', df(...venv, 'ENV PATH=/opt/venv/bin:$PATH', 'COPY --from=builder /opt/venv/ /opt/venv/', UVICORN)],
    ['a relocatable venv moved', df(...builder('RUN uv venv --relocatable /build/.venv && uv pip install -r requirements.txt'), 'COPY --from=builder /build/.venv /app/.venv', 'ENV PATH=/app/.venv/bin:$PATH', UVICORN)],
    ['a moved venv run by python -m', df(...venv, 'COPY --from=builder /opt/venv /venv', 'ENV PATH=/venv/bin:$PATH', 'CMD ["python", "-m", "uvicorn", "src.api:app", "--host", "0.0.0.0"]')],
    ['a user install moved to another home', df(...user, 'ENV PATH=/home/app/.local/bin:$PATH', 'COPY --from=builder /root/.local /home/app/.local', UVICORN)],
  ])('does not fail %s', (_, source) => {
    expect(problem(source)).toBeNull();
  });

  it('fails the serves requirement with the reason', () => {
    const analysis = analyze(df(...venv, 'COPY --from=builder /opt/venv /opt/venv', 'COPY src/ ./src/', 'EXPOSE 8000', UVICORN));
    const result = evaluateRequirement({ id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } }, { analysis });
    expect(result.pass).toBe(false);
    expect(result.why).toContain('executable file not found in $PATH');
  });
});

describe('the server installed where the USER can reach it', () => {
  const builder = ['FROM python:3.11-slim AS builder', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir --user -r requirements.txt', 'FROM python:3.11-slim'];
  const underRoot = ['COPY --from=builder /root/.local /root/.local', 'ENV PATH=/root/.local/bin:$PATH'];
  const asApp = ['RUN useradd -m app', 'USER app'];

  function problem(source: string) {
    const { ast } = analyze(source);
    return serverInstallProblem(ast, finalStageOf(ast)!, 'uvicorn');
  }

  it.each([
    ['a user install under /root, the app code copied after it', df(...builder, ...underRoot, 'WORKDIR /app', 'COPY src/ ./src/', ...asApp), 'thư mục /root chỉ root vào được'],
    ['the app code copied before it', df(...builder, 'WORKDIR /app', 'COPY src/ ./src/', 'COPY data ./data', ...underRoot, ...asApp), 'COPY vào /root/.local (dòng 8)'],
    ['the app code copied with --chown', df(...builder, ...underRoot, 'RUN useradd -m app', 'COPY --chown=app:app src/ /app/src/', 'USER app'), 'USER app'],
  ])('fails %s', (_, source, says) => {
    expect(problem(source)).toContain(says);
  });

  it.each([
    ['the install moved to the user’s home', df(...builder, 'RUN useradd -m app', 'COPY --from=builder --chown=app /root/.local /home/app/.local', 'COPY src/ ./src/', 'USER app')],
    ['root runs it', df(...builder, ...underRoot, 'COPY src/ ./src/')],
    ['/root opened to others', df(...builder, ...underRoot, 'COPY src/ ./src/', 'RUN useradd -m app && chmod 755 /root', 'USER app')],
    ['a venv from the context', df(...builder, ...underRoot, 'COPY .venv /opt/venv', ...asApp)],
    ['the whole context', df(...builder, ...underRoot, 'COPY . .', ...asApp)],
    ['a folder of wheels or a bin folder from the context', df(...builder, ...underRoot, 'COPY wheels/ /wheels/', 'COPY bin/ /usr/local/bin/', ...asApp)],
    ['a glob', df(...builder, ...underRoot, 'COPY pkg* /opt/', ...asApp)],
    ['a folder from the context and nothing under /root (may be anything)', df('FROM python:3.11-slim', 'COPY app/ /app/', ...asApp)],
    ['an install in the final stage', df(...builder, ...underRoot, 'COPY src/ ./src/', 'RUN pip install uvicorn==0.30.6', ...asApp)],
    ['another stage’s folder copied elsewhere', df(...builder, ...underRoot, 'COPY --from=builder /opt/tools /opt/tools', ...asApp)],
  ])('does not fail %s', (_, source) => {
    expect(problem(source)).toBeNull();
  });
});

describe('the app file and a stage that copied it too', () => {
  const builder = ['FROM python:3.11-slim AS builder', 'WORKDIR /build', 'COPY src/ ./src/', 'COPY data/ ./data/', 'RUN python src/train.py --output /build/model.pkl', 'FROM python:3.11-slim', 'WORKDIR /app'];
  const UVICORN = uvicorn('src.api:app');

  it.each([
    ['only the model taken from the builder, the app never copied', df(...builder, 'COPY --from=builder /build/model.pkl ./models/', UVICORN), 'src/api.py không được COPY vào image cuối'],
    ['the model taken, the app copied to the wrong folder', df(...builder, 'COPY --from=builder /build/model.pkl ./models/', 'COPY src/api.py .', UVICORN), 'nằm ở /app/api.py'],
    ['another folder of the builder taken', df(...builder, 'COPY --from=builder /build/data ./data', UVICORN), 'không được COPY vào image cuối'],
    ['a folder beside it with a shared prefix', df(...builder, 'COPY --from=builder /build/src-old ./src', UVICORN), 'không được COPY vào image cuối'],
  ])('fails %s', (_, source, says) => {
    expect(check(source)?.why).toContain(says);
  });

  it.each([
    ['its folder taken', df(...builder, 'COPY --from=builder /build/src ./src', UVICORN)],
    ['the file itself taken', df(...builder, 'COPY --from=builder /build/src/api.py ./src/api.py', UVICORN)],
    ['the whole working folder taken', df(...builder, 'COPY --from=builder /build /app', UVICORN)],
    ['a relative path, read from the stage’s root', df('FROM python:3.11-slim AS builder', 'COPY src/ /src/', 'FROM python:3.11-slim', 'WORKDIR /app', 'COPY --from=builder src ./src', UVICORN)],
    ['the root of the stage', df(...builder, 'COPY --from=builder / /', UVICORN)],
    ['a glob or a variable', df(...builder, 'ARG DIR=/build', 'COPY --from=builder /build/sr* ./', 'COPY --from=builder $DIR/src ./src', UVICORN)],
    ['a builder that moves files after copying them', df('FROM python:3.11-slim AS builder', 'COPY src/ /build/src/', 'RUN mv /build/src /opt/app', 'FROM python:3.11-slim', 'WORKDIR /app', 'COPY --from=builder /opt/app ./src', UVICORN)],
    ['the app copied from the context as well', df(...builder, 'COPY --from=builder /build/model.pkl ./models/', 'COPY src/ ./src/', UVICORN)],
  ])('passes %s', (_, source) => {
    expect(check(source)?.pass ?? true).toBe(true);
  });
});

describe('packages pip installed out of the USER’s reach', () => {
  const COPY = 'COPY requirements.txt .';
  const ROOT_USER_INSTALL = 'RUN pip install --no-cache-dir --user -r requirements.txt';
  const INSTALL = 'RUN pip install --no-cache-dir -r requirements.txt';
  const APP = ['RUN useradd --create-home app', 'USER app'];

  function problem(source: string, server: string | null = 'uvicorn') {
    const { ast } = analyze(source);
    return userInstallProblem(ast, finalStageOf(ast)!, server);
  }

  it.each([
    ['pip --user as root, a non-root USER, a Python script', df('FROM python:3.11-slim', 'WORKDIR /app', COPY, ROOT_USER_INSTALL, 'COPY src/ ./src/', ...APP), null, 'ModuleNotFoundError'],
    ['pip --user as root, its bin on PATH, the server', df('FROM python:3.11-slim', COPY, ROOT_USER_INSTALL, 'ENV PATH=/root/.local/bin:$PATH', ...APP), 'uvicorn', 'thư mục /root chỉ root vào được'],
    ['python -m pip --user as root, a numeric USER', df('FROM python:3.11-slim', COPY, 'RUN python -m pip install --user -r requirements.txt', 'USER 1000'), null, 'USER 1000'],
    ['pip as the non-root USER: the server lands in ~/.local/bin', df('FROM python:3.11-slim', ...APP, 'WORKDIR /home/app', COPY, INSTALL), 'uvicorn', 'uvicorn nằm ở /home/app/.local/bin, không có trong PATH'],
    ['pip --user as the USER made by adduser', df('FROM python:3.11-slim', 'RUN adduser --disabled-password app', 'USER app', COPY, 'RUN pip install --user -r requirements.txt'), 'gunicorn', 'ENV PATH=/home/app/.local/bin:$PATH'],
  ])('fails %s', (_, source, server, says) => {
    expect(problem(source, server)).toContain(says);
  });

  it.each([
    ['pip as root without --user', df('FROM python:3.11-slim', COPY, INSTALL, ...APP)],
    ['pip --user as root, run by root', df('FROM python:3.11-slim', COPY, ROOT_USER_INSTALL)],
    ['pip --user as root, /root opened', df('FROM python:3.11-slim', COPY, ROOT_USER_INSTALL, 'RUN useradd -m app && chmod 755 /root', 'USER app')],
    ['pip as the USER, ~/.local/bin on PATH', df('FROM python:3.11-slim', ...APP, 'ENV PATH=/home/app/.local/bin:$PATH', COPY, INSTALL)],
    ['pip as a USER made without a home', df('FROM python:3.11-slim', 'RUN useradd app', 'USER app', COPY, INSTALL)],
    ['a venv', df('FROM python:3.11-slim', 'RUN python -m venv /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH', COPY, ROOT_USER_INSTALL, ...APP)],
    ['a pip named by its path', df('FROM python:3.11-slim', COPY, 'RUN /opt/venv/bin/pip install --user -r requirements.txt', ...APP)],
    ['--prefix or --target', df('FROM python:3.11-slim', COPY, 'RUN pip install --user --prefix=/install -r requirements.txt', ...APP)],
    ['another installer too', df('FROM python:3.11-slim', COPY, ROOT_USER_INSTALL, 'RUN uv pip install --system flask', ...APP)],
    ['an environment copied from a stage', df('FROM python:3.11-slim AS b', 'FROM python:3.11-slim', 'COPY --from=b /opt/venv /opt/venv', ROOT_USER_INSTALL, ...APP)],
    ['a mix of root and user installs', df('FROM python:3.11-slim', COPY, INSTALL, ROOT_USER_INSTALL, ...APP)],
    ['an image other than python', df('FROM company/ml:1', COPY, ROOT_USER_INSTALL, ...APP)],
    ['sudo', df('FROM python:3.11-slim', ...APP, 'RUN sudo pip install flask')],
    ['a PYTHONUSERBASE anyone can read', df('FROM python:3.11-slim', 'ENV PYTHONUSERBASE=/opt/pyuser PATH=/opt/pyuser/bin:$PATH', COPY, ROOT_USER_INSTALL, ...APP)],
    ['a HOME moved', df('FROM python:3.11-slim', 'ENV HOME=/app', COPY, ROOT_USER_INSTALL, ...APP)],
    ['PIP_USER set for the USER', df('FROM python:3.11-slim', ...APP, 'ENV PIP_USER=1 PATH=/home/app/.local/bin:$PATH', COPY, INSTALL)],
  ])('does not fail %s', (_, source) => {
    expect(problem(source, 'uvicorn')).toBeNull();
    expect(problem(source, null)).toBeNull();
  });

  it('does not fail a Python script run by the USER that installed its packages (its own site-packages)', () => {
    expect(problem(df('FROM python:3.11-slim', ...APP, COPY, INSTALL), null)).toBeNull();
  });
});

describe('a pip install that may put the app into site-packages', () => {
  const api = ['FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt /tmp/'];
  it.each([
    ['requirements read from another folder', df(...api, 'RUN pip install --no-cache-dir -r /tmp/requirements.txt', uvicorn('src.api:app')), 'không được COPY vào image cuối'],
    ['a constraint file and a target folder', df(...api, 'RUN pip install -c /tmp/c.txt --target /deps -r /tmp/requirements.txt', uvicorn('src.api:app')), 'không được COPY vào image cuối'],
    ['a cache folder', df(...api, 'RUN pip install --cache-dir /tmp/pip -r /tmp/requirements.txt', 'COPY src/api.py .', uvicorn('src.api:app')), 'nằm ở /app/api.py'],
  ])('still checks the app module after %s', (_, source, says) => {
    expect(check(source)?.why).toContain(says);
  });

  it.each([
    ['the project itself', df(...api, 'COPY . /src/', 'RUN pip install /src', uvicorn('src.api:app'))],
    ['the project in the WORKDIR', df(...api, 'COPY . .', 'RUN pip install --no-cache-dir .', uvicorn('src.api:app'))],
    ['an editable install', df(...api, 'RUN pip install -e ./pkg', uvicorn('src.api:app'))],
    ['a wheel by its path', df(...api, 'RUN pip install /wheels/app-1.0-py3-none-any.whl', uvicorn('src.api:app'))],
    ['a requirements file, then the project', df(...api, 'RUN pip install -r /tmp/requirements.txt /opt/app', uvicorn('src.api:app'))],
  ])('does not fail %s', (_, source) => {
    expect(check(source)?.pass ?? true).toBe(true);
  });
});

describe('packages copied from a stage on another Python version', () => {
  const stages = (builder: string, final: string, ...copy: string[]) => df(`FROM ${builder} AS builder`, 'RUN pip install --user -r requirements.txt', `FROM ${final}`, ...copy);
  function problem(source: string) {
    const { ast } = analyze(source);
    return pythonVersionProblem(ast, finalStageOf(ast)!);
  }

  it.each([
    ['a user install from 3.9 into 3.11', stages('python:3.9-slim', 'python:3.11-slim', 'COPY --from=builder /root/.local /root/.local'), 'chép /root/.local từ stage builder (python 3.9) sang image cuối chạy python 3.11'],
    ['a venv from 3.12 into 3.11.9', stages('python:3.12', 'python:3.11.9-slim', 'COPY --from=builder /opt/venv /opt/venv'), 'python 3.12'],
    ['site-packages across versions', stages('python:3.10-bookworm', 'python:3.11-slim', 'COPY --from=builder /usr/local/lib/python3.10/site-packages /usr/local/lib/python3.11/site-packages'), 'ModuleNotFoundError'],
    ['the bin folder of a user install', stages('python:3.9-slim', 'python:3.11-slim', 'COPY --from=builder /root/.local/bin /usr/local/bin'), 'python 3.9'],
    ['a user install built on Debian, run on Alpine', stages('python:3.11-slim', 'python:3.11-alpine', 'COPY --from=builder /root/.local /root/.local'), 'sang image cuối python:3.11-alpine: các gói có mã C'],
    ['a venv built on Alpine, run on Debian', stages('python:3.11-alpine3.20', 'python:3.11-slim', 'COPY --from=builder /opt/venv /opt/venv'), 'ImportError'],
  ])('fails %s', (_, source, says) => {
    expect(problem(source)).toContain(says);
  });

  it.each([
    ['the same version, patch and variant aside', stages('python:3.11', 'python:3.11.9-slim', 'COPY --from=builder /root/.local /root/.local')],
    ['a tag without a version', stages('python:slim', 'python:3.11-slim', 'COPY --from=builder /root/.local /root/.local')],
    ['a variable without a value', df('ARG V', 'FROM python:${V}-slim AS builder', 'FROM python:3.11-slim', 'COPY --from=builder /root/.local /root/.local')],
    ['another image', stages('pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime', 'python:3.11-slim', 'COPY --from=builder /opt/conda /opt/conda')],
    ['a model, not packages', stages('python:3.9', 'python:3.11-slim', 'COPY --from=builder /build/model.pkl /app/models/')],
    ['a wheels folder, installed again', stages('python:3.9', 'python:3.11-slim', 'COPY --from=builder /wheels /wheels')],
    ['Alpine in both stages', stages('python:3.11-alpine', 'python:3.11.9-alpine3.20', 'COPY --from=builder /root/.local /root/.local')],
  ])('does not fail %s', (_, source) => {
    expect(problem(source)).toBeNull();
  });
});
