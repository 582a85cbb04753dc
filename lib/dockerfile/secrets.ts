// What looks like a secret in a Dockerfile: variable names that hold one, and values that are one
// whatever their name (AWS access key ids, private-key headers). Shared by no-secrets and secret-arg.
import type { Range } from './types';

/** Words that name a secret on their own (`DB_PASSWORD`, `HF_TOKEN`, `DJANGO_SECRET_KEY`). */
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'SECRET', 'SECRETS', 'TOKEN', 'CREDENTIAL', 'CREDENTIALS', 'APIKEY', 'ACCESSKEY', 'PRIVATEKEY']);
/** Pairs of words that name a secret together (`API_KEY`, `AWS_ACCESS_KEY_ID`, `SSH_PRIVATE_KEY`). */
const SECRET_PAIRS = new Set(['API KEY', 'ACCESS KEY', 'PRIVATE KEY']);
/**
 * A last word saying the variable describes a secret rather than holding it: where it lives
 * (`API_KEY_FILE=/run/secrets/api_key`) or a setting about it (`TOKEN_EXPIRE_MINUTES=30`).
 */
const NOT_THE_SECRET = new Set([
  'FILE', 'PATH', 'DIR', 'DIRECTORY', 'LOCATION', 'NAME', 'URL', 'URI', 'ENDPOINT', 'HEADER', 'TYPE', 'MODE',
  'EXPIRE', 'EXPIRES', 'EXPIRY', 'EXPIRATION', 'TTL', 'TIMEOUT', 'LENGTH', 'MINUTES', 'SECONDS', 'HOURS', 'DAYS',
  'ENABLED', 'ENABLE', 'DISABLED', 'REQUIRED', 'ALGORITHM', 'ALG', 'POLICY',
]);

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
  const words = wordsOf(key);
  const last = words.at(-1);
  if (last === undefined || NOT_THE_SECRET.has(last)) return false;
  return words.some((word, i) => SECRET_WORDS.has(word) || SECRET_PAIRS.has(`${word} ${words[i + 1] ?? ''}`));
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

/** AWS access key ids and private-key headers anywhere in the source, line by line. */
export function secretsInText(source: string): SecretMatch[] {
  const matches: SecretMatch[] = [];
  const lines = source.split(/\r\n|\r|\n/);
  lines.forEach((text, i) => {
    for (const [kind, pattern] of [['awsKey', AWS_KEY_ID], ['privateKey', PRIVATE_KEY_HEADER]] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        matches.push({ kind, range: { line: i + 1, column: m.index + 1, endLine: i + 1, endColumn: m.index + 1 + m[0].length } });
      }
    }
  });
  return matches;
}
