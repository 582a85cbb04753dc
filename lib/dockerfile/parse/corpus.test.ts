// Cross-check against dockerfile-ast 0.7.1 (dev-only oracle) on the official images' Dockerfiles:
// the same instructions, keywords and start/end lines. Known, deliberate differences are named below.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import type { DockerfileAst } from '../types';
import { parse } from './index';

const corpus = path.resolve(__dirname, '../../../../shared/corpus/official');
const exists = existsSync(corpus);

function dockerfilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...dockerfilesUnder(full));
    else if (/Dockerfile/i.test(entry)) found.push(full);
  }
  return found.sort();
}

interface Shape {
  keyword: string;
  startLine: number;
  endLine: number;
}

function oracle(source: string): Shape[] {
  return DockerfileParser.parse(source)
    .getInstructions()
    .map((instruction) => {
      const range = instruction.getRange();
      return { keyword: instruction.getKeyword().toUpperCase(), startLine: range.start.line + 1, endLine: range.end.line + 1 };
    });
}

function ours(source: string): Shape[] {
  return shapesOf(parse(source));
}

function shapesOf(ast: DockerfileAst): Shape[] {
  return ast.instructions.map((i) => ({ keyword: i.keyword, startLine: i.range.line, endLine: i.range.endLine }));
}

/**
 * Deliberate differences, each named and demonstrated on a fixture below, so a change in either
 * tool shows up here instead of hiding in the corpus comparison.
 */
const EXCEPTIONS: { name: string; why: string; source: string; ours: string; dockerfileAst: string }[] = [
  {
    name: 'danglingContinuationAtEof',
    why: 'dockerfile-ast stretches an instruction whose last line ends with the escape char over the empty line after the final newline; we end it on its last written line and report danglingContinuation',
    source: 'FROM alpine\nRUN echo \\\n',
    ours: 'FROM:1-1 RUN:2-2',
    dockerfileAst: 'FROM:1-1 RUN:2-3',
  },
  {
    name: 'escapeCharOnlyLine',
    why: 'a line holding only the escape char continues into nothing: dockerfile-ast makes it an instruction named `\\`, Docker (and we) see no instruction',
    source: 'FROM alpine\n\\',
    ours: 'FROM:1-1',
    dockerfileAst: 'FROM:1-1 \\:2-2',
  },
];

function shapes(list: Shape[]): string {
  return list.map((s) => `${s.keyword}:${s.startLine}-${s.endLine}`).join(' ');
}

describe('deliberate differences with dockerfile-ast', () => {
  for (const exception of EXCEPTIONS) {
    it(`${exception.name}: ${exception.why}`, () => {
      expect(shapes(ours(exception.source))).toBe(exception.ours);
      expect(shapes(oracle(exception.source))).toBe(exception.dockerfileAst);
    });
  }

  it('agree on heredocs (instruction ends at the closing delimiter) and continuations over comments and empty lines', () => {
    const fixtures = [
      'FROM alpine\nRUN <<EOF\necho hi\nEOF\nCMD x\n',
      'FROM alpine\nCOPY <<A <<B /x\na\nA\nb\nB\nRUN x\n',
      'FROM alpine\nONBUILD RUN <<EOF\necho\nEOF\n',
      'FROM alpine\nRUN a \\\n\n# c\n\nCMD x\n',
      'FROM a\r\nRUN b \\\r\n c\r\n',
      '# escape=`\nFROM a\nRUN b `\n c\n',
    ];
    for (const source of fixtures) expect(shapes(ours(source)), source).toBe(shapes(oracle(source)));
  });
});

describe.skipIf(!exists)('corpus cross-check with dockerfile-ast (official images)', () => {
  const files = exists ? dockerfilesUnder(corpus) : [];

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('never throws and agrees on instruction count, keywords and lines', () => {
    const mismatches: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const ast = parse(source);
      const mine = shapesOf(ast);
      const theirs = oracle(source);
      if (mine.length !== theirs.length) {
        mismatches.push(`${path.relative(corpus, file)}: ${mine.length} instructions, dockerfile-ast ${theirs.length}`);
        continue;
      }
      if (ast.errors.length > 0) {
        mismatches.push(`${path.relative(corpus, file)}: errors ${JSON.stringify(ast.errors)}`);
        continue;
      }
      for (let i = 0; i < mine.length; i++) {
        const a = mine[i]!;
        const b = theirs[i]!;
        if (a.keyword === b.keyword && a.startLine === b.startLine && a.endLine === b.endLine) continue;
        mismatches.push(`${path.relative(corpus, file)}: #${i} ours ${JSON.stringify(a)} dockerfile-ast ${JSON.stringify(b)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

if (!exists) {
  describe('corpus cross-check', () => {
    it.skip(`skipped: ${corpus} is absent (the corpus is not part of the repository)`, () => {});
  });
}
