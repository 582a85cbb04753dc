import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeMissing, measureCoverage, readContentFiles } from './coverage';

const root = process.cwd();
const seedFixture = readFileSync(path.join(root, 'lib/content/fixtures/01-docker.seed.md'), 'utf8');
const sharedSeed = path.join(root, '../shared/seed/000_2a60cdfc8fb59c25.txt');

describe('content coverage of the seed chapter', () => {
  it('carries every code block and every line of prose of the seed (100%)', () => {
    const coverage = measureCoverage(seedFixture, readContentFiles(path.join(root, 'content')));
    expect(coverage.codeBlocks.total).toBeGreaterThan(90);
    expect(coverage.prose.total).toBeGreaterThan(300);
    expect(describeMissing(coverage), 'first missing seed lines').toBe('');
    expect(coverage.percent).toBe(100);
  });

  it('notices a code block whose body changed by one character', () => {
    const seed = 'Text line here\n\n```dockerfile\nFROM python:3.9-slim\nRUN pip install -r requirements.txt\n```\n';
    const lesson = '## Text line here {/*text-line-here*/}\n\n```dockerfile\nFROM python:3.9-slim\nRUN pip install -r requirement.txt\n```\n';
    const coverage = measureCoverage(seed, [lesson]);
    expect(coverage.codeBlocks.missing.map((b) => b.line)).toEqual([4]);
    expect(coverage.prose.missing).toEqual([]);
    expect(coverage.percent).toBe(50);
  });

  it('ignores markup and escapes in prose but not the words or diacritics', () => {
    const seed = '**Câu trả lời:**\n\n| **FROM** | Base image `FROM ubuntu:20.04` |\n- Tránh được "works on my machine"\n';
    expect(measureCoverage(seed, ['## Câu trả lời: {/*cau-tra-loi*/}\n\n| FROM | Base image FROM ubuntu:20.04 |\n* Tránh được "works on my machine"']).percent).toBe(100);
    const lost = measureCoverage(seed, ['Cau tra loi: | FROM | Base image FROM ubuntu:20.04 | Tránh được "works on my machine"']);
    expect(lost.prose.missing.map((p) => p.line)).toEqual([1]);
  });

  it('drops the relative .md links and table separators from what must be carried', () => {
    const seed = '[← Quay lại](./README.md)\n\n|---|---|\n\n---\n';
    const coverage = measureCoverage(seed, ['']);
    expect(coverage.prose.total + coverage.codeBlocks.total).toBe(0);
  });

  it.runIf(existsSync(sharedSeed))('keeps the fixture a verbatim copy of the shared seed', () => {
    expect(seedFixture).toBe(readFileSync(sharedSeed, 'utf8'));
  });
});
