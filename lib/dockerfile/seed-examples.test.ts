// The chapter's own Dockerfiles as fixtures: every ```dockerfile block of the lesson text is analysed;
// nothing throws; each example the chapter marks ❌ fires the rule its lesson teaches; the findings
// on the rest are recorded in a reviewed snapshot.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { dockerfileBlocks, type DockerfileBlock } from '../content/seed-blocks';

const seed = readFileSync(fileURLToPath(new URL('../content/fixtures/01-docker.seed.md', import.meta.url)), 'utf8');

/**
 * The ❌ part of a block: from the `# ❌` comment to the next `# ✅` comment. A part without FROM is
 * analysed after the block's FROM before the marker (or `FROM python:3.9-slim`), as the lesson reads it.
 */
function badPart(block: DockerfileBlock): string | null {
  const lines = block.text.split('\n');
  const bad = lines.findIndex((l) => l.includes('❌'));
  if (bad < 0) return null;
  let end = lines.findIndex((l, i) => i > bad && l.includes('✅'));
  if (end < 0) end = lines.length;
  const part = lines.slice(bad, end);
  if (!part.some((l) => /^FROM\s/i.test(l))) {
    const from = lines.slice(0, bad).find((l) => /^FROM\s/i.test(l)) ?? 'FROM python:3.9-slim';
    part.unshift(from);
  }
  return `${part.join('\n')}\n`;
}

/** Seed line of the block's first code line → the rules its ❌ example must fire. */
const BAD_EXAMPLES: Record<number, { rules: string[]; enable?: string[] }> = {
  534: { rules: ['base-image-pinned'] }, // Q6: ubuntu:latest, python:3.9, pytorch/pytorch:latest
  598: { rules: ['deps-before-source'] }, // Q6: COPY . before pip install
  628: { rules: ['base-image-pinned'] }, // Q6: FROM python, FROM pytorch
  640: { rules: ['pip-no-cache-dir', 'pip-pin-versions'] }, // Q6: pip cache kept
  826: { rules: ['pip-no-cache-dir'] }, // Q7: unpinned install (the pins live in requirements.txt)
  856: { rules: ['non-root-user', 'base-image-pinned'] }, // Q7: running as root on `ubuntu`
  1079: { rules: ['deps-before-source'] }, // Q8: code copied before the dependency layer
  1128: { rules: ['apt-update-alone', 'consecutive-run', 'apt-lists-cleanup'] }, // Q8: 3 layers
  1659: { rules: ['non-root-user'] }, // Q10: running as root
  1736: { rules: ['base-image-pinned', 'base-image-official'], enable: ['base-image-official'] }, // Q10: unofficial, untagged
  1763: { rules: ['no-secrets'] }, // Q10: AWS keys in ENV
  1815: { rules: ['apt-lists-cleanup', 'base-image-pinned'] }, // Q10: unnecessary packages on `ubuntu`
};

/** ❌ markers whose lesson point cannot be seen in a Dockerfile, with the reason. */
const NOT_CHECKABLE: Record<number, string> = {
  659: 'the ❌ comment has no code of its own: the ✅ RUN below it is the example',
  1846: '"pinned forever, no updates" is about the rebuild schedule, not the Dockerfile text',
};

const blocks = dockerfileBlocks(seed);

describe('the chapter\'s Dockerfiles', () => {
  it('finds all the dockerfile blocks of the chapter', () => {
    expect(blocks.length).toBe(53);
  });

  it.each(blocks.map((b) => [b.line, b] as const))('block at seed line %i is analysed without a rule failing', (_line, block) => {
    const analysis = analyze(block.text, { dockerignore: '.git\n.env\n__pycache__\n' });
    expect(analysis.ruleErrors).toEqual([]);
    for (const f of analysis.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    }
  });

  it('every ❌ example is either checked or listed as not checkable', () => {
    const marked = blocks.filter((b) => b.text.includes('❌')).map((b) => b.line);
    expect(marked.sort((a, b) => a - b)).toEqual(
      [...Object.keys(BAD_EXAMPLES), ...Object.keys(NOT_CHECKABLE)].map(Number).sort((a, b) => a - b),
    );
  });

  it.each(Object.entries(BAD_EXAMPLES))('the ❌ example at seed line %s fires what its lesson teaches', (line, expected) => {
    const block = blocks.find((b) => b.line === Number(line));
    expect(block).toBeDefined();
    const part = badPart(block!);
    expect(part).not.toBeNull();
    const fired = new Set(analyze(part!, { enable: expected.enable ?? [] }).findings.map((f) => f.rule));
    for (const rule of expected.rules) expect([...fired], `${rule} on:\n${part}`).toContain(rule);
  });

  it('catches the ineffective umask and the missing curl of the "Complete Secure Dockerfile Example"', () => {
    const block = blocks.find((b) => b.text.includes('RUN umask 0027'));
    expect(block).toBeDefined();
    const findings = analyze(block!.text).findings;
    const umaskLine = block!.text.split('\n').findIndex((l) => l === 'RUN umask 0027') + 1;
    expect(findings.filter((f) => f.rule === 'ineffective-run').map((f) => f.line)).toContain(umaskLine);
    const healthcheckLine = block!.text.split('\n').findIndex((l) => l.startsWith('HEALTHCHECK')) + 1;
    expect(findings.some((f) => f.rule === 'healthcheck-tool-missing' && f.line >= healthcheckLine)).toBe(true);
  });

  it('records the findings on every block (reviewed snapshot)', async () => {
    const record = blocks
      .map((block) => {
        const findings = analyze(block.text).findings.map((f) => `  ${f.line}:${f.column} ${f.severity} ${f.rule}`);
        return `seed line ${block.line}${block.text.includes('✅') ? ' ✅' : ''}${block.text.includes('❌') ? ' ❌' : ''}\n${findings.join('\n') || '  (no findings)'}`;
      })
      .join('\n');
    await expect(record).toMatchFileSnapshot('./__snapshots__/seed-examples.txt');
  });
});
