import { describe, expect, it } from 'vitest';
import { checkRuleParity, readCatalog } from './check-rules';

describe('rule parity', () => {
  it('reads the catalog rows of RULES.md', () => {
    const rows = readCatalog('| `apk-no-cache` | warning | `apk add` without `--no-cache` | DL3018 (pin), DL3019 |\n| id | sev | x | y |');
    expect(rows).toEqual([{ id: 'apk-no-cache', severity: 'warning', aliases: ['DL3018', 'DL3019'] }]);
  });

  it('every rule has its file, test, metadata, docs and lesson anchor, as RULES.md fixes them', () => {
    expect(checkRuleParity()).toEqual([]);
  });
});
