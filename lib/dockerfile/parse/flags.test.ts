import { describe, expect, it } from 'vitest';
import { flagsRead, parseFlags, parseOptions } from './flags';

/** One line read in place: logical index i is column i + 1. */
const rangeOf = (start: number, end: number) => ({ line: 1, column: start + 1, endLine: 1, endColumn: end + 1 });
const flagsOf = (text: string) => {
  const argsStart = parseFlags(text, 0, text.length, '\\', { text, rangeOf });
  return { flags: flagsRead, argsStart };
};

describe('parseFlags', () => {
  it('reads --name=value flags up to the first argument', () => {
    const text = ' --from=build --chown=app:app --link src dst';
    const { flags, argsStart } = flagsOf(text);
    expect(flags.map((f) => [f.name, f.value])).toEqual([
      ['from', 'build'],
      ['chown', 'app:app'],
      ['link', null],
    ]);
    expect(text.slice(argsStart)).toBe('src dst');
    expect(flags[0]!.range).toEqual(rangeOf(1, 13));
    expect(flags[0]!.nameRange).toEqual(rangeOf(3, 7));
    expect(flags[0]!.valueRange).toEqual(rangeOf(8, 13));
    expect(flags[2]!.valueRange).toBeNull();
  });

  it('parses option lists of --mount and keeps plain values option-free', () => {
    const { flags } = flagsOf('--mount=type=cache,target=/root/.cache,sharing=locked --mount=type=bind,ro --platform=$BUILDPLATFORM x');
    expect(flags[0]!.options).toEqual({ type: 'cache', target: '/root/.cache', sharing: 'locked' });
    expect(flags[1]!.options).toEqual({ type: 'bind', ro: '' });
    expect(flags[2]!.options).toEqual({});
  });

  it('keeps quoted values whole', () => {
    const { flags } = flagsOf('--mount="type=secret,id=a b" cmd');
    expect(flags[0]!.value).toBe('"type=secret,id=a b"');
  });

  it('stops at a bare -- or a single-dash word', () => {
    expect(flagsOf('-- --x').flags).toEqual([]);
    expect(flagsOf('-y --x').flags).toEqual([]);
  });
});

describe('parseOptions', () => {
  it('does not split a comma inside quotes', () => {
    expect(parseOptions('type=secret,"id=a,b"')).toEqual({ type: 'secret', id: 'a,b' });
  });
});
