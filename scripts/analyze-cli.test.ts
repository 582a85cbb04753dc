import { describe, expect, it } from 'vitest';
import { runCli, type CliDeps, type CliIo } from './analyze-cli';
import type { Analysis } from '../lib/dockerfile/analyze';
import type { GradeItem } from '../lib/dockerfile/rubric';
import type { Finding } from '../lib/dockerfile/types';

function finding(partial: Partial<Finding>): Finding {
  return {
    rule: 'pip-no-cache-dir', severity: 'warning', messageId: 'm', message: 'thông điệp',
    line: 3, column: 5, endLine: 3, endColumn: 9, aliases: ['DL3042'], docsUrl: '/rules/x/', lessonUrl: '/docker/x/',
    ...partial,
  };
}

function harness(files: Record<string, string>, findings: Finding[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
  const seen: { source: string; options: unknown }[] = [];
  const gradeItems: GradeItem[] = [];
  const deps: CliDeps = {
    analyze(source, options) {
      seen.push({ source, options });
      return { ast: {} as Analysis['ast'], findings, ruleErrors: [], suppressed: [] };
    },
    async loadGrader() {
      return {
        getExercise: (id: string) => (id === 'q1' ? { rubric: { checklists: [], requirements: [], enable: ['base-image-official'] } } : undefined),
        grade: () => ({ passed: 1, graded: 2, score: 50, items: gradeItems }),
      };
    },
  };
  return { io, deps, out, err, seen, gradeItems };
}

describe('analyze CLI', () => {
  it('prints the JSON contract and exits 0 without error findings', async () => {
    const h = harness({ Dockerfile: 'FROM x' }, [finding({})]);
    expect(await runCli(['Dockerfile'], h.io, h.deps)).toBe(0);
    const json = JSON.parse(h.out.join(''));
    expect(json.files[0].path).toBe('Dockerfile');
    expect(Object.keys(json.files[0].findings[0]).sort()).toEqual(
      ['aliases', 'column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity'].sort(),
    );
  });

  it('exits 1 when any finding is an error, and prints compiler-style text', async () => {
    const h = harness({ Dockerfile: 'x' }, [finding({ rule: 'from-first', severity: 'error', line: 1, column: 1 })]);
    expect(await runCli(['--format', 'text', 'Dockerfile'], h.io, h.deps)).toBe(1);
    expect(h.out.join('')).toBe('Dockerfile:1:1 error from-first thông điệp\n');
  });

  it('keeps a text finding on one line: control characters and line breaks quoted from the file are escaped', async () => {
    const h = harness({ Dockerfile: 'x' }, [finding({ message: 'Không có lệnh "\u001b[2J\u0000a\u2028b\rc" trong Dockerfile' })]);
    await runCli(['--format', 'text', 'Dockerfile'], h.io, h.deps);
    expect(h.out.join('')).toBe('Dockerfile:3:5 warning pip-no-cache-dir Không có lệnh "\\u001b[2J\\u0000a\\u2028b\\u000dc" trong Dockerfile\n');
    // JSON escapes them itself, and keeps the message as the analyzer wrote it.
    const json = harness({ Dockerfile: 'x' }, [finding({ message: 'a\u001bb' })]);
    await runCli(['Dockerfile'], json.io, json.deps);
    expect(JSON.parse(json.out.join('')).files[0].findings[0].message).toBe('a\u001bb');
  });

  it('drops a byte order mark opening a file, and keeps one anywhere else', async () => {
    const h = harness({ Dockerfile: '\uFEFFFROM x\n', '.dockerignore': '\uFEFF.git\n', other: 'FROM x\n# \uFEFF\n' }, []);
    expect(await runCli(['--dockerignore', '.dockerignore', 'Dockerfile', 'other'], h.io, h.deps)).toBe(0);
    expect(h.seen.map((call) => call.source)).toEqual(['FROM x\n', 'FROM x\n# \uFEFF\n']);
    expect(h.seen[0]?.options).toEqual({ dockerignore: '.git\n' });
  });

  it('passes the .dockerignore and the exercise rubric to the analyzer and adds the grade', async () => {
    const h = harness({ Dockerfile: 'FROM x', '.dockerignore': '.git' }, []);
    expect(await runCli(['--dockerignore=.dockerignore', '--exercise', 'q1', 'Dockerfile'], h.io, h.deps)).toBe(0);
    expect(h.seen[0]?.options).toEqual({ dockerignore: '.git', enable: ['base-image-official'] });
    expect(JSON.parse(h.out.join('')).files[0].grade).toMatchObject({ passed: 1, graded: 2 });
  });

  it('lists the failed items before the score in the text format', async () => {
    const h = harness({ Dockerfile: 'FROM x' }, []);
    h.gradeItems.push(
      { id: 'q1-a', label: 'Có HEALTHCHECK', kind: 'fact', status: 'fail', why: 'Không có HEALTHCHECK.', lines: [] },
      { id: 'serves', label: 'Chạy uvicorn', kind: 'requirement', status: 'fail', why: 'uvicorn chỉ nghe 127.0.0.1.', lines: [7, 5] },
      { id: 'q1-b', label: 'Có WORKDIR', kind: 'fact', status: 'pass', why: 'Có WORKDIR.', lines: [2] },
    );
    await runCli(['--format', 'text', '--exercise', 'q1', 'Dockerfile'], h.io, h.deps);
    expect(h.out.join('')).toBe(
      'Dockerfile: chưa đạt q1-a Có HEALTHCHECK: Không có HEALTHCHECK.\n' +
        'Dockerfile:5: chưa đạt serves Chạy uvicorn: uvicorn chỉ nghe 127.0.0.1.\n' +
        'Dockerfile: 1/2 mục đạt (50%)\n',
    );
  });

  it('reads every word after `--` as a file, even one that looks like an option', async () => {
    const h = harness({ Dockerfile: 'FROM x', '--format': 'FROM y' }, []);
    expect(await runCli(['--format', 'text', '--', 'Dockerfile', '--format'], h.io, h.deps)).toBe(0);
    expect(h.seen.map(({ source }) => source)).toEqual(['FROM x', 'FROM y']);
    expect(h.err.join('')).toBe('');
  });

  it.each([
    [[], 'no Dockerfile given'],
    [['--'], 'no Dockerfile given'],
    [['--format', 'xml', 'Dockerfile'], '--format must be json or text'],
    [['--bogus', 'Dockerfile'], 'unknown option --bogus'],
    [['missing-file'], 'cannot read missing-file'],
    [['--dockerignore', 'nope', 'Dockerfile'], 'cannot read nope'],
    [['--exercise', 'q99', 'Dockerfile'], 'unknown exercise q99'],
  ])('exits 2 with a message on stderr for %j', async (argv, message) => {
    const h = harness({ Dockerfile: 'FROM x' }, []);
    expect(await runCli(argv as string[], h.io, h.deps)).toBe(2);
    expect(h.err.join('')).toContain(message);
    expect(h.out.join('')).toBe('');
  });
});
