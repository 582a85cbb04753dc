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
  | { kind: 'char'; char: string }
  /** `?`: one character except `/`. */
  | { kind: 'one' }
  /** `*`: any run of characters except `/`. */
  | { kind: 'star' }
  /** `**` inside a pattern: nothing, or anything ending with `/` (Docker's regex: any run, then a slash, optional). */
  | { kind: 'globstar' }
  /** `**` at the end: anything, `/` included. */
  | { kind: 'rest' }
  | { kind: 'class'; negated: boolean; items: ClassItem[] };

type ClassItem = { from: string; to: string };

interface CompiledPattern extends DockerignorePattern {
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
    compiled.push({ pattern, exclusion, line: index + 1, tokens: compileGlob(pattern) });
  });

  const decide = (path: string): CompiledPattern | null => {
    const file = cleanPath(path);
    if (file === '' || file === '.') return null;
    let decisive: CompiledPattern | null = null;
    for (const pattern of compiled) {
      // An exception can only matter once something excluded the path.
      if (pattern.exclusion && decisive === null) continue;
      if (matchesPathOrParent(pattern.tokens, file)) decisive = pattern.exclusion ? null : pattern;
    }
    return decisive;
  };

  return {
    patterns: compiled.map(({ pattern, exclusion, line }) => ({ pattern, exclusion, line })),
    isExcluded: (path) => decide(path) !== null,
    excludingPattern(path) {
      const decisive = decide(path);
      return decisive ? { pattern: decisive.pattern, exclusion: false, line: decisive.line } : null;
    },
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

/** path[from, to) is non-empty and has no empty, `.` or `..` segment (copy-chown checks its absolute paths with it too). */
export function isCleanRelative(path: string, from: number, to: number): boolean {
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
      tokens.push({ kind: 'one' });
      i++;
    } else if (ch === '\\' && i + 1 < pattern.length) {
      tokens.push({ kind: 'char', char: pattern[i + 1]! });
      i += 2;
    } else if (ch === '[') {
      const parsed = parseClass(pattern, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else {
        tokens.push({ kind: 'char', char: '[' });
        i++;
      }
    } else {
      tokens.push({ kind: 'char', char: ch });
      i++;
    }
  }
  return tokens;
}

/** `[abc]`, `[a-z]`, `[!x]`/`[^x]`; null when there is no closing `]` (then `[` is literal). */
function parseClass(pattern: string, start: number): { token: Token; end: number } | null {
  let i = start + 1;
  let negated = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negated = true;
    i++;
  }
  const items: ClassItem[] = [];
  let first = true;
  while (i < pattern.length) {
    let ch = pattern[i]!;
    if (ch === ']' && !first) return { token: { kind: 'class', negated, items }, end: i + 1 };
    first = false;
    if (ch === '\\' && i + 1 < pattern.length) {
      i++;
      ch = pattern[i]!;
    }
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      let to = pattern[i + 2]!;
      let next = i + 3;
      if (to === '\\' && i + 3 < pattern.length) {
        to = pattern[i + 3]!;
        next = i + 4;
      }
      items.push({ from: ch, to });
      i = next;
    } else {
      items.push({ from: ch, to: ch });
      i++;
    }
  }
  return null;
}

function classMatches(token: Extract<Token, { kind: 'class' }>, ch: string): boolean {
  if (ch === '/') return false;
  const inside = token.items.some((item) => ch >= item.from && ch <= item.to);
  return inside !== token.negated;
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
      const kind = tokens[k]!.kind;
      // `*`, `**` and trailing `**` may match nothing: the next token is reachable too.
      if (kind !== 'star' && kind !== 'globstar' && kind !== 'rest') return;
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
        case 'char':
          if (token.char === ch) addClosure(next, state + 1);
          break;
        case 'one':
          if (ch !== '/') addClosure(next, state + 1);
          break;
        case 'class':
          if (classMatches(token, ch)) addClosure(next, state + 1);
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
