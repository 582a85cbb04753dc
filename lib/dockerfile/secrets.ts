// What looks like a secret in a Dockerfile: variable names that hold one, and values that are one
// whatever their name (AWS access key ids, private-key headers). Shared by no-secrets and secret-arg.
import { Positions, scanLines } from './parse/lines';
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
  // The parser's line table and positions: `\r\n`, a lone `\r` and `\n` each end a line, as in its ranges.
  const positions = new Positions(scanLines(source));
  const awsKeys = matchesOf(source, positions, 'awsKey', AWS_KEY_ID);
  const privateKeys = matchesOf(source, positions, 'privateKey', PRIVATE_KEY_HEADER);
  // Each pattern ran over the whole source: a stable sort by line merges them, key ids first on a line.
  return awsKeys.length === 0 ? privateKeys : awsKeys.concat(privateKeys).sort((a, b) => a.range.line - b.range.line);
}

/** Every match of a global pattern, with its range. */
function matchesOf(source: string, positions: Positions, kind: SecretMatch['kind'], pattern: RegExp): SecretMatch[] {
  return Array.from(source.matchAll(pattern), (m) => ({ kind, range: positions.range(m.index, m.index + m[0].length) }));
}
