// Links that open the playground with a Dockerfile, compressed into the URL hash (never sent to a server).
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

export const PLAYGROUND_PATH = '/playground/';

/** Chromium opens no URL longer than this (url::kMaxURLChars): a longer link is no link at all. */
export const MAX_LINK_CHARS = 2 * 1024 * 1024;

export function playgroundHref(dockerfile: string, dockerignore?: string): string {
  let hash = `code=${compressToEncodedURIComponent(dockerfile)}`;
  if (dockerignore) hash += `&ignore=${compressToEncodedURIComponent(dockerignore)}`;
  return `${PLAYGROUND_PATH}#${hash}`;
}

/** Reads `#code=…&ignore=…`; returns null when the hash holds no readable code. */
export function readPlaygroundHash(hash: string): { dockerfile: string; dockerignore?: string } | null {
  // Not URLSearchParams: it turns the '+' of lz-string's alphabet into a space.
  const params = new Map(
    hash
      .replace(/^#/, '')
      .split('&')
      .map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] as const),
  );
  const code = params.get('code');
  if (!code) return null;
  const dockerfile = decompressFromEncodedURIComponent(code);
  if (dockerfile === null || dockerfile === '') return null;
  const ignore = params.get('ignore');
  const dockerignore = ignore ? decompressFromEncodedURIComponent(ignore) : null;
  return dockerignore ? { dockerfile, dockerignore } : { dockerfile };
}
