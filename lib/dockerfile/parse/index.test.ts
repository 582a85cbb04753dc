import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Range } from '../types';
import { parse, parseOrThrow, type ParsedTree } from './index';
import { buildStages } from './stages';

// The real stage builder, which one test makes throw once to stand for a parser bug.
vi.mock('./stages', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./stages')>();
  return { ...actual, buildStages: vi.fn(actual.buildStages) };
});

const r = (line: number, column: number, endLine: number, endColumn: number): Range => ({ line, column, endLine, endColumn });

/** The source text a range covers (lines split like the parser: \n, \r\n, \r). */
function textAt(source: string, range: Range): string {
  const ast = parse(source);
  const start = ast.lineStarts[range.line - 1]! + range.column - 1;
  const end = ast.lineStarts[range.endLine - 1]! + range.endColumn - 1;
  return source.slice(start, end);
}

describe('parse: instructions', () => {
  it('reads keyword, arguments and exact ranges', () => {
    const ast = parse('FROM python:3.11-slim\nrun  pip install x\n');
    expect(ast.instructions).toHaveLength(2);
    const [from, run] = ast.instructions;
    expect(from!.keyword).toBe('FROM');
    expect(from!.keywordRange).toEqual(r(1, 1, 1, 5));
    expect(from!.range).toEqual(r(1, 1, 1, 22));
    expect(run!.keyword).toBe('RUN');
    expect(run!.keywordRaw).toBe('run');
    expect(run!.argsText).toBe('pip install x');
    expect(run!.argsRange).toEqual(r(2, 6, 2, 19));
    expect(run!.args.map((a) => a.value)).toEqual(['pip', 'install', 'x']);
    expect(run!.args[2]!.range).toEqual(r(2, 18, 2, 19));
    expect(run!.stageIndex).toBe(0);
    expect(run!.index).toBe(1);
  });

  it('joins continuations, drops comment lines and records empty ones', () => {
    const source = 'RUN apt-get update \\\n    # refresh\n\n    && apt-get install -y curl\n';
    const ast = parse(source);
    const run = ast.instructions[0]!;
    expect(ast.instructions).toHaveLength(1);
    expect(run.argsText).toBe('apt-get update     && apt-get install -y curl');
    expect(run.emptyContinuationLines).toEqual([3]);
    // And in the tree's list for the whole file, read by the empty-continuation rule.
    expect((ast as ParsedTree).emptyLines).toEqual([3]);
    expect(ast.comments.map((c) => c.text)).toEqual(['# refresh']);
    expect(run.range).toEqual(r(1, 1, 4, 31));
    const curl = run.args.find((a) => a.value === 'curl')!;
    expect(curl.range).toEqual(r(4, 27, 4, 31));
    expect(textAt(source, curl.range)).toBe('curl');
  });

  it('keeps positions exact with \\r\\n and lone \\r line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const source = `FROM alpine${eol}RUN echo a \\${eol}  && echo b${eol}CMD ["sh"]${eol}`;
      const ast = parse(source);
      expect(ast.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'CMD']);
      const run = ast.instructions[1]!;
      expect(run.argsText).toBe('echo a   && echo b');
      expect(run.range).toEqual(r(2, 1, 3, 12));
      const b = run.shell!.commands[1]!.args[0]!;
      expect(textAt(source, b.range)).toBe('b');
      expect(ast.instructions[2]!.json!.values).toEqual(['sh']);
    }
  });

  it('skips a BOM at the start', () => {
    const ast = parse('\uFEFFFROM alpine\n');
    expect(ast.instructions[0]!.keyword).toBe('FROM');
    expect(ast.errors).toEqual([]);
  });

  it('counts keywords not written in upper case, wrapped ones included', () => {
    expect(parse('FROM alpine\nRUN true\nONBUILD COPY . .\n').keywordsNotUpper).toBe(0);
    expect(parse('FROM alpine\nrun true\nONBUILD copy . .\nHEALTHCHECK Cmd true\nfoo bar\n').keywordsNotUpper).toBe(4);
    expect(parse('').keywordsNotUpper).toBe(0);
  });

  it('reports unknown instructions and keeps parsing the next lines', () => {
    const ast = parse('FROM alpine\nFORM x\nRUN echo ok\n');
    expect(ast.instructions.map((i) => i.keyword)).toEqual(['FROM', 'FORM', 'RUN']);
    expect(ast.errors).toEqual([{ messageId: 'unknownInstruction', data: { instruction: 'FORM' }, range: r(2, 1, 2, 5) }]);
  });

  it('reports missing arguments', () => {
    const ast = parse('FROM\nCOPY onlyone\nCOPY <<EOF /app/x\nhi\nEOF\nRUN\nEXPOSE\nWORKDIR \n');
    expect(ast.errors.map((e) => [e.messageId, e.data.instruction, e.range.line])).toEqual([
      ['missingArguments', 'FROM', 1],
      ['missingArguments', 'COPY', 2],
      ['missingArguments', 'RUN', 6],
      ['missingArguments', 'EXPOSE', 7],
      ['missingArguments', 'WORKDIR', 8],
    ]);
  });

  it('reports a continuation at the end of the file', () => {
    const ast = parse('FROM alpine\nRUN echo \\\n');
    expect(ast.errors).toEqual([{ messageId: 'danglingContinuation', data: {}, range: r(2, 10, 2, 11) }]);
    expect(ast.instructions[1]!.argsText).toBe('echo');
  });
});

