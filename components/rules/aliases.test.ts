import { describe, expect, it } from 'vitest';
import { aliasTool, groupAliases } from './aliases';

describe('aliasTool', () => {
  it.each([
    ['DL3006', 'hadolint'],
    ['CKV_DOCKER_3', 'checkov'],
    ['CKV2_DOCKER_5', 'checkov'],
    ['SecretsUsedInArgOrEnv', 'buildkit'],
    ['DL30', 'buildkit'],
  ])('%s comes from %s', (alias, tool) => {
    expect(aliasTool(alias)).toBe(tool);
  });
});

describe('groupAliases', () => {
  it('groups by tool in a fixed order and drops empty groups', () => {
    expect(groupAliases(['CKV_DOCKER_3', 'DL3002', 'DuplicateStageName', 'DL3024'])).toEqual([
      { tool: 'hadolint', aliases: ['DL3002', 'DL3024'] },
      { tool: 'buildkit', aliases: ['DuplicateStageName'] },
      { tool: 'checkov', aliases: ['CKV_DOCKER_3'] },
    ]);
    expect(groupAliases([])).toEqual([]);
  });
});
