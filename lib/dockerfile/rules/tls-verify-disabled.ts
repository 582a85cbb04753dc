// Turning off certificate or signature checks lets anyone on the network swap what the build installs.
import { programName, unwrap } from '../query';
import { defineRule } from '../rule';
import type { ShellCommand, ShellScript, ShellWord } from '../types';

/** Variables that switch verification off, and whether a given value does. */
const INSECURE_VARIABLES: Record<string, (value: string) => boolean> = {
  PYTHONHTTPSVERIFY: (v) => v === '0',
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v === '0',
  NPM_CONFIG_STRICT_SSL: (v) => /^(false|0|no)$/i.test(v),
  // git skips verification when the variable is set at all, whatever its value.
  GIT_SSL_NO_VERIFY: (v) => v !== '',
  PIP_TRUSTED_HOST: (v) => v !== '',
};

/**
 * One of the names above in any case, alone or before `=`: rules out most keys and words without
 * allocating. Non-ASCII text goes the long way: upper-casing `ı` gives `I`.
 */
const INSECURE_NAME = new RegExp(`^(?:${Object.keys(INSECURE_VARIABLES).join('|')})(?:=|$)|[^\\x00-\\x7f]`, 'i');

function insecureVariable(key: string, value: string | null): boolean {
  if (!INSECURE_NAME.test(key)) return false;
  const test = INSECURE_VARIABLES[key.toUpperCase()];
  return test !== undefined && value !== null && test(value.trim().replace(/^["']|["']$/g, ''));
}

// Loops over the tree's lists are indexed: for-of allocates an iterator (and a result per step) over the
// parser's shared frozen empty lists, and in code not yet optimised, which a once-per-file check often is.

type MessageId = 'flag' | 'variable' | 'config' | 'unsigned';
/** Receives each problem found: the word to point at (none found: undefined) and the tool, or the variable's name. */
type Found = (messageId: MessageId, word: ShellWord | undefined, subject: string) => void;

const ASSIGNMENT = /^([A-Za-z_]\w*)=(.*)$/;
const PIP = /^pip(\d+(\.\d+)?)?$/;
const PYTHON = /^python(\d+(\.\d+)?)?$/;
const PIP_MODULE = /^pip\d*$/;
const PIP_TRUSTED_HOST_CONFIG = /^(global|install)\.trusted-host$/;
const FLAG_CLUSTER = /^-[A-Za-z0-9]+$/;
const GIT_SSLVERIFY_OFF = /^http\.sslverify=(false|0|no|off)$/i;
const GIT_OFF_VALUE = /^(false|0|no|off)$/;
const NPM_STRICT_SSL_OFF = /^--strict-ssl=false$/i;
const NPM_OFF_VALUE = /^(false|0)$/;
const YUM_SSLVERIFY_OFF = /(^|=)sslverify\s*=\s*(0|false|no)\b/i;

/** `word` in any case; `lower` is lower-case ASCII, so only a word of the same length can match. */
function equalsIgnoringCase(word: string, lower: string): boolean {
  return word.length === lower.length && word.toLowerCase() === lower;
}

/** `--flag` or `--flag=value`. */
function isLongFlag(value: string, flag: string): boolean {
  return value === flag || (value.startsWith(flag) && value[flag.length] === '=');
}

/** Long flags per program, as constants: a rest parameter would build an array for every command checked. */
const CURL_INSECURE = ['--insecure'];
const WGET_INSECURE = ['--no-check-certificate'];
const PIP_TRUSTED_HOST = ['--trusted-host'];
const APK_UNSIGNED = ['--allow-untrusted'];
const APT_UNSIGNED = ['--allow-unauthenticated', '--allow-insecure-repositories', '--force-yes'];
const YUM_UNSIGNED = ['--nogpgcheck'];
const RPM_UNSIGNED = ['--nosignature', '--nodigest'];

/** A short flag inside a cluster (`-fsSLk`) or the long spelling. */
function flagWordOf(cmd: ShellCommand, short: string | null, long: readonly string[]): ShellWord | undefined {
  for (let i = 0; i < cmd.args.length; i++) {
    const word = cmd.args[i]!;
    const v = word.value;
    if (v === '--') return undefined;
    for (let j = 0; j < long.length; j++) if (isLongFlag(v, long[j]!)) return word;
    if (short && FLAG_CLUSTER.test(v) && v.includes(short, 1)) return word;
  }
  return undefined;
}

/** `NAME=value` words that switch verification off. */
function checkAssignments(words: readonly ShellWord[], found: Found): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!INSECURE_NAME.test(word.value)) continue;
    const m = ASSIGNMENT.exec(word.value);
    if (m && insecureVariable(m[1] ?? '', m[2] ?? '')) found('variable', word, m[1] ?? '');
  }
}

