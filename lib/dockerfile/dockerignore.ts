// `.dockerignore` with Docker's semantics (moby/patternmatcher): patterns are cleaned like paths,
// the last matching pattern wins, and a path is excluded when it or one of its parent folders is.
// Globs are compiled to a small automaton simulated state-set by state-set: matching is
// O(path × pattern) whatever the input, so a learner's pattern can never hang the editor.

export interface DockerignorePattern {
  /** The cleaned pattern without `!`, e.g. `node_modules`, `**\/*.pyc`. */
  pattern: string;
  /** `!pattern`: re-includes what earlier patterns excluded. */
  exclusion: boolean;
  /** 1-based line in the `.dockerignore` text. */
  line: number;
}

export interface DockerignoreMatcher {
  readonly patterns: readonly DockerignorePattern[];
  /** Whether the build context path (`src/app.py`, `./.env`, `/data/`) is left out of the context. */
  isExcluded(path: string): boolean;
  /** The pattern that decides the path is excluded (the last one that matches), or null when it is kept. */
  excludingPattern(path: string): DockerignorePattern | null;
}

/** One step of a compiled glob. */
type Token =
  /** One character that `accepts` allows: a literal, `?` (anything but `/`) or a class like `[a-z]`. */
  | { kind: 'one'; accepts: (ch: string) => boolean }
  /** `*`: any run of characters except `/`. */
  | { kind: 'star' }
  /** `**` inside a pattern: nothing, or anything ending with `/` (Docker's regex: any run, then a slash, optional). */
  | { kind: 'globstar' }
  /** `**` at the end: anything, `/` included. */
  | { kind: 'rest' };

interface CompiledPattern {
  pattern: DockerignorePattern;
  tokens: Token[];
}

export function parseDockerignore(text: string): DockerignoreMatcher {
  const compiled: CompiledPattern[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    // Docker drops comment lines before trimming: "  # x" is a pattern, "# x" is not.
    if (raw.startsWith('#')) return;
    let pattern = raw.trim();
    if (pattern === '') return;
    const exclusion = pattern.startsWith('!');
    if (exclusion) pattern = pattern.slice(1).trim();
    pattern = cleanPath(pattern);
    if (pattern === '') return;
    compiled.push({ pattern: { pattern, exclusion, line: index + 1 }, tokens: compileGlob(pattern) });
  });

  /** The pattern that decides the path is excluded (the last one that matches), or null when it is kept. */
  const excludingPattern = (path: string): DockerignorePattern | null => {
    const file = cleanPath(path);
    if (file === '' || file === '.') return null;
    let decisive: DockerignorePattern | null = null;
    for (const { pattern, tokens } of compiled) {
      // An exception can only matter once something excluded the path.
      if (pattern.exclusion && decisive === null) continue;
      if (matchesPathOrParent(tokens, file)) decisive = pattern.exclusion ? null : pattern;
    }
    return decisive;
  };

  return {
    patterns: compiled.map((entry) => entry.pattern),
    isExcluded: (path) => excludingPattern(path) !== null,
    excludingPattern,
  };
}

/**
 * Go's `filepath.Clean` plus Docker's context-relative normalisation: `./a//b/` → `a/b`,
 * `/a` → `a`, `a/../b` → `b`. Returns '' for the context root.
 */
export function cleanPath(path: string): string {
  // Most paths are clean already or only wrapped in `./`, `/` or a trailing `/`: no split needed.
  let from = 0;
  let to = path.length;
  for (;;) {
    if (path.startsWith('/', from)) from += 1;
    else if (path.startsWith('./', from)) from += 2;
    else break;
  }
  for (;;) {
    if (to > from && path.charCodeAt(to - 1) === 47) to -= 1;
    else if (to > from + 1 && path.endsWith('/.', to)) to -= 2;
    else break;
  }
  if (isCleanRelative(path, from, to)) return from === 0 && to === path.length ? path : path.slice(from, to);
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      // Above the root `/..` is `/`; a relative `../x` stays outside the context and matches nothing.
      else if (!rooted) out.push(part);
      continue;
    }
    out.push(part);
  }
  return out.join('/');
}

/**
 * A path in the image, made absolute and clean: `/app/./src/` → `/app/src`; a relative path is joined
 * to the working directory `workdir` (itself always resolved).
 */
export function resolvePath(path: string, workdir: string): string {
  if (!path.startsWith('/')) {
    // `.`, `./`, `././.`: the working directory itself, with no joined path built.
    let from = 0;
    while (path.startsWith('./', from)) from += 2;
    if (from === path.length || (from === path.length - 1 && path.charCodeAt(from) === 46)) return workdir;
  }
  const joined = path.startsWith('/') ? path : workdir === '/' ? `/${path}` : `${workdir}/${path}`;
  // Most paths are clean already (`/app`, `/app/`): no new string but the trailing `/` cut.
  const end = joined.length > 1 && joined.charCodeAt(joined.length - 1) === 47 ? joined.length - 1 : joined.length;
  if (end === 1 || isCleanRelative(joined, 1, end)) return end === joined.length ? joined : joined.slice(0, end);
  return `/${cleanPath(joined)}`;
}

