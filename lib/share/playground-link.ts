// Links that open the playground with a Dockerfile, compressed into the URL hash (never sent to a server).
import { compressToEncodedURIComponent } from 'lz-string';
import { MAX_SAVED_CODE_CHARS } from '@/lib/progress/limits';
import { decompressLinkText } from './lz-bounded';

export const PLAYGROUND_PATH = '/playground/';

/**
 * A file a link may carry: what the playground can save, so an opened link is never work it cannot
 * keep. Two such files of noise make a link of 1.5 million characters, within the 2,097,152 that
 * Chromium opens (url::kMaxURLChars; the tests check it).
 */
export const MAX_LINK_FILE_CHARS = MAX_SAVED_CODE_CHARS;

export interface PlaygroundFiles {
  dockerfile: string;
  dockerignore?: string;
}

export type PlaygroundHash = ({ ok: true } & PlaygroundFiles) | { ok: false; reason: 'none' | 'corrupt' | 'too-large' };

export function playgroundHref(dockerfile: string, dockerignore?: string): string {
  let hash = `code=${compressToEncodedURIComponent(dockerfile)}`;
  if (dockerignore) hash += `&ignore=${compressToEncodedURIComponent(dockerignore)}`;
  return `${PLAYGROUND_PATH}#${hash}`;
}

const vi = (n: number) => n.toLocaleString('vi-VN');

/** The link to share the playground's files, or why there is none, said to the learner. */
export function sharePlaygroundLink({ dockerfile, dockerignore }: PlaygroundFiles): { ok: true; href: string } | { ok: false; error: string } {
  const longest = Math.max(dockerfile.length, dockerignore?.length ?? 0);
  if (longest > MAX_LINK_FILE_CHARS) {
    const file = dockerfile.length > MAX_LINK_FILE_CHARS ? 'Dockerfile' : '.dockerignore';
    return { ok: false, error: `${file} quá lớn để chia sẻ qua liên kết (${vi(longest)} ký tự, tối đa ${vi(MAX_LINK_FILE_CHARS)}). Hãy rút gọn ${file}.` };
  }
  const href = playgroundHref(dockerfile, dockerignore);
  return { ok: true, href };
}

/**
 * Reads `#code=…&ignore=…`: the files, or why there are none. Each file is read with a bound, so a
 * link of a few KB that stands for gigabytes is refused before it takes the tab's memory.
 */
export function readPlaygroundHash(hash: string): PlaygroundHash {
  // Not URLSearchParams: it turns the '+' of lz-string's alphabet into a space.
  const params = new Map(
    hash
      .replace(/^#/, '')
      .split('&')
      .map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] as const),
  );
  const code = params.get('code');
  if (!code) return { ok: false, reason: 'none' };
  const dockerfile = decompressLinkText(code, MAX_LINK_FILE_CHARS);
  if (!dockerfile.ok) return dockerfile;
  // A .dockerignore that does not read is left out: the Dockerfile is what the link is for.
  const ignore = params.get('ignore');
  const dockerignore = ignore ? decompressLinkText(ignore, MAX_LINK_FILE_CHARS) : null;
  return dockerignore?.ok ? { ok: true, dockerfile: dockerfile.text, dockerignore: dockerignore.text } : { ok: true, dockerfile: dockerfile.text };
}