/** `pip install --trusted-host …`, `pip config set global.trusted-host …`, also through `python -m pip`. */
function checkPip(cmd: ShellCommand, found: Found): void {
  found('flag', flagWordOf(cmd, null, PIP_TRUSTED_HOST), 'pip');
  let configAt = -1;
  let hasConfig = false;
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i]!.value;
    if (configAt < 0 && PIP_TRUSTED_HOST_CONFIG.test(v)) configAt = i;
    if (v === 'config') hasConfig = true;
  }
  if (configAt > 0 && hasConfig) found('config', cmd.args[configAt], 'pip');
}

/** `git config http.sslVerify false`, `git -c http.sslVerify=false …`. */
function checkGit(cmd: ShellCommand, found: Found): void {
  let at = -1;
  let hasConfig = false;
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i]!.value;
    if (at < 0 && equalsIgnoringCase(v, 'http.sslverify')) at = i;
    if (equalsIgnoringCase(v, 'config')) hasConfig = true;
  }
  if (at >= 0 && hasConfig && GIT_OFF_VALUE.test((cmd.args[at + 1]?.value ?? '').toLowerCase())) found('config', cmd.args[at], 'git');
  found('config', firstMatching(cmd, GIT_SSLVERIFY_OFF), 'git');
}

/** `npm config set strict-ssl false`, `npm install --strict-ssl=false` (and yarn, pnpm). */
function checkNpm(cmd: ShellCommand, tool: string, found: Found): void {
  let at = -1;
  let hasConfig = false;
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i]!.value;
    if (at < 0 && (equalsIgnoringCase(v, 'strict-ssl') || equalsIgnoringCase(v, 'strict_ssl'))) at = i;
    if (equalsIgnoringCase(v, 'config')) hasConfig = true;
  }
  if (at >= 0 && hasConfig && NPM_OFF_VALUE.test((cmd.args[at + 1]?.value ?? '').toLowerCase())) found('config', cmd.args[at], tool);
  found('flag', firstMatching(cmd, NPM_STRICT_SSL_OFF), tool);
}

function firstMatching(cmd: ShellCommand, pattern: RegExp): ShellWord | undefined {
  for (let i = 0; i < cmd.args.length; i++) if (pattern.test(cmd.args[i]!.value)) return cmd.args[i];
  return undefined;
}

/** yum/dnf `sslverify=0` in any command's words, also when echoed into a repo file. */
function sslverifyOffWord(cmd: ShellCommand): ShellWord | undefined {
  for (let i = 0; i < cmd.args.length; i++) {
    const word = cmd.args[i]!;
    // The setting needs an `=`: most words are settled without running the pattern.
    if (word.value.includes('=') && YUM_SSLVERIFY_OFF.test(word.value)) return word;
  }
  return undefined;
}

