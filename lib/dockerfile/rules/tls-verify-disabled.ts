// Turning off certificate or signature checks lets anyone on the network swap what the build installs.
import { stripQuotes } from '../context-sources';
import { ASSIGNMENT, findFlag, PIP, programName, PYTHON, unwrap } from '../query';
import { defineRule } from '../rule';
import type { RuleContext, ShellCommand, ShellScript, ShellWord } from '../types';

/** Variables that switch verification off, and the values that do. */
const INSECURE_VARIABLES: Record<string, RegExp> = {
  PYTHONHTTPSVERIFY: /^0$/,
  NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
  NPM_CONFIG_STRICT_SSL: /^(false|0|no)$/i,
  // git skips verification when the variable is set at all, whatever its value.
  GIT_SSL_NO_VERIFY: /./,
  PIP_TRUSTED_HOST: /./,
};

/**
 * One of the names above in any case, alone or before `=`: rules out most keys and words without
 * allocating. Non-ASCII text goes the long way: upper-casing `ı` gives `I`.
 */
const INSECURE_NAME = new RegExp(`^(?:${Object.keys(INSECURE_VARIABLES).join('|')})(?:=|$)|[^\\x00-\\x7f]`, 'i');

function insecureVariable(key: string, value: string | null): boolean {
  if (!INSECURE_NAME.test(key)) return false;
  const insecureValue = INSECURE_VARIABLES[key.toUpperCase()];
  return insecureValue !== undefined && value !== null && insecureValue.test(stripQuotes(value.trim()));
}

type MessageId = 'flag' | 'variable' | 'config' | 'unsigned';

/** The `config` subcommand (npm's `c` and `set` too), in any case, wherever it sits among the options. */
const CONFIG = /^(config|c|set)$/i;
const PIP_TRUSTED_HOST_KEY = /^(global|install)\.trusted-host$/;
const GIT_SSLVERIFY_KEY = /^http\.sslverify$/i;
const NPM_STRICT_SSL_KEY = /^strict[-_]ssl$/i;
const GIT_OFF_VALUE = /^(false|0|no|off)$/i;
const NPM_OFF_VALUE = /^(false|0)$/i;
/** pip's trusted host is a problem whatever its value; with none, the key is read (`get`) or removed (`unset`). */
const ANY_VALUE = /./;
const GIT_SSLVERIFY_OFF = /^http\.sslverify=(false|0|no|off)$/i;
/** `npm install --strict-ssl=false`, `npm config set strict-ssl=false`. */
const NPM_STRICT_SSL_OFF = /^(--)?strict[-_]ssl=(false|0)$/i;
/** `sslverify=0` in a repo file, `--setopt=sslverify=0`, or for one repository `--setopt=epel.sslverify=0`. */
const YUM_SSLVERIFY_OFF = /(^|[=.])sslverify\s*=\s*(0|false|no)\b/i;

/**
 * Flags that switch a check off, per program, with the message: short ones count inside a cluster
 * (`-fsSLk`), long ones as `--flag` or `--flag=value` (constant lists: nothing is built per command).
 */
type ProgramFlags = readonly [MessageId, readonly string[]];
const APT_UNSIGNED: ProgramFlags = ['unsigned', ['--allow-unauthenticated', '--allow-insecure-repositories', '--force-yes']];
const YUM_UNSIGNED: ProgramFlags = ['unsigned', ['--nogpgcheck']];
const PROGRAM_FLAGS = new Map<string, ProgramFlags>([
  ['curl', ['flag', ['-k', '--insecure']]],
  ['wget', ['flag', ['--no-check-certificate']]],
  ['apk', ['unsigned', ['--allow-untrusted']]],
  ['apt-get', APT_UNSIGNED],
  ['apt', APT_UNSIGNED],
  ['yum', YUM_UNSIGNED],
  ['dnf', YUM_UNSIGNED],
  ['tdnf', YUM_UNSIGNED],
  ['microdnf', YUM_UNSIGNED],
  ['rpm', ['unsigned', ['--nosignature', '--nodigest']]],
]);

/** `NAME=value` words that switch verification off. */
function checkAssignments(words: readonly ShellWord[]): void {
  for (const word of words) {
    const v = word.value;
    if (!INSECURE_NAME.test(v) || !ASSIGNMENT.test(v)) continue;
    const name = v.slice(0, v.indexOf('='));
    if (insecureVariable(name, v.slice(name.length + 1))) found('variable', word, name);
  }
}

/**
 * The key of `<tool> config set KEY VALUE` (the first word matching `key`, at index `first` or
 * later) when a `config` word is present and the word after the key turns the check off.
 */
function configKeyWord(cmd: ShellCommand, key: RegExp, off: RegExp, first: number): ShellWord | undefined {
  const args = cmd.args;
  let at = -1;
  let hasConfig = false;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (at < 0 && key.test(v)) at = i;
    // Most words are longer than `config`: settled by their length.
    if (v.length < 7 && CONFIG.test(v)) hasConfig = true;
  }
  return at >= first && hasConfig && off.test(args[at + 1]?.value ?? '') ? args[at] : undefined;
}

/** The first word matching `pattern`; words without `needed` are settled without running it. */
function firstMatching(cmd: ShellCommand, pattern: RegExp, needed = ''): ShellWord | undefined {
  for (const word of cmd.args) if (word.value.includes(needed) && pattern.test(word.value)) return word;
  return undefined;
}