describe('parse: directives and comments', () => {
  it('reads directives at the top only', () => {
    const ast = parse('# syntax=docker/dockerfile:1\n# escape=\\\n# check=skip=all\nFROM alpine\n# escape=`\n');
    expect(ast.directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1'],
      ['escape', '\\'],
      ['check', 'skip=all'],
    ]);
    expect(ast.directives[0]!.range).toEqual(r(1, 1, 1, 29));
    expect(ast.comments.map((c) => c.text)).toEqual(['# escape=`']);
  });

  it('stops reading directives at a repeated one', () => {
    const ast = parse('# escape=`\n# ESCAPE=\\\n# syntax=x\nFROM alpine\n');
    expect(ast.directives.map((d) => [d.name, d.value])).toEqual([['escape', '`']]);
    expect(ast.escapeChar).toBe('`');
  });

  it('stops reading directives after a comment or an empty line', () => {
    expect(parse('# hello\n# escape=`\nFROM alpine\n').directives).toEqual([]);
    expect(parse('\n# syntax=x\nFROM alpine\n').directives).toEqual([]);
  });

  it('uses the backtick as escape character when asked', () => {
    const source = '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir c:\\ `\n    && echo done\n';
    const ast = parse(source);
    expect(ast.escapeChar).toBe('`');
    const run = ast.instructions[1]!;
    expect(run.argsText).toBe('dir c:\\     && echo done');
    expect(run.range).toEqual(r(3, 1, 4, 17));
  });
});