function checkCommand(raw: ShellCommand, found: Found): void {
  // `GIT_SSL_NO_VERIFY=1 git clone …`, `export NODE_TLS_REJECT_UNAUTHORIZED=0`, `env PYTHONHTTPSVERIFY=0 …`.
  checkAssignments(raw.assignments, found);
  const rawName = programName(raw);
  if (rawName === 'export' || rawName === 'env') checkAssignments(raw.args, found);
  const cmd = unwrap(raw);
  const name = programName(cmd);
  // Program checks run in a fixed order (download tools, then config, then package signatures):
  // a word two checks agree on is reported by the first.
  if (name === 'curl') found('flag', flagWordOf(cmd, 'k', CURL_INSECURE), name);
  else if (name === 'wget') found('flag', flagWordOf(cmd, null, WGET_INSECURE), name);
  else if (name === 'git') checkGit(cmd, found);
  else if (name === 'npm' || name === 'yarn' || name === 'pnpm') checkNpm(cmd, name, found);
  else if (PIP.test(name) || (PYTHON.test(name) && firstMatching(cmd, PIP_MODULE) !== undefined)) checkPip(cmd, found);
  found('config', sslverifyOffWord(cmd), 'yum/dnf');
  if (name === 'apk') found('unsigned', flagWordOf(cmd, null, APK_UNSIGNED), name);
  else if (name === 'apt-get' || name === 'apt') {
    found('unsigned', flagWordOf(cmd, null, APT_UNSIGNED), name);
  } else if (name === 'yum' || name === 'dnf' || name === 'tdnf' || name === 'microdnf') {
    found('unsigned', flagWordOf(cmd, null, YUM_UNSIGNED), name);
  } else if (name === 'rpm') found('unsigned', flagWordOf(cmd, null, RPM_UNSIGNED), name);
}

function checkScript(script: ShellScript, found: Found): void {
  for (let i = 0; i < script.commands.length; i++) checkCommand(script.commands[i]!, found);
}

/** The message quotes the word as written (`-fsSLk`, `--setopt=sslverify=0`), so the learner finds it. */
function dataOf(messageId: MessageId, word: ShellWord, subject: string): Record<string, string> {
  if (messageId === 'variable') return { name: subject, flag: word.value };
  if (messageId === 'config') return { tool: subject, flag: word.value };
  return { flag: word.value, tool: subject };
}

export default defineRule({
  meta: {
    id: 'tls-verify-disabled',
    severity: 'warning',
    category: 'security',
    aliases: [
      'CKV2_DOCKER_2', 'CKV2_DOCKER_3', 'CKV2_DOCKER_4', 'CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_7',
      'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11', 'CKV2_DOCKER_12', 'CKV2_DOCKER_13',
      'CKV2_DOCKER_14', 'CKV2_DOCKER_15', 'CKV2_DOCKER_16',
    ],
    lesson: { question: 10, anchor: 'cau-tra-loi' },
    messages: {
      flag: '{{tool}} {{flag}} tắt kiểm tra chứng chỉ TLS: kẻ đứng giữa có thể tráo file tải về. Bỏ cờ này; nếu thiếu CA, cài gói ca-certificates.',
      variable: '{{name}} tắt kiểm tra chứng chỉ TLS cho mọi lệnh dùng biến này. Bỏ biến đó; nếu thiếu CA, cài gói ca-certificates hoặc thêm CA nội bộ.',
      config: 'Cấu hình "{{flag}}" tắt kiểm tra chứng chỉ TLS của {{tool}}: dữ liệu tải về có thể bị tráo. Bỏ cấu hình này và cài ca-certificates.',
      unsigned: '{{tool}} {{flag}} bỏ qua kiểm tra chữ ký gói: gói giả mạo vẫn được cài. Bỏ cờ này và nhập đúng khoá ký của kho (repository).',
    },
    fixable: false,
  },
  check(context) {
    // A word belongs to one instruction, so one list for the file reports each word once, by its first check.
    const seen: ShellWord[] = [];
    const found: Found = (messageId, word, subject) => {
      if (!word || seen.includes(word)) return;
      seen.push(word);
      context.report({ messageId, range: word.range, data: dataOf(messageId, word, subject) });
    };
    const instructions = context.ast.instructions;
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i]!;
      if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') {
        for (let j = 0; j < instruction.pairs.length; j++) {
          const pair = instruction.pairs[j]!;
          if (insecureVariable(pair.key, pair.value)) {
            context.report({ messageId: 'variable', range: pair.range, data: { name: pair.key } });
          }
        }
        continue;
      }
      if (instruction.keyword !== 'RUN') continue;
      // The commands as written (not commandsOf's unwrapped ones): `env A=1 cmd` keeps its assignments.
      if (instruction.shell) checkScript(instruction.shell, found);
      for (let j = 0; j < instruction.heredocs.length; j++) {
        const shell = instruction.heredocs[j]!.shell;
        if (shell) checkScript(shell, found);
      }
    }
  },
});