function checkCommand(raw: ShellCommand): void {
  // `GIT_SSL_NO_VERIFY=1 git clone …`, `export NODE_TLS_REJECT_UNAUTHORIZED=0`, `env PYTHONHTTPSVERIFY=0 …`.
  checkAssignments(raw.assignments);
  const rawName = programName(raw);
  if (rawName === 'export' || rawName === 'env') checkAssignments(raw.args);
  const cmd = unwrap(raw);
  const name = programName(cmd);
  const flags = PROGRAM_FLAGS.get(name);
  // Program checks run in a fixed order (download tools, then config, then package signatures):
  // a word two checks agree on is reported by the first.
  if (flags?.[0] === 'flag') found('flag', findFlag(cmd, flags[1]), name);
  else if (name === 'git') {
    // `git config http.sslVerify false`, `git -c http.sslVerify=false …`.
    found('config', configKeyWord(cmd, GIT_SSLVERIFY_KEY, GIT_OFF_VALUE, 0), name);
    found('config', firstMatching(cmd, GIT_SSLVERIFY_OFF), name);
  } else if (name === 'npm' || name === 'yarn' || name === 'pnpm') {
    // `npm config set strict-ssl false` (or `npm set`, `npm c set`), `npm install --strict-ssl=false`.
    found('config', configKeyWord(cmd, NPM_STRICT_SSL_KEY, NPM_OFF_VALUE, 0), name);
    found('flag', firstMatching(cmd, NPM_STRICT_SSL_OFF), name);
  } else if (name.charCodeAt(0) === 112 && (PIP.test(name) || (PYTHON.test(name) && firstMatching(cmd, PIP)))) {
    // `pip install --trusted-host …`, `pip config set global.trusted-host …`, also through `python -m pip`.
    found('flag', findFlag(cmd, ['--trusted-host']), 'pip');
    found('config', configKeyWord(cmd, PIP_TRUSTED_HOST_KEY, ANY_VALUE, 1), 'pip');
  }
  // yum/dnf `sslverify=0` in any command's words, also when echoed into a repo file.
  found('config', firstMatching(cmd, YUM_SSLVERIFY_OFF, '='), 'yum/dnf');
  if (flags?.[0] === 'unsigned') found('unsigned', findFlag(cmd, flags[1]), name);
}

function checkScript(script: ShellScript | null): void {
  if (script) for (const command of script.commands) checkCommand(command);
}

/**
 * Where the RUN being inspected reports, and the words it reported: a word may match several checks
 * and is reported once, by its first. Module state, set for the length of one inspection, so that a
 * RUN creates no reporter of its own (rules run synchronously, one instruction at a time).
 */
let reportingTo: RuleContext | null = null;
const reported: ShellWord[] = [];

/** Reports a problem found at a word (none found: undefined), naming the tool, or the variable. */
function found(messageId: MessageId, word: ShellWord | undefined, subject: string): void {
  if (!word || !reportingTo || reported.includes(word)) return;
  reported.push(word);
  // The message quotes the word as written (`-fsSLk`, `--setopt=sslverify=0`), so the learner finds it.
  const data: Record<string, string> = messageId === 'variable' ? { name: subject } : { tool: subject, flag: word.value };
  reportingTo.report({ messageId, range: word.range, data });
}

export default defineRule({
  meta: {
    id: 'tls-verify-disabled',
    category: 'security',
    // CKV2_DOCKER_2 … CKV2_DOCKER_16.
    aliases: Array.from({ length: 15 }, (_, i) => `CKV2_DOCKER_${i + 2}`),
    lesson: { question: 10, anchor: 'cau-tra-loi' },
    messages: {
      flag: '{{tool}} {{flag}} tắt kiểm tra chứng chỉ TLS: kẻ đứng giữa có thể tráo file tải về. Bỏ cờ này; nếu thiếu CA, cài gói ca-certificates.',
      variable: '{{name}} tắt kiểm tra chứng chỉ TLS cho mọi lệnh dùng biến này. Bỏ biến đó; nếu thiếu CA, cài gói ca-certificates hoặc thêm CA nội bộ.',
      config: 'Cấu hình "{{flag}}" tắt kiểm tra chứng chỉ TLS của {{tool}}: dữ liệu tải về có thể bị tráo. Bỏ cấu hình này và cài ca-certificates.',
      unsigned: '{{tool}} {{flag}} bỏ qua kiểm tra chữ ký gói: gói giả mạo vẫn được cài. Bỏ cờ này và nhập đúng khoá ký của kho (repository).',
    },
  },
  on: ['ENV', 'ARG', 'RUN'],
  inspect(instruction, context) {
    if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') {
      for (const pair of instruction.pairs) {
        if (insecureVariable(pair.key, pair.value)) {
          context.report({ messageId: 'variable', range: pair.range, data: { name: pair.key } });
        }
      }
      return;
    }
    reportingTo = context;
    reported.length = 0;
    // The commands as written (not commandsOf's unwrapped ones): `env A=1 cmd` keeps its assignments.
    checkScript(instruction.shell);
    for (const heredoc of instruction.heredocs) checkScript(heredoc.shell);
    // Not kept past the inspection: the context holds the whole tree.
    reportingTo = null;
  },
});
