// What looks like a secret in a Dockerfile: variable names that hold one, and values that are one
// whatever their name (AWS access key ids, private-key headers). Shared by no-secrets and secret-arg.
import { Positions, scanLines } from './parse/lines';
import { isDigit } from './parse/words';
import type { Range } from './types';

/** Words that name a secret on their own (`DB_PASSWORD`, `HF_TOKEN`, `DJANGO_SECRET_KEY`). */
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'SECRET', 'SECRETS', 'TOKEN', 'CREDENTIAL', 'CREDENTIALS', 'APIKEY', 'ACCESSKEY', 'PRIVATEKEY']);
/** Words that name a secret when followed by KEY (`API_KEY`, `AWS_ACCESS_KEY_ID`, `SSH_PRIVATE_KEY`). */
const SECRET_BEFORE_KEY = new Set(['API', 'ACCESS', 'PRIVATE']);
/**
 * A last word saying the variable describes a secret rather than holding it: where it lives
 * (`API_KEY_FILE=/run/secrets/api_key`, `OPENAI_API_KEY_ENV=OPENAI_API_KEY`) or a setting about it
 * (`TOKEN_EXPIRE_MINUTES=30`, `AIRFLOW__SECRETS__BACKEND=…`).
 */
const NOT_THE_SECRET = new Set([
  'FILE', 'PATH', 'DIR', 'DIRECTORY', 'LOCATION', 'NAME', 'URL', 'URI', 'ENDPOINT', 'HEADER', 'TYPE', 'MODE',
  'EXPIRE', 'EXPIRES', 'EXPIRY', 'EXPIRATION', 'TTL', 'TIMEOUT', 'LENGTH', 'MINUTES', 'SECONDS', 'HOURS', 'DAYS',
  'ENABLED', 'ENABLE', 'DISABLED', 'REQUIRED', 'ALGORITHM', 'ALG', 'POLICY', 'LIMIT', 'BACKEND', 'PROVIDER', 'ENV',
]);
/**
 * Every secret word above contains one of these (in any case), so a name without any of them is not
 * a secret and needs no splitting into words. Non-ASCII names go the long way: upper-casing `ß` gives `SS`.
 */
const MAY_NAME_SECRET = /pass|secret|token|credential|key|[^\x00-\x7f]/i;

/**
 * The words of a variable name: `awsSecretAccessKey`, `AWS_SECRET_ACCESS_KEY` → AWS SECRET ACCESS KEY.
 * Scanned by hand: a regex replace with `$1_$2` and a regex split each went through V8's runtime,
 * several microseconds per name when the analysis runs cold (as between keystrokes).
 */
function wordsOf(key: string): string[] {
  // A camelCase boundary (a lower-case letter or digit, then an upper-case letter) becomes a `_`.
  let marked = '';
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    marked += key[i];
    if (((code >= 97 && code <= 122) || isDigit(code)) && isUpper(key.charCodeAt(i + 1))) marked += '_';
  }
  const upper = marked.toUpperCase();
  const words: string[] = [];
  let start = -1;
  // One past the end reads NaN, which ends the last word.
  for (let i = 0; i <= upper.length; i++) {
    const code = upper.charCodeAt(i);
    if (isUpper(code) || isDigit(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(upper.slice(start, i));
      start = -1;
    }
  }
  return words;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether a variable name says it holds a secret (and not where the secret lives). */
export function isSecretKey(key: string): boolean {
  // Most ENV/ARG names (PATH, LANG, PYTHON_VERSION) are settled here without allocating.
  if (!MAY_NAME_SECRET.test(key)) return false;
  const words = wordsOf(key);
  const last = words[words.length - 1];
  // `MAX_TOKEN=512` is a length, as `MAX_TOKENS` is.
  if (last === undefined || NOT_THE_SECRET.has(last) || words[0] === 'MAX' || words[0] === 'MIN') return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (SECRET_WORDS.has(word) || (SECRET_BEFORE_KEY.has(word) && words[i + 1] === 'KEY')) return true;
  }
  return false;
}

/**
 * `$TOKEN`, `${TOKEN}`, `"${TOKEN}"`, `${TOKEN:?}`, `${TOKEN:-$OTHER}`: the value only names other
 * variables. `${TOKEN:-abc}` does not: when TOKEN is unset, `abc` is the value, written in the file.
 */
export const VARIABLE_REFERENCE = /^\$(\{[A-Za-z_]\w*(?::?(?:[+?][^}]*|-(?:\$\{?[A-Za-z_]\w*\}?)?))?\}|[A-Za-z_]\w*)$/;

export function isVariableReference(value: string): boolean {
  const trimmed = value.trim();
  // Between double quotes, unquoted by slicing (a regex replace goes through V8's runtime). The quotes
  // come off only when nothing between them ends a line, as `.` in a pattern would have it.
  const inner = trimmed.length > 1 && trimmed[0] === '"' && trimmed.endsWith('"') && !/[\n\r\u2028\u2029]/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  return VARIABLE_REFERENCE.test(inner);
}

export interface SecretMatch {
  kind: 'awsKey' | 'urlCredentials' | 'privateKey';
  range: Range;
}

/**
 * Values that are a secret whatever their name, by kind: AWS access key ids; a URL with a literal
 * password (`https://user:pass@host`, not `${PASS}` or `<password>`) or a long token as its user
 * (`https://ghp_…@github.com`); private-key headers. None can cross a line end. Each with a text
 * that every match holds.
 */
const SECRET_PATTERNS: [SecretMatch['kind'], RegExp, string][] = [
  ['awsKey', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, 'IA'],
  ['urlCredentials', /:\/\/(?:[^\s/:@]*:[^\s/@$<{'"]+|\w{30,})@/g, '@'],
  // `Y-----`, not `PRIVATE KEY`: V8 searches a needle of up to six characters by its first one, an
  // upper-case Y is rare in a Dockerfile, and the longer needle took 0.13 ms on a 10,000-line file.
  ['privateKey', /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g, 'Y-----'],
];

/**
 * Secret values anywhere in the source, kind by kind in the order above (analyze sorts findings).
 * Each pattern runs over the whole source: each starts with a literal or a narrow class, which the
 * regex engine searches for before trying the rest.
 */
export function secretsInText(source: string): SecretMatch[] {
  // The parser's line table and positions, made at the first match: `\r\n`, a lone `\r` and `\n` each end a line, as in its ranges.
  let positions: Positions | undefined;
  const matches: SecretMatch[] = [];
  // An exec loop, not Array.from over matchAll: the iterator protocol is slow code to run cold.
  for (const [kind, pattern, needed] of SECRET_PATTERNS) {
    // Text every match holds: most files have none of it, and one search replaces the pattern's scan.
    if (!source.includes(needed)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m; m = pattern.exec(source)) matches.push({ kind, range: (positions ??= new Positions(scanLines(source))).range(m.index, m.index + m[0].length) });
  }
  return matches;
}