/** path[from, to) is non-empty and has no empty, `.` or `..` segment. */
function isCleanRelative(path: string, from: number, to: number): boolean {
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && path.charCodeAt(i) !== 47) continue;
    const length = i - start;
    if (length === 0) return false;
    if (path.charCodeAt(start) === 46 && (length === 1 || (length === 2 && path.charCodeAt(start + 1) === 46))) return false;
    start = i + 1;
  }
  return true;
}

function compileGlob(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i += 2;
        // Consecutive stars add nothing: `***` is `**`.
        while (pattern[i] === '*') i++;
        if (pattern[i] === '/') i++; // `**/` reads as `**`
        tokens.push(i >= pattern.length ? { kind: 'rest' } : { kind: 'globstar' });
        continue;
      }
      tokens.push({ kind: 'star' });
      i++;
    } else if (ch === '?') {
      tokens.push({ kind: 'one', accepts: isNotSlash });
      i++;
    } else if (ch === '\\' && i + 1 < pattern.length) {
      tokens.push({ kind: 'one', accepts: literal(pattern[i + 1]!) });
      i += 2;
    } else {
      const parsed = ch === '[' ? parseClass(pattern, i) : null;
      tokens.push({ kind: 'one', accepts: parsed ? parsed.accepts : literal(ch) });
      i = parsed ? parsed.end : i + 1;
    }
  }
  return tokens;
}

function isNotSlash(ch: string): boolean {
  return ch !== '/';
}

function literal(expected: string): (ch: string) => boolean {
  return (ch) => ch === expected;
}

/** `[abc]`, `[a-z]`, `[!x]`/`[^x]` (never `/`); null when there is no closing `]` (then `[` is literal). */
function parseClass(pattern: string, start: number): { accepts: (ch: string) => boolean; end: number } | null {
  let i = start + 1;
  const negated = pattern[i] === '!' || pattern[i] === '^';
  if (negated) i++;
  /** The character at `i` (or the one a backslash escapes there), moving past it. */
  const readChar = (): string => {
    if (pattern[i] === '\\' && i + 1 < pattern.length) i++;
    return pattern[i++]!;
  };
  const items: { from: string; to: string }[] = [];
  // A `]` first in the class is one of its characters, not its end.
  for (let first = true; i < pattern.length; first = false) {
    if (pattern[i] === ']' && !first) {
      const accepts = (ch: string) => ch !== '/' && items.some((item) => ch >= item.from && ch <= item.to) !== negated;
      return { accepts, end: i + 1 };
    }
    const from = readChar();
    let to = from;
    if (pattern[i] === '-' && i + 1 < pattern.length && pattern[i + 1] !== ']') {
      i++;
      to = readChar();
    }
    items.push({ from, to });
  }
  return null;
}

/**
 * Simulates the glob's automaton over `path` once, accepting the whole path or any prefix that ends
 * at a folder boundary (Docker matches the parents separately; one pass keeps it linear).
 * State `k` means "tokens before k are matched"; state `n + 1 + k` means "inside the globstar at k,
 * after at least one character".
 */
function matchesPathOrParent(tokens: readonly Token[], path: string): boolean {
  const n = tokens.length;
  let current = new Set<number>();
  const addClosure = (set: Set<number>, state: number) => {
    let k = state;
    while (k < n && !set.has(k)) {
      set.add(k);
      // `*`, `**` and trailing `**` may match nothing: past them the next token is reachable too.
      if (tokens[k]!.kind === 'one') return;
      k++;
    }
    if (k === n) set.add(n);
  };
  addClosure(current, 0);
  for (const ch of path) {
    if (ch === '/' && current.has(n)) return true;
    const next = new Set<number>();
    for (const state of current) {
      if (state > n) {
        const k = state - n - 1;
        next.add(state);
        if (ch === '/') addClosure(next, k + 1);
        continue;
      }
      if (state === n) continue;
      const token = tokens[state]!;
      switch (token.kind) {
        case 'one':
          if (token.accepts(ch)) addClosure(next, state + 1);
          break;
        case 'star':
          if (ch !== '/') addClosure(next, state);
          break;
        case 'rest':
          addClosure(next, state);
          break;
        case 'globstar':
          next.add(n + 1 + state);
          if (ch === '/') addClosure(next, state + 1);
          break;
      }
    }
    if (next.size === 0) return false;
    current = next;
  }
  return current.has(n);
}
