import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { MAX_LINK_FILE_CHARS, playgroundHref, readPlaygroundHash, sharePlaygroundLink } from './playground-link';

/** Chromium opens no URL longer than this (url::kMaxURLChars). */
const CHROMIUM_MAX_URL_CHARS = 2 * 1024 * 1024;

describe('playground links', () => {
  it('round-trips a Dockerfile with Vietnamese text and symbols', () => {
    const dockerfile = 'FROM python:3.11-slim\n# Tối ưu hoá + cache\nRUN pip install --no-cache-dir "a>=1" && echo $HOME\n';
    const href = playgroundHref(dockerfile, '.git\n.env\n');
    expect(href.startsWith('/playground/#code=')).toBe(true);
    expect(readPlaygroundHash(href.slice(href.indexOf('#')))).toEqual({ ok: true, dockerfile, dockerignore: '.git\n.env\n' });
  });

  it('tells a hash without code from a code that does not read', () => {
    expect(readPlaygroundHash('')).toEqual({ ok: false, reason: 'none' });
    expect(readPlaygroundHash('#foo=bar')).toEqual({ ok: false, reason: 'none' });
    expect(readPlaygroundHash('#code=%%%')).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('opens the Dockerfile of a link whose .dockerignore part was cut off', () => {
    const href = playgroundHref('FROM alpine:3.20\n', '.git\n.env\n');
    expect(readPlaygroundHash(href.slice(href.indexOf('#'), -4))).toEqual({ ok: true, dockerfile: 'FROM alpine:3.20\n' });
  });

  it('refuses a short link that stands for a file larger than the playground keeps', () => {
    const link = `#code=${compressToEncodedURIComponent('#'.repeat(MAX_LINK_FILE_CHARS + 1))}`;
    expect(link.length).toBeLessThan(2_000);
    expect(readPlaygroundHash(link)).toEqual({ ok: false, reason: 'too-large' });
    const largest = 'FROM alpine:3.20\n' + '#'.repeat(MAX_LINK_FILE_CHARS - 17);
    expect(readPlaygroundHash(`#code=${compressToEncodedURIComponent(largest)}`)).toEqual({ ok: true, dockerfile: largest });
  });
});

describe('sharing the playground', () => {
  it('gives the link that opens the same files', () => {
    const shared = sharePlaygroundLink({ dockerfile: 'FROM alpine:3.20\n', dockerignore: '.env\n' });
    expect(shared).toEqual({ ok: true, href: playgroundHref('FROM alpine:3.20\n', '.env\n') });
  });

  it('refuses a file the link could not carry, naming the file and the limit', () => {
    const shared = sharePlaygroundLink({ dockerfile: 'FROM alpine:3.20\n', dockerignore: '*\n'.repeat(150_000) });
    expect(shared).toEqual({ ok: false, error: '.dockerignore quá lớn để chia sẻ qua liên kết (300.000 ký tự, tối đa 200.000). Hãy rút gọn .dockerignore.' });
  });

  it('makes of the largest files it carries a link a browser still opens', () => {
    // Characters that repeat nothing are what lz-string compresses worst: about 3.6 link characters each.
    let x = 7;
    const noise = () =>
      Array.from({ length: MAX_LINK_FILE_CHARS }, () => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return String.fromCharCode(0x100 + ((x >>> 0) % 60_000));
      }).join('');
    const shared = sharePlaygroundLink({ dockerfile: noise(), dockerignore: noise() });
    if (!shared.ok) throw new Error(shared.error);
    expect(`https://docker-mlops.example${shared.href}`.length).toBeLessThan(CHROMIUM_MAX_URL_CHARS);
  });
});
