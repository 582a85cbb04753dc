// What looks like a secret in a Dockerfile: variable names that hold one, and values that are one
// whatever their name (AWS access key ids, private-key headers). Shared by no-secrets and secret-arg.
import type { Range } from './types';

/** Words that name a secret on their own (`DB_PASSWORD`, `HF_TOKEN`, `DJANGO_SECRET_KEY`). */
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'SECRET', 'SECRETS', 'TOKEN', 'CREDENTIAL', 'CREDENTIALS', 'APIKEY', 'ACCESSKEY', 'PRIVATEKEY']);
/** Words that name a secret when followed by KEY (`API_KEY`, `AWS_ACCESS_KEY_ID`, `SSH_PRIVATE_KEY`). */
const SECRET_BEFORE_KEY = new Set(['API', 'ACCESS', 'PRIVATE']);
/**
 * A last word saying the variable describes a secret rather than holding it: where it lives
 * (`API_KEY_FILE=/run/secrets/api_key`) or a setting about it (`TOKEN_EXPIRE_MINUTES=30`).
 */
const NOT_THE_SECRET = new Set([
  'FILE', 'PATH', 'DIR', 'DIRECTORY', 'LOCATION', 'NAME', 'URL', 'URI', 'ENDPOINT', 'HEADER', 'TYPE', 'MODE',
  'EXPIRE', 'EXPIRES', 'EXPIRY', 'EXPIRATION', 'TTL', 'TIMEOUT', 'LENGTH', 'MINUTES', 'SECONDS', 'HOURS', 'DAYS',
  'ENABLED', 'ENABLE', 'DISABLED', 'REQUIRED', 'ALGORITHM', 'ALG', 'POLICY',
]);
/**
 * Every secret word above contains one of these (in any case), so a name without any of them is not
 * a secret and needs no splitting into words. Non-ASCII names go the long way: upper-casing `ß` gives `SS`.
 */
const MAY_NAME_SECRET = /pass|secret|token|credential|key|[^\x00-\x7f]/i;

/** The words of a variable name: `awsSecretAccessKey`, `AWS_SECRET_ACCESS_KEY` → AWS SECRET ACCESS KEY. */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

/** Whether a variable name says it holds a secret (and not where the secret lives). */
export function isSecretKey(key: string): boolean {
  // Most ENV/ARG names (PATH, LANG, PYTHON_VERSION) are settled here without allocating.
  if (!MAY_NAME_SECRET.test(key)) return false;
  const words = wordsOf(key);
  const last = words[words.length - 1];
  if (last === undefined || NOT_THE_SECRET.has(last)) return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (SECRET_WORDS.has(word) || (SECRET_BEFORE_KEY.has(word) && words[i + 1] === 'KEY')) return true;
  }
  return false;
}

/** `$TOKEN`, `${TOKEN}`, `${TOKEN:-}`, `"${TOKEN}"`: the value only names another variable. */
export function isVariableReference(value: string): boolean {
  return /^\$(\{[A-Za-z_]\w*(?::?[-+?][^}]*)?\}|[A-Za-z_]\w*)$/.test(value.trim().replace(/^"(.*)"$/, '$1'));
}

export interface SecretMatch {
  kind: 'awsKey' | 'privateKey';
  range: Range;
}

const AWS_KEY_ID = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g;
const PRIVATE_KEY_HEADER = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g;

/** What either pattern needs, found in one scan of the source. */
const MAY_HOLD_SECRET = /AKIA|ASIA|PRIVATE KEY-----/;

/**
 * AWS access key ids and private-key headers anywhere in the source, in line order (on one line, key
 * ids before headers). Neither pattern can cross a line end, so both run over the whole source, and
 * only when a plain search says a match is possible: almost no Dockerfile has one.
 */
export function secretsInText(source: string): SecretMatch[] {
  if (!MAY_HOLD_SECRET.test(source)) return [];
  const awsKeys = matchesOf(source, 'awsKey', AWS_KEY_ID);
  const privateKeys = matchesOf(source, 'privateKey', PRIVATE_KEY_HEADER);
  // Each pattern ran over the whole source: a stable sort by line merges them, key ids first on a line.
  return awsKeys.length === 0 ? privateKeys : awsKeys.concat(privateKeys).sort((a, b) => a.range.line - b.range.line);
}

/** Every match of a global pattern, with 1-based positions; `\r\n`, a lone `\r` and `\n` each end a line. */
function matchesOf(source: string, kind: SecretMatch['kind'], pattern: RegExp): SecretMatch[] {
  const matches: SecretMatch[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    for (; scanned < m.index; scanned++) {
      const code = source.charCodeAt(scanned);
      // A `\r` directly followed by `\n` ends its line at the `\n`.
      if (code === 10 || (code === 13 && source.charCodeAt(scanned + 1) !== 10)) {
        line++;
        lineStart = scanned + 1;
      }
    }
    const column = m.index - lineStart + 1;
    matches.push({ kind, range: { line, column, endLine: line, endColumn: column + m[0].length } });
  }
  return matches;
}
