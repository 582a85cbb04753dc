import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklists, getChecklist, getChecklistItem } from './checklists';
import { factsById } from './facts';
import { rulesById } from './rules';

const seed = readFileSync(new URL('../content/fixtures/01-docker.seed.md', import.meta.url), 'utf8').split('\n');

/** The seed's list under `**<title>**`: leaves with their group label, emphasis removed. */
function seedList(title: string): { text: string; group?: string }[] {
  const start = seed.findIndex((line) => line.trim() === `**${title}**`);
  expect(start, `heading ${title} in the seed`).toBeGreaterThan(0);
  const entries: { text: string; indent: number }[] = [];
  for (let i = start + 1; i < seed.length; i++) {
    const m = /^(\s*)- \[ \] (.*)$/.exec(seed[i] ?? '');
    if (!m) {
      if (entries.length > 0) break;
      continue;
    }
    entries.push({ indent: (m[1] ?? '').length, text: (m[2] ?? '').replace(/\*\*/g, '') });
  }
  const leaves: { text: string; group?: string }[] = [];
  entries.forEach((entry, k) => {
    const next = entries[k + 1];
    if (next && next.indent > entry.indent) return; // a group label, not a leaf
    if (entry.indent === 0) leaves.push({ text: entry.text });
    else {
      const group = entries.slice(0, k).reverse().find((e) => e.indent < entry.indent);
      leaves.push({ text: entry.text, group: group?.text });
    }
  });
  return leaves;
}

describe('checklists', () => {
  it('holds the five checklists of the chapter', () => {
    expect(checklists.map((c) => c.id)).toEqual(['q6-optimization', 'q7-ml-models', 'q8-layer-caching', 'q9-large-model', 'q10-security']);
  });

  it.each(checklists.map((c) => [c.id, c] as const))('%s copies every item of the seed word for word', (_id, checklist) => {
    const expected = seedList(checklist.title);
    expect(checklist.items.map((i) => (i.group ? { text: i.text, group: i.group } : { text: i.text }))).toEqual(expected);
  });

  it('keeps the bold lead of each line as written', () => {
    for (const item of checklists.flatMap((c) => c.items)) if (item.strong) expect(item.text.startsWith(item.strong)).toBe(true);
  });

  it('gives every item a unique id and points only at rules and facts that exist', () => {
    const items = checklists.flatMap((c) => c.items);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      if (item.check.kind === 'rules') {
        expect(item.check.rules.length).toBeGreaterThan(0);
        for (const rule of item.check.rules) expect(rulesById.has(rule), `${item.id} → ${rule}`).toBe(true);
      }
      if (item.check.kind === 'fact') expect(factsById.has(item.check.fact), `${item.id} → ${item.check.fact}`).toBe(true);
    }
  });

  it('marks what a Dockerfile cannot show as manual', () => {
    for (const id of ['q10-scan', 'q10-image-signing', 'q10-regular-rebuilds', 'q10-sbom', 'q8-test-builds', 'q8-buildkit', 'q7-metrics']) {
      expect(getChecklistItem(id)?.item.check.kind, id).toBe('manual');
    }
  });

  it('maps the items the rules catalog names', () => {
    expect(getChecklistItem('q10-non-root')?.item.check).toEqual({ kind: 'rules', rules: ['non-root-user'] });
    expect(getChecklistItem('q6-multi-stage')?.item.check).toEqual({ kind: 'fact', fact: 'multi-stage' });
    expect(getChecklistItem('q6-healthcheck')?.item.check).toEqual({ kind: 'fact', fact: 'healthcheck' });
    expect(getChecklist('nope')).toBeUndefined();
  });
});
