import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/exec-form';

const ID = 'exec-form';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'shellForm', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches CMD in shell form, at its arguments', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD python app.py'))).toEqual([at(2, 5, 18)]);
  });

  it('catches ENTRYPOINT in shell form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT python app.py'))).toEqual([at(2, 12, 25)]);
  });

  it('catches shell form with operators and variables (without offering a fix)', () => {
    const src = dockerfile('FROM python:3.11-slim', 'CMD uvicorn api:app --port $PORT && echo done');
    expect(positionsOf(ID, src)).toEqual([at(2, 5, 46)]);
    expect(findingsOf(ID, src)[0]?.fix).toBeUndefined();
  });

  it('fixes simple words into a JSON array; analysing again finds nothing and no syntax error', () => {
    const src = dockerfile('FROM python:3.11-slim', 'CMD python app.py --workers 2');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py", "--workers", "2"]'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(analyze(out).findings.filter((f) => f.rule === 'syntax-error' || f.rule === 'json-args-invalid')).toEqual([]);
  });

  it('fixes quoted words by unquoting them', () => {
    const src = dockerfile('FROM nginx:1.27', "CMD nginx -g 'daemon off;'");
    expect(fixed(ID, src)).toBe(dockerfile('FROM nginx:1.27', 'CMD ["nginx", "-g", "daemon off;"]'));
  });

  it('fixes quotes inside a word and shell syntax inside quotes; single quotes keep $ and \\ literal', () => {
    const src = dockerfile('FROM python:3.11-slim', `CMD python app.py --name="my app" "a|b;c" '$HOME\\x' ''`);
    expect(fixed(ID, src)).toBe(dockerfile('FROM python:3.11-slim', 'CMD ["python", "app.py", "--name=my app", "a|b;c", "$HOME\\\\x", ""]'));
  });

  it('does not offer a fix for an open quote, or a double-quoted expansion or escape', () => {
    for (const args of ['python "app.py', "python 'app.py", 'python "a\\"b"', 'python "`id`"']) {
      const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', `CMD ${args}`));
      expect(finding?.fix).toBeUndefined();
    }
  });

  it('fixes a continued line into one array', () => {
    const src = dockerfile('FROM python:3.11-slim', 'CMD uvicorn api:app \\', '    --host 0.0.0.0');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'CMD ["uvicorn", "api:app", "--host", "0.0.0.0"]'));
    expect(positionsOf(ID, out)).toEqual([]);
  });

  it('does not offer a fix for globs, redirections, substitutions or VAR=x prefixes', () => {
    for (const args of ['python *.py', 'python app.py > /log', 'python $(cat entry)', 'APP_ENV=prod python app.py', 'echo "$HOME"']) {
      const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', `CMD ${args}`));
      expect(finding?.fix).toBeUndefined();
    }
  });

  it('does not offer a fix for an ENTRYPOINT when a CMD exists (exec form would start passing CMD to it)', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT python app.py', 'CMD ["--help"]'));
    expect(finding?.fix).toBeUndefined();
  });

  it('weighs the CMD in force: one written before the ENTRYPOINT in its stage counts, one inherited and reset by it does not', () => {
    const [before] = findingsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["--help"]', 'ENTRYPOINT python app.py'));
    expect(before?.fix).toBeUndefined();
    const [inherited] = findingsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'CMD ["--help"]', 'FROM base', 'ENTRYPOINT python app.py'));
    expect(inherited?.fix?.edits[0]?.text).toBe('["python", "app.py"]');
  });

  it('does not catch exec form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENTRYPOINT ["python"]', 'CMD ["app.py"]'))).toEqual([]);
  });

  it('does not catch invalid JSON (json-args-invalid reports it)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', "CMD ['python', 'app.py']"))).toEqual([]);
  });

  it('does not catch shell form that starts with exec (the app replaces the shell)', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD exec uvicorn api:app --port $PORT'))).toEqual([]);
  });

  it('does not catch RUN in shell form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir flask==3.0.0'))).toEqual([]);
  });

  it('does not catch HEALTHCHECK CMD in shell form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1'))).toEqual([]);
  });

  it('does not catch sh -c in exec form', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["sh", "-c", "exec uvicorn api:app --port $PORT"]'))).toEqual([]);
  });

  it('does not catch the seed ENTRYPOINT + CMD pattern', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.9-slim', 'ENTRYPOINT ["python", "src/train.py"]', 'CMD ["--model", "random_forest", "--epochs", "100"]'))).toEqual([]);
  });

  it('does not catch an empty file', () => {
    expect(positionsOf(ID, '')).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
