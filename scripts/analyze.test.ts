// The CLI as scripts call it: the real entry point, real files, real exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./analyze.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));

function run(...args: string[]) {
  return runIn({}, ...args);
}

function runIn(env: Record<string, string>, ...args: string[]) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run analyze', () => {
  it('reports findings as JSON with positions and exits 0 when none is an error', () => {
    const path = file('ok.Dockerfile', 'FROM python:3.11-slim\nRUN pip install flask==3.0.0\n');
    const result = run('--format', 'json', path);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    const finding = json.files[0].findings.find((f: { rule: string }) => f.rule === 'pip-no-cache-dir');
    expect(finding).toMatchObject({ rule: 'pip-no-cache-dir', severity: 'warning', line: 2, aliases: ['DL3042'] });
    expect(finding.fix.edits.length).toBeGreaterThan(0);
  });

  it('stops quietly when the reader closes the pipe early (`… | head -1`), still exiting 1 on an error finding', () => {
    // A file with many error findings: its output is far larger than what `head -c 1` reads.
    const path = file('junk.Dockerfile', `${'RUNN x\n'.repeat(5000)}`);
    const command = `"${process.execPath}" --import tsx "${entry}" --format text "${path}" | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`;
    const child = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(1);
  });

  it('exits 1 on an error finding and prints compiler-style text', () => {
    const path = file('secret.Dockerfile', 'FROM python:3.11-slim\nENV API_TOKEN=abc123\n');
    const result = run('--format', 'text', path);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+ error no-secrets `, 'm'));
    expect(result.stdout).not.toContain('abc123');
  });

  it('counts line 1 of a file saved with a byte order mark as an editor shows it', () => {
    const path = file('bom.Dockerfile', '\uFEFFFROM python:3.11\nRUN pip install flask==3.0.0\n');
    const findings = JSON.parse(run('--format', 'json', path).stdout).files[0].findings as { rule: string; line: number; column: number }[];
    // `python:3.11` starts at column 6 of `FROM python:3.11`, and the user-less image is reported at FROM.
    expect(findings.find((f) => f.rule === 'base-image-slim')).toMatchObject({ line: 1, column: 6 });
    expect(findings.find((f) => f.rule === 'non-root-user')).toMatchObject({ line: 1, column: 1 });
  });

  it('grades against an exercise rubric when asked', () => {
    const path = file('q1.Dockerfile', 'FROM python:3.11-slim\n');
    const json = JSON.parse(run('--exercise', 'q1', path).stdout);
    expect(json.files[0].grade.graded).toBeGreaterThan(0);
    expect(json.files[0].grade.score).toBeLessThan(100);
  });

  it('grades in the exercise build context: a misspelt COPY source fails, as in the browser', () => {
    const path = file('q3.Dockerfile', 'FROM python:3.11-slim\nCOPY requirement.txt .\n');
    const item = JSON.parse(run('--exercise', 'q3', path).stdout).files[0].grade.items.find((i: { id: string }) => i.id === 'builds');
    expect(item).toMatchObject({ status: 'fail', lines: [2] });
    expect(item.why).toContain('requirements.txt');
  });

  it('reads a relative path from the folder npm was run in (INIT_CWD), not from the package root', () => {
    file('here.Dockerfile', 'FROM python:3.11-slim\nENV API_TOKEN=abc123\n');
    file('.dockerignore', '*\n');
    const result = runIn({ INIT_CWD: dir }, '--format', 'text', '--dockerignore', '.dockerignore', 'here.Dockerfile');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^here\.Dockerfile:2:\d+ error no-secrets /m);
    expect(result.status).toBe(1);
  });

  it('exits 2 with a message on stderr for an unreadable file or bad usage', () => {
    const missing = run(join(dir, 'nope'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    expect(run('--format', 'yaml', join(dir, 'nope')).status).toBe(2);
  });
});