describe('parse: heredocs', () => {
  it('reads a RUN heredoc body as a shell script', () => {
    const source = 'FROM alpine\nRUN <<EOF\napk add curl\necho done | tee x\nEOF\nCMD ["sh"]\n';
    const ast = parse(source);
    const run = ast.instructions[1]!;
    expect(run.range).toEqual(r(2, 1, 5, 4));
    const heredoc = run.heredocs[0]!;
    expect(heredoc).toMatchObject({ delimiter: 'EOF', stripTabs: false, quoted: false, terminated: true });
    expect(heredoc.body).toBe('apk add curl\necho done | tee x');
    expect(heredoc.bodyRange).toEqual(r(3, 1, 4, 18));
    expect(heredoc.markerRange).toEqual(r(2, 5, 2, 10));
    expect(heredoc.shell!.commands.map((c) => c.name)).toEqual(['apk', 'echo', 'tee']);
    expect(heredoc.shell!.commands[2]!.range).toEqual(r(4, 13, 4, 18));
    expect(run.shell!.commands).toEqual([]);
    expect(ast.instructions[2]!.keyword).toBe('CMD');
  });

  it('reads a RUN heredoc opening with a shebang as a script of that interpreter, a shell only when it names one', () => {
    const shellOf = (shebang: string) => parse(`FROM alpine\nRUN <<EOF\n${shebang}\necho hi\nEOF\n`).instructions[1]!.heredocs[0]!.shell;
    expect(shellOf('#!/usr/bin/env python3')).toBeNull();
    expect(shellOf('#!/usr/bin/node')).toBeNull();
    for (const shebang of ['#!/bin/sh', '#!/bin/bash -e', '#!/usr/bin/env bash', '#!/bin/ash', '# not a shebang']) {
      expect(shellOf(shebang)?.commands.map((c) => c.name), shebang).toEqual(['echo']);
    }
  });

  it('handles <<-, quoted delimiters and several heredocs on one line', () => {
    const source = 'COPY <<-"A" <<\'B\' /dst/\n\tone\n\tA\ntwo\nB\n';
    const ast = parse(source);
    const copy = ast.instructions[0]!;
    expect(copy.heredocs.map((h) => [h.delimiter, h.stripTabs, h.quoted, h.body, h.shell])).toEqual([
      ['A', true, true, 'one', null],
      ['B', false, true, 'two', null],
    ]);
    expect(copy.heredocs[0]!.bodyRange).toEqual(r(2, 2, 2, 5));
    expect(copy.range).toEqual(r(1, 1, 5, 2));
    expect(ast.errors).toEqual([]);
  });

  it('does not treat an interpreter body as shell', () => {
    const ast = parse('RUN python3 <<PY\nimport os\nPY\nRUN cat <<EOF > /etc/x\na=b\nEOF\nRUN bash <<SH\nset -e\nSH\nRUN --mount=type=cache,target=/x <<SH\nls\nSH\n');
    expect(ast.instructions.map((i) => i.heredocs[0]!.shell !== null)).toEqual([false, false, true, true]);
  });

  it('finds the command each marker feeds, across markers, continuations and ONBUILD', () => {
    const shells = (source: string) => parse(source).instructions[0]!.heredocs.map((h) => h.shell !== null);
    expect(shells('RUN cat <<A > x && bash <<B\na\nA\nb\nB\n')).toEqual([false, true]);
    expect(shells('RUN sh -e <<A && python3 <<B\na\nA\nb\nB\n')).toEqual([true, false]);
    expect(shells('RUN set -e \\\n  && cat <<A \\\n  && bash <<B\na\nA\nb\nB\n')).toEqual([false, true]);
    expect(parse('ONBUILD RUN bash <<A\nls\nA\n').instructions[0]!.onbuild!.heredocs[0]!.shell).not.toBeNull();
  });

  it('reports an unterminated heredoc and keeps the body', () => {
    const ast = parse('FROM alpine\nRUN <<EOF\necho hi\n');
    const heredoc = ast.instructions[1]!.heredocs[0]!;
    expect(heredoc.terminated).toBe(false);
    expect(heredoc.body).toBe('echo hi');
    expect(ast.errors).toEqual([{ messageId: 'unterminatedHeredoc', data: { delimiter: 'EOF' }, range: r(2, 5, 2, 10) }]);
  });

  it('gives an empty body an empty range on the next line', () => {
    const heredoc = parse('RUN <<EOF\nEOF\n').instructions[0]!.heredocs[0]!;
    expect(heredoc.body).toBe('');
    expect(heredoc.bodyRange).toEqual(r(2, 1, 2, 1));
  });

  it('ignores here-strings and heredoc-like text on other instructions', () => {
    expect(parse('RUN cat <<<"x"\n').instructions[0]!.heredocs).toEqual([]);
    expect(parse('ENV A=<<EOF\nFROM x\n').instructions).toHaveLength(2);
  });
});

describe('parse: exec form', () => {
  it('keeps spaces and escapes inside JSON strings', () => {
    const cmd = parse('CMD ["echo", "hello world", "a\\"b"]\n').instructions[0]!;
    expect(cmd.json!.values).toEqual(['echo', 'hello world', 'a"b']);
    expect(cmd.json!.valueRanges[1]).toEqual(r(1, 14, 1, 27));
    expect(cmd.shell).toBeNull();
    expect(cmd.jsonError).toBeNull();
  });

  it('flags invalid JSON and parses it as shell like Docker does', () => {
    for (const args of ["['python','app.py']", '["python", "app.py",]', '[python, app.py]', '["a" "b"]']) {
      const cmd = parse(`CMD ${args}\n`).instructions[0]!;
      expect(cmd.json, args).toBeNull();
      expect(cmd.jsonError?.range, args).toEqual(r(1, 5, 1, 5 + args.length));
      expect(cmd.shell, args).not.toBeNull();
    }
  });

  it('does not mistake a shell test command for JSON', () => {
    const run = parse('RUN [ -f /etc/os-release ] && echo ok\n').instructions[0]!;
    expect(run.jsonError).toBeNull();
    expect(run.shell!.commands.map((c) => c.name)).toEqual(['[', 'echo']);
  });
});

describe('parse: ONBUILD and HEALTHCHECK', () => {
  it('parses the wrapped instruction of ONBUILD', () => {
    const ast = parse('FROM alpine\nONBUILD COPY --chown=app . /src\n');
    const inner = ast.instructions[1]!.onbuild!;
    expect(inner.keyword).toBe('COPY');
    expect(inner.keywordRange).toEqual(r(2, 9, 2, 13));
    expect(inner.flags[0]).toMatchObject({ name: 'chown', value: 'app' });
    expect(inner.args.map((a) => a.value)).toEqual(['.', '/src']);
  });

  it('reads HEALTHCHECK NONE and the CMD with its options', () => {
    const ast = parse('HEALTHCHECK NONE\nHEALTHCHECK --interval=30s --start-period=5s CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK CMD ["curl", "-f", "x"]\n');
    const [none, shellForm, execForm] = ast.instructions;
    expect(none!.healthcheck).toEqual({ none: true, command: null });
    expect(shellForm!.flags.map((f) => [f.name, f.value])).toEqual([
      ['interval', '30s'],
      ['start-period', '5s'],
    ]);
    const command = shellForm!.healthcheck!.command!;
    expect(command.keyword).toBe('CMD');
    expect(command.shell!.commands.map((c) => c.name)).toEqual(['curl', 'exit']);
    expect(command.shell!.commands[0]!.nameWord!.range).toEqual(r(2, 50, 2, 54));
    expect(execForm!.healthcheck!.command!.json!.values).toEqual(['curl', '-f', 'x']);
  });
});

