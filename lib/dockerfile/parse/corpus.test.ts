// Cross-check against dockerfile-ast 0.7.1 (dev-only oracle) on the official images' Dockerfiles:
// the same instructions, keywords and start/end lines. Known, deliberate differences are named below.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { exercises } from '@/content/docker/exercises';
import { dockerfileBlocks } from '../../content/seed-blocks';
import type { DockerfileAst } from '../types';
import { parse, parseOrThrow } from './index';

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
  return oracleShapes(DockerfileParser.parse(source));
}

function oracleShapes(dockerfile: ReturnType<typeof DockerfileParser.parse>): Shape[] {
  return dockerfile
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

/**
 * dockerfile-ast reads any `# name…=value` first line as a parser directive, even one BuildKit ignores
 * (`# vim:set ft=dockerfile:` modelines); we keep only syntax, escape and check, so such a line is a comment.
 */
const MODELINE_AS_DIRECTIVE = 'modelineAsDirective';

function commentLines(source: string, theirs = DockerfileParser.parse(source), ours = parse(source)): { ours: number[]; theirs: number[] } {
  const known = new Set(['syntax', 'escape', 'check']);
  const theirLines = theirs.getComments().map((c) => c.getRange().start.line + 1);
  // Directives dockerfile-ast accepts that BuildKit does not are comments for us.
  for (const directive of theirs.getDirectives()) {
    if (!known.has(directive.getName().toLowerCase())) theirLines.push(directive.getRange().start.line + 1);
  }
  return { ours: ours.comments.map((c) => c.range.line), theirs: theirLines.sort((a, b) => a - b) };
}

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

  it(`${MODELINE_AS_DIRECTIVE}: a vim modeline on line 1 is a comment for us, a directive for dockerfile-ast`, () => {
    const source = '# vim:set ft=dockerfile:\nFROM alpine\n';
    expect(parse(source).comments.map((c) => c.text)).toEqual(['# vim:set ft=dockerfile:']);
    expect(parse(source).directives).toEqual([]);
    expect(DockerfileParser.parse(source).getComments()).toHaveLength(0);
    expect(commentLines(source).theirs).toEqual([1]);
  });

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

interface CrossCheckFile {
  name: string;
  source: string;
}

/**
 * Both checks on `files`: every file parsed once by each tool, shared by the two. Read lazily, inside
 * the tests, so a missing file fails a test rather than the collection. Every file must parse
 * without an error but those named in `withErrors`, which must have one.
 */
function crossCheck(files: () => CrossCheckFile[], withErrors: ReadonlySet<string> = new Set()) {
  let cache: (CrossCheckFile & { ast: DockerfileAst; theirs: ReturnType<typeof DockerfileParser.parse> })[] | null = null;
  const parsed = () => (cache ??= files().map((file) => ({ ...file, ast: parseOrThrow(file.source), theirs: DockerfileParser.parse(file.source) })));

  it('never throws and agrees on instruction count, keywords and lines', () => {
    const mismatches: string[] = [];
    for (const { name, ast, theirs: oracleAst } of parsed()) {
      const mine = shapesOf(ast);
      const theirs = oracleShapes(oracleAst);
      if (mine.length !== theirs.length) {
        mismatches.push(`${name}: ${mine.length} instructions, dockerfile-ast ${theirs.length}`);
        continue;
      }
      if (ast.errors.length > 0 !== withErrors.has(name)) mismatches.push(`${name}: errors ${JSON.stringify(ast.errors)}`);
      for (let i = 0; i < mine.length; i++) {
        const a = mine[i]!;
        const b = theirs[i]!;
        if (a.keyword === b.keyword && a.startLine === b.startLine && a.endLine === b.endLine) continue;
        mismatches.push(`${name}: #${i} ours ${JSON.stringify(a)} dockerfile-ast ${JSON.stringify(b)}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('agrees on comment lines, directives and instruction flags', () => {
    const mismatches: string[] = [];
    for (const { name, source, ast, theirs } of parsed()) {
      const comments = commentLines(source, theirs, ast);
      if (comments.ours.join() !== comments.theirs.join()) mismatches.push(`${name}: comments ${comments.ours} vs ${comments.theirs}`);
      const theirDirectives = theirs
        .getDirectives()
        .filter((d) => ['syntax', 'escape', 'check'].includes(d.getName().toLowerCase()))
        .map((d) => `${d.getName().toLowerCase()}=${d.getValue()}`);
      const ourDirectives = ast.directives.map((d) => `${d.name}=${d.value}`);
      if (ourDirectives.join() !== theirDirectives.join()) mismatches.push(`${name}: directives ${ourDirectives} vs ${theirDirectives}`);
      theirs.getInstructions().forEach((instruction, i) => {
        const theirFlags = 'getFlags' in instruction ? (instruction as unknown as { getFlags(): { getName(): string; getValue(): string | null }[] }).getFlags() : [];
        const want = theirFlags.map((f) => `${f.getName()}=${f.getValue()}`).join(' ');
        const got = (ast.instructions[i]?.flags ?? []).map((f) => `${f.name}=${f.value}`).join(' ');
        if (want !== got) mismatches.push(`${name}: #${i} flags ${got} vs ${want}`);
      });
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
}

/**
 * The repository's own Dockerfiles, checked on every run (the official corpus below is not in the
 * repository, and CI runs on a clone without it): the chapter's code blocks, and each exercise's
 * starter and reference solution.
 */
function repositoryDockerfiles(): CrossCheckFile[] {
  const seed = readFileSync(path.resolve(__dirname, '../../content/fixtures/01-docker.seed.md'), 'utf8');
  const files = dockerfileBlocks(seed).map((block) => ({ name: `seed line ${block.line}`, source: block.text }));
  for (const exercise of exercises) {
    files.push({ name: `${exercise.id} starter`, source: exercise.files[0]!.content });
    files.push({ name: `${exercise.id} solution`, source: exercise.solution.dockerfile });
  }
  return files;
}

/**
 * Chapter blocks marked `dockerfile` that hold more than a Dockerfile, so they have parse errors:
 * the two tools must still agree on every instruction.
 */
const CHAPTER_BLOCKS_WITH_ERRORS = new Set([
  'seed line 826', // requirements.txt lines under the Dockerfile
  'seed line 1058', // `FROM python:3.9-slim # Layer 1`: a comment after FROM's image is an extra argument
  'seed line 1234', // `$ docker …` commands, and a comment after FROM's image
  'seed line 1736', // a `$ docker …` command
  'seed line 1792', // `$ docker …` and a docker-compose.yml
]);

describe("cross-check with dockerfile-ast on the repository's own Dockerfiles (chapter, exercises)", () => {
  it('finds them all: 53 chapter blocks, a starter and a solution per exercise', () => {
    expect(repositoryDockerfiles()).toHaveLength(53 + 2 * exercises.length);
  });
  crossCheck(repositoryDockerfiles, CHAPTER_BLOCKS_WITH_ERRORS);
});

describe.skipIf(!exists)('corpus cross-check with dockerfile-ast (official images)', () => {
  const files = exists ? dockerfilesUnder(corpus) : [];

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  crossCheck(() => files.map((file) => ({ name: path.relative(corpus, file), source: readFileSync(file, 'utf8') })));
});

if (!exists) {
  describe('corpus cross-check', () => {
    it.skip(`skipped: ${corpus} is absent (the corpus is not part of the repository)`, () => {});
  });
}
