import { describe, expect, it } from 'vitest';
import { cleanPath, parseDockerignore } from './dockerignore';

const excluded = (ignore: string, path: string) => parseDockerignore(ignore).isExcluded(path);

describe('parseDockerignore', () => {
  it('keeps patterns with their line, skipping comments and blank lines', () => {
    const matcher = parseDockerignore('# build output\n\n  dist/  \n!dist/keep.txt\n./.env\n/secrets\n');
    expect(matcher.patterns).toEqual([
      { pattern: 'dist', exclusion: false, line: 3 },
      { pattern: 'dist/keep.txt', exclusion: true, line: 4 },
      { pattern: '.env', exclusion: false, line: 5 },
      { pattern: 'secrets', exclusion: false, line: 6 },
    ]);
  });

  it('reads CRLF files and a byte-order mark', () => {
    const matcher = parseDockerignore('\uFEFF.git\r\nnode_modules\r\n');
    expect(matcher.patterns.map((p) => p.pattern)).toEqual(['.git', 'node_modules']);
  });

  it('treats a line starting with spaces then # as a pattern, as Docker does', () => {
    expect(parseDockerignore('  #notes').patterns.map((p) => p.pattern)).toEqual(['#notes']);
  });

  it('excludes a literal file and everything under an excluded folder', () => {
    expect(excluded('.git', '.git')).toBe(true);
    expect(excluded('.git', '.git/config')).toBe(true);
    expect(excluded('node_modules/', 'node_modules/react/index.js')).toBe(true);
    expect(excluded('.git', '.gitignore')).toBe(false);
    expect(excluded('.git', 'src/.git')).toBe(false);
  });

  it('normalises the path asked about', () => {
    expect(excluded('.env', './.env')).toBe(true);
    expect(excluded('data', '/data/')).toBe(true);
    expect(excluded('data', 'data/./raw/../x.csv')).toBe(true);
    expect(excluded('data', '.')).toBe(false);
    expect(excluded('*', '')).toBe(false);
  });

  it('matches * and ? within one path segment only', () => {
    expect(excluded('*.pyc', 'main.pyc')).toBe(true);
    expect(excluded('*.pyc', 'pkg/main.pyc')).toBe(false);
    expect(excluded('*/*.pyc', 'pkg/main.pyc')).toBe(true);
    expect(excluded('file?.txt', 'file1.txt')).toBe(true);
    expect(excluded('file?.txt', 'file10.txt')).toBe(false);
    expect(excluded('a?b', 'a/b')).toBe(false);
  });

  it('matches ** across any number of folders, including none', () => {
    expect(excluded('**/__pycache__', '__pycache__')).toBe(true);
    expect(excluded('**/__pycache__', 'a/b/__pycache__/x.pyc')).toBe(true);
    expect(excluded('**/*.pyc', 'a/b/c.pyc')).toBe(true);
    expect(excluded('docs/**/*.md', 'docs/a.md')).toBe(true);
    expect(excluded('docs/**/*.md', 'docs/x/y/a.md')).toBe(true);
    expect(excluded('docs/**/*.md', 'src/a.md')).toBe(false);
    expect(excluded('data/**', 'data/raw/big.csv')).toBe(true);
    expect(excluded('**', 'anything/at/all')).toBe(true);
  });

  it('matches character classes, ranges and negated classes', () => {
    expect(excluded('log[0-9].txt', 'log7.txt')).toBe(true);
    expect(excluded('log[0-9].txt', 'logx.txt')).toBe(false);
    expect(excluded('[!a]*.tmp', 'b.tmp')).toBe(true);
    expect(excluded('[!a]*.tmp', 'a.tmp')).toBe(false);
    expect(excluded('[^a]*.tmp', 'a.tmp')).toBe(false);
    expect(excluded('x[/]y', 'x/y')).toBe(false);
    expect(excluded('[abc', '[abc')).toBe(true);
  });

  it('reads a leading ] as a class member, a trailing - and escapes literally', () => {
    expect(excluded('[]x]', ']')).toBe(true);
    expect(excluded('[]x]', 'x')).toBe(true);
    expect(excluded('[]x]', 'y')).toBe(false);
    expect(excluded('[a-]', '-')).toBe(true);
    expect(excluded('[a\\-c]', '-')).toBe(true);
    expect(excluded('[a\\-c]', 'b')).toBe(false);
    expect(excluded('[\\]-\\}]', '|')).toBe(true);
  });

  it('honours backslash escapes', () => {
    expect(excluded('\\*.txt', '*.txt')).toBe(true);
    expect(excluded('\\*.txt', 'a.txt')).toBe(false);
  });

  it('lets the last matching pattern win', () => {
    expect(excluded('*.md\n!README.md', 'README.md')).toBe(false);
    expect(excluded('*.md\n!README.md', 'CHANGES.md')).toBe(true);
    expect(excluded('!README.md\n*.md', 'README.md')).toBe(true);
    expect(excluded('data\n!data/schema.json', 'data/schema.json')).toBe(false);
    expect(excluded('data\n!data/schema.json', 'data/raw.csv')).toBe(true);
  });

  it('names the pattern that excludes a path', () => {
    const matcher = parseDockerignore('data\n**/*.csv\n!keep.csv\n');
    expect(matcher.excludingPattern('data/raw/x.json')).toEqual({ pattern: 'data', exclusion: false, line: 1 });
    expect(matcher.excludingPattern('data/x.csv')).toEqual({ pattern: '**/*.csv', exclusion: false, line: 2 });
    expect(matcher.excludingPattern('keep.csv')).toBeNull();
    expect(matcher.excludingPattern('src/app.py')).toBeNull();
  });

  it('never lets a pattern that climbs out of the context match', () => {
    expect(excluded('../secret', 'secret')).toBe(false);
    expect(cleanPath('/../x')).toBe('x');
    expect(cleanPath('a/../../b')).toBe('../b');
  });

  it('cleans paths like Go filepath.Clean, relative to the context', () => {
    const cases: [string, string][] = [
      ['src', 'src'],
      ['./src/', 'src'],
      ['/app/src/', 'app/src'],
      ['.//./a/.', 'a'],
      ['a/./b//c/', 'a/b/c'],
      ['./../a', '../a'],
      ['a/b/..', 'a'],
      ['a./', 'a.'],
      ['..a/.b', '..a/.b'],
      ['./', ''],
      ['/', ''],
      ['.', ''],
      ['', ''],
    ];
    for (const [path, clean] of cases) expect([path, cleanPath(path)]).toEqual([path, clean]);
  });

  it('stays fast on patterns that make backtracking matchers explode', () => {
    const pattern = `${'*a'.repeat(30)}b\n${'**/'.repeat(30)}x`;
    const path = `${'a'.repeat(5000)}/${'a/'.repeat(200)}y`;
    const start = Date.now();
    expect(excluded(pattern, path)).toBe(false);
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
