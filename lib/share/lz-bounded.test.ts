import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressLinkText } from './lz-bounded';

const LINK_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$ %';

const anyLink = fc.string({ unit: fc.constantFrom(...LINK_CHARS), maxLength: 300 });
/** A real link with one character changed: lz-string reads most of these as some text. */
const oneCharChanged = fc
  .tuple(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.constantFrom(...LINK_CHARS))
  .map(([text, at, char]) => {
    const link = compressToEncodedURIComponent(text);
    const i = at % link.length;
    return link.slice(0, i) + char + link.slice(i + 1);
  });

/** What lz-string itself makes of a link: its text, or null for its null, its empty text and its throws. */
function lzText(link: string): string | null {
  try {
    return decompressFromEncodedURIComponent(link) || null;
  } catch {
    return null;
  }
}

describe('decompressLinkText', () => {
  it('reads back what lz-string wrote, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const link = compressToEncodedURIComponent(text);
        expect(decompressLinkText(link, Infinity)).toEqual(text === '' ? { ok: false, reason: 'corrupt' } : { ok: true, text });
      }),
      { numRuns: 500 },
    );
  });

  it('reads any link as lz-string does, whenever lz-string reads a text at all', () => {
    fc.assert(
      fc.property(fc.oneof(anyLink, oneCharChanged), (link) => {
        const ours = decompressLinkText(link, Infinity);
        const theirs = lzText(link);
        if (ours.ok) expect(ours.text).toBe(theirs);
        // lz-string reads a first code of 3 as a text without its first character: ours calls it corrupt.
        const firstCode = link.replace(/ /g, '+').charAt(0);
        if (theirs !== null && !'wxyz0123456789+-$'.includes(firstCode)) expect(ours).toEqual({ ok: true, text: theirs });
      }),
      { numRuns: 2000 },
    );
  });

  it('stops at the bound: a 2 KB link that stands for 1 MB is too large, not read', () => {
    // Larger bombs take lz-string seconds to write (20 KB of link stand for 50 MB); reading stops as early.
    const link = compressToEncodedURIComponent('a'.repeat(1_000_000));
    expect(link.length).toBeLessThan(2_500);
    expect(decompressLinkText(link, 200_000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('takes a text of exactly the bound and refuses one character more', () => {
    const text = 'FROM alpine:3.20\n' + '#'.repeat(983);
    expect(decompressLinkText(compressToEncodedURIComponent(text), 1000)).toEqual({ ok: true, text });
    expect(decompressLinkText(compressToEncodedURIComponent(text + '#'), 1000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('calls an empty, cut or garbled link corrupt', () => {
    const link = compressToEncodedURIComponent('FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n');
    expect(decompressLinkText('', 1000)).toEqual({ ok: false, reason: 'corrupt' });
    expect(decompressLinkText(link.slice(0, link.length >> 1), 1000)).toEqual({ ok: false, reason: 'corrupt' });
    expect(decompressLinkText('%%%', 1000)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('reads a space as the "+" a chat app turned into one', () => {
    // Few short texts have a '+' in their link; this one does.
    const text = 'install 1000 alpine node COPY /app\n';
    const link = compressToEncodedURIComponent(text);
    expect(link).toContain('+');
    expect(decompressLinkText(link.replace(/\+/g, ' '), 1000)).toEqual({ ok: true, text });
  });
});
