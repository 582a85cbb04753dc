// The translation table against the installed monaco-editor: every number must still name the
// English it was written for, or a learner would read the wrong label after an upgrade.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MONACO_VI } from './monaco-vi';

const MONACO_ESM = fileURLToPath(new URL('../../node_modules/monaco-editor/esm/vs', import.meta.url));

/** Monaco's English by message number, read from its built `localize(N, '…')` calls. */
function monacoMessages(): Map<number, string> {
  const call = /\blocalize2?\((\d+),\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g;
  const messages = new Map<number, string>();
  const files = readdirSync(MONACO_ESM, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    for (const [, index, literal] of readFileSync(join(MONACO_ESM, file), 'utf8').matchAll(call)) {
      messages.set(Number(index), stringLiteral(literal!));
    }
  }
  return messages;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** The value of a JS string literal, quotes included, as the built code writes them. */
function stringLiteral(literal: string): string {
  return literal.slice(1, -1).replace(/\\(u\{[\da-f]+\}|u[\da-f]{4}|x[\da-f]{2}|[^])/gi, (_escape, code: string) => {
    if (/^[ux]/i.test(code) && code.length > 1) return String.fromCodePoint(parseInt(code.replace(/[ux{}]/gi, ''), 16));
    return ESCAPES[code] ?? code;
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map(([p]) => p).sort();

describe('Monaco in Vietnamese', () => {
  const english = monacoMessages();

  it('reads the installed Monaco (the table is checked against something)', () => {
    expect(english.size).toBeGreaterThan(1000);
  });

  it.each(MONACO_VI.map(([index, en, vi]) => [index, en, vi] as const))('message %i is still "%s"', (index, en, vi) => {
    expect(english.get(index)).toBe(en);
    expect(placeholders(vi)).toEqual(placeholders(en));
    expect(vi.trim()).not.toBe('');
  });

  it('numbers each message once', () => {
    const indexes = MONACO_VI.map(([index]) => index);
    expect(new Set(indexes).size).toBe(indexes.length);
  });

  it('hands Monaco, on import, a table where translated numbers read Vietnamese and the rest fall back to English', () => {
    const table = (globalThis as { _VSCODE_NLS_MESSAGES?: (string | undefined)[] })._VSCODE_NLS_MESSAGES!;
    expect(table[1195]).toBe('Xem vấn đề');
    expect(table[1032]).toBe('Không có kết quả');
    // Monaco falls back to its English only when the slot holds no string.
    expect(table[1089]).toBeUndefined();
  });
});
