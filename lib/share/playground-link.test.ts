import { describe, expect, it } from 'vitest';
import { playgroundHref, readPlaygroundHash } from './playground-link';

describe('playground links', () => {
  it('round-trips a Dockerfile with Vietnamese text and symbols', () => {
    const dockerfile = 'FROM python:3.11-slim\n# Tối ưu hoá + cache\nRUN pip install --no-cache-dir "a>=1" && echo $HOME\n';
    const href = playgroundHref(dockerfile, '.git\n.env\n');
    expect(href.startsWith('/playground/#code=')).toBe(true);
    expect(readPlaygroundHash(href.slice(href.indexOf('#')))).toEqual({ dockerfile, dockerignore: '.git\n.env\n' });
  });

  it('returns null for a missing or unreadable hash', () => {
    expect(readPlaygroundHash('')).toBeNull();
    expect(readPlaygroundHash('#foo=bar')).toBeNull();
    expect(readPlaygroundHash('#code=%%%')).toBeNull();
  });
});