describe('parse: never throws', () => {
  it('gives an empty tree over the source when the parser has a bug', () => {
    vi.mocked(buildStages).mockImplementationOnce(() => {
      throw new Error('parser bug');
    });
    const ast = parse('FROM a\nRUN x\n');
    expect(ast.source).toBe('FROM a\nRUN x\n');
    expect(ast.lineStarts).toEqual(Int32Array.of(0, 7, 13));
    expect([ast.instructions, ast.stages, ast.comments, ast.errors, ast.finalStage, ast.escapeChar]).toEqual([[], [], [], [], -1, '\\']);
  });

  it('survives hostile input', () => {
    const inputs = [
      '',
      '\u0000\u0000RUN \u0000',
      'RUN echo \ud800 \udc00',
      'RUN ' + 'a'.repeat(1_000_000),
      'RUN a \\\n'.repeat(5000),
      'RUN <<EOF\n' + 'x\n'.repeat(100),
      '\\\n\\\n\\',
      'FROM ${',
      'FROM $${{}}:@@',
      'RUN $(((((((((',
      'RUN "unterminated \'quote `tick $(sub',
      'CMD [',
      'HEALTHCHECK',
      'ONBUILD',
      'ONBUILD ONBUILD ONBUILD',
      'COPY --=',
      'ENV ="x"',
    ];
    for (const input of inputs) {
      const ast = parseOrThrow(input);
      expect(ast.source).toBe(input);
      for (const instruction of ast.instructions) {
        expect(instruction.range.endLine).toBeLessThanOrEqual(ast.lineStarts.length);
      }
    }
  });
});

/** Every Range-shaped object inside a value (cycles from shared instructions are skipped). */
function collectRanges(value: unknown, into: Range[] = [], seen = new Set<unknown>()): Range[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return into;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.line === 'number' && typeof record.endColumn === 'number') into.push(value as Range);
  for (const key of Object.keys(record)) if (key !== 'source' && key !== 'lineStarts') collectRanges(record[key], into, seen);
  return into;
}

const FRAGMENTS = [
  'FROM ', 'RUN ', 'COPY ', 'ENV ', 'ARG ', 'ONBUILD ', 'HEALTHCHECK ', 'CMD ', 'LABEL ', 'from ', 'AS ', 'x', 'A=1 ',
  '"', "'", '`', '\\', '\n', '\r\n', '\r', ' ', '\t', '#', '# escape=`\n', '<<EOF', '<<-EOF', 'EOF', '\tEOF', "<<'X'", 'X',
  '[', ']', '"a b"', ',', '--mount=type=cache,target=/x ', '--from=0 ', '${', '}', '$(', ')', '$X', ':-', '&&', '|', ';',
  '\u0000', '\ud800', '\uFEFF', 'é', '😀', 'set -o pipefail', 'case x in a) b;; esac', 'if a; then b; fi',
];

describe('parse: properties', () => {
  it('never throws and keeps every range inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        const ast = parseOrThrow(source);
        expect(ast.source).toBe(source);
        const lineCount = ast.lineStarts.length;
        for (const range of collectRanges(ast)) {
          expect(range.line).toBeGreaterThanOrEqual(1);
          expect(range.endLine).toBeLessThanOrEqual(lineCount);
          const start = ast.lineStarts[range.line - 1]! + range.column - 1;
          const end = ast.lineStarts[range.endLine - 1]! + range.endColumn - 1;
          expect(range.column).toBeGreaterThanOrEqual(1);
          expect(end).toBeGreaterThanOrEqual(start);
          expect(end).toBeLessThanOrEqual(source.length);
          // A range never reaches into the terminator of its end line.
          const nextStart = ast.lineStarts[range.endLine];
          if (nextStart !== undefined) {
            const terminator = source[nextStart - 1] === '\n' && source[nextStart - 2] === '\r' ? 2 : 1;
            expect(end).toBeLessThanOrEqual(nextStart - terminator);
          }
        }
      }),
      { numRuns: 400, seed: 20240601 },
    );
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (source) => {
        expect(parseOrThrow(source).source).toBe(source);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

});
