// Image references of FROM: `[registry/]repository[:tag][@digest]`.

export interface ImageParts {
  registry: string | null;
  repository: string;
  tag: string | null;
  digest: string | null;
}

export function splitImageRef(reference: string): ImageParts {
  let rest = reference;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | null = null;
  const firstSlash = rest.indexOf('/');
  if (firstSlash > 0) {
    const first = rest.slice(0, firstSlash);
    // Docker's rule: the first path part is a registry when it looks like a host.
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  return { registry, repository: rest, tag, digest };
}

/**
 * [start, end) of the literal `:tag` in a written reference: the last `:` before any `@digest`, with
 * no `/`, `$`, `{` or `}` after it; null when there is none (no tag, a port, or a tag built from
 * variables). Found by hand: a pattern's `d` flag builds its offsets in V8's runtime, on every FROM.
 */
export function literalTagSpan(raw: string): [number, number] | null {
  const at = raw.indexOf('@');
  const end = at < 0 ? raw.length : at;
  const colon = raw.lastIndexOf(':', end - 1);
  if (colon < 0) return null;
  for (let i = colon + 1; i < end; i++) if ('/${}'.includes(raw[i]!)) return null;
  return [colon, end];
}
