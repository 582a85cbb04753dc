import { describe, expect, it } from 'vitest';
import { dockerfile, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/empty-continuation';
import { parse } from '../parse';
import { rulesById } from '../rules';
import type { DockerfileAst, Finding, RuleContext } from '../types';

const ID = 'empty-continuation';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('empty-continuation', () => {
  it('catches an empty line inside a continuation', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN apt-get update && \\', '', '    apt-get install -y curl'))).toEqual([
      at('empty', 3, 1, 3, 1),
    ]);
  });
  it('catches a whitespace-only line', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo a && \\', '   ', '    echo b'))).toEqual([at('empty', 3, 1, 3, 4)]);
  });
  it('catches each empty line', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV A=1 \\', '', '    B=2 \\', '', '    C=3')).map((f) => f.line)).toEqual([3, 5]);
  });

  it('does not catch a continuation without empty lines', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN apt-get update && \\', '    apt-get install -y curl'))).toEqual([]));
  it('does not catch a comment inside a continuation', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN apt-get update && \\', '    # then install', '    apt-get install -y curl'))).toEqual([]));
  it('does not catch empty lines between instructions', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', '', 'RUN echo hi', '', 'CMD ["python"]'))).toEqual([]));
  it('does not catch empty lines inside a heredoc', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'echo a', '', 'echo b', 'EOF'))).toEqual([]));
  it('does not catch an empty line after the last continued line', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo a && \\', '    echo b', '', 'CMD ["python"]'))).toEqual([]));
  it('does not catch a backslash inside a quoted JSON string', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'CMD ["echo", "a\\\\"]', '', 'EXPOSE 80'))).toEqual([]));
  it('does not catch a file without continuations', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim'))).toEqual([]));

  it('does not catch an empty line after a backslash that is not a continuation under `# escape=`', () =>
    expect(positionsOf(ID, dockerfile('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'WORKDIR C:\\app\\', '', 'RUN dir C:\\'))).toEqual([]));
  it('does not catch a continuation with the backtick escape and no empty line', () =>
    expect(positionsOf(ID, dockerfile('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN powershell -Command `', '    Write-Host hello'))).toEqual([]));
  it('does not catch an empty line after a comment that ends with a backslash', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', '# files go to C:\\', '', 'RUN echo hi'))).toEqual([]));
  it('does not catch an empty line after a shell continuation inside a heredoc (the shell reads it, not Docker)', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'apt-get update && \\', '', '    apt-get install -y curl', 'EOF'))).toEqual([]));
  it('does not catch continued exec-form and LABEL instructions with CRLF line ends', () =>
    expect(positionsOf(ID, 'FROM python:3.11-slim\r\nLABEL org.opencontainers.image.title="app" \\\r\n      org.opencontainers.image.version="1.0"\r\n\r\nCMD ["python", \\\r\n     "app.py"]\r\n')).toEqual([]));

  it('removes the empty line, and the finding goes away', () => {
    const src = dockerfile('FROM python:3.11-slim', 'RUN apt-get update && \\', '', '    apt-get install -y curl');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'RUN apt-get update && \\', '    apt-get install -y curl'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(positionsOf('syntax-error', out)).toEqual([]);
  });

  it('removes the blanks of an empty last line, which has no line break to remove', () => {
    const src = 'FROM python:3.11-slim\nRUN echo a && \\\n\t';
    expect(positionsOf(ID, src)).toEqual([at('empty', 3, 1, 3, 2)]);
    const out = fixed(ID, src);
    expect(out).toBe('FROM python:3.11-slim\nRUN echo a && \\\n');
    expect(positionsOf(ID, out)).toEqual([]);
  });

  it('finds the same lines in a tree the parser did not make (no file-wide list: each instruction is read)', () => {
    const { shippedMemo, emptyLines, ...plain } = parse(dockerfile('FROM python:3.11-slim', 'ENV A=1 \\', '', '    B=2', 'RUN a \\', '  ', '    b')) as DockerfileAst & { shippedMemo: unknown; emptyLines: number[] };
    expect([shippedMemo, emptyLines]).toEqual([undefined, [3, 6]]);
    const found: Finding['line'][] = [];
    const context: RuleContext = { ast: plain, options: {}, report: (descriptor) => found.push(descriptor.range.line) };
    rulesById.get(ID)!.check(context);
    expect(found).toEqual([3, 6]);
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
