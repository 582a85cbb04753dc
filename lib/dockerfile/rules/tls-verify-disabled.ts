// Turning off certificate or signature checks lets anyone on the network swap what the build installs.
import { programName, scriptsOf, unwrap } from '../query';
import { defineRule } from '../rule';
import type { ShellCommand, ShellWord } from '../types';

/** Variables that switch verification off, and whether a given value does. */
const INSECURE_VARIABLES: Record<string, (value: string) => boolean> = {
  PYTHONHTTPSVERIFY: (v) => v === '0',
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v === '0',
  NPM_CONFIG_STRICT_SSL: (v) => /^(false|0|no)$/i.test(v),
  // git skips verification when the variable is set at all, whatever its value.
  GIT_SSL_NO_VERIFY: (v) => v !== '',
  PIP_TRUSTED_HOST: (v) => v !== '',
};

function insecureVariable(key: string, value: string | null): boolean {
  const test = INSECURE_VARIABLES[key.toUpperCase()];
  return test !== undefined && value !== null && test(value.trim().replace(/^["']|["']$/g, ''));
}

interface Problem {
  messageId: 'flag' | 'variable' | 'config' | 'unsigned';
  word: ShellWord;
  data: Record<string, string>;
}

/** A short flag inside a cluster (`-fsSLk`) or the long spelling. */
function flagWordOf(cmd: ShellCommand, short: string | null, ...long: string[]): ShellWord | undefined {
  for (const word of cmd.args) {
    const v = word.value;
    if (v === '--') return undefined;
    if (long.some((l) => v === l || v.startsWith(`${l}=`))) return word;
    if (short && /^-[A-Za-z0-9]+$/.test(v) && v.slice(1).includes(short)) return word;
  }
  return undefined;
}

function problemsOf(raw: ShellCommand): Problem[] {
  const problems: Problem[] = [];
  const cmd = unwrap(raw);
  const name = programName(cmd);
  const tool = name;
  const push = (messageId: Problem['messageId'], word: ShellWord | undefined, data: Record<string, string>) => {
    if (word) problems.push({ messageId, word, data });
  };
  // `GIT_SSL_NO_VERIFY=1 git clone …`, `export NODE_TLS_REJECT_UNAUTHORIZED=0`, `env PYTHONHTTPSVERIFY=0 …`.
  const assignments = [...raw.assignments, ...(['export', 'env'].includes(programName(raw)) ? raw.args : [])];
  for (const word of assignments) {
    const m = /^([A-Za-z_]\w*)=(.*)$/.exec(word.value);
    if (m && insecureVariable(m[1] ?? '', m[2] ?? '')) push('variable', word, { name: m[1] ?? '' });
  }
  if (name === 'curl') push('flag', flagWordOf(cmd, 'k', '--insecure'), { flag: '-k/--insecure', tool });
  if (name === 'wget') push('flag', flagWordOf(cmd, null, '--no-check-certificate'), { flag: '--no-check-certificate', tool });
  if (/^pip(\d+(\.\d+)?)?$/.test(name) || (/^python(\d+(\.\d+)?)?$/.test(name) && cmd.args.some((w) => /^pip\d*$/.test(w.value)))) {
    push('flag', flagWordOf(cmd, null, '--trusted-host'), { flag: '--trusted-host', tool: 'pip' });
    const configAt = cmd.args.findIndex((w) => /^(global|install)\.trusted-host$/.test(w.value));
    if (configAt > 0 && cmd.args.some((w) => w.value === 'config')) push('config', cmd.args[configAt], { tool: 'pip' });
  }
  if (name === 'git') {
    const values = cmd.args.map((w) => w.value.toLowerCase());
    const at = values.indexOf('http.sslverify');
    if (at >= 0 && values.includes('config') && /^(false|0|no|off)$/.test(values[at + 1] ?? '')) push('config', cmd.args[at], { tool });
    push('config', cmd.args.find((w) => /^http\.sslverify=(false|0|no|off)$/i.test(w.value)), { tool });
  }
  if (['npm', 'yarn', 'pnpm'].includes(name)) {
    const values = cmd.args.map((w) => w.value.toLowerCase());
    const at = values.findIndex((v) => v === 'strict-ssl' || v === 'strict_ssl');
    if (at >= 0 && values.includes('config') && /^(false|0)$/.test(values[at + 1] ?? '')) push('config', cmd.args[at], { tool });
    push('flag', cmd.args.find((w) => /^--strict-ssl=false$/i.test(w.value)), { flag: '--strict-ssl=false', tool });
  }
  // yum/dnf `sslverify=0`, also when echoed into a repo file.
  push('config', cmd.args.find((w) => /(^|=)sslverify\s*=\s*(0|false|no)\b/i.test(w.value)), { tool: 'yum/dnf' });
  if (name === 'apk') push('unsigned', flagWordOf(cmd, null, '--allow-untrusted'), { flag: '--allow-untrusted', tool });
  if (name === 'apt-get' || name === 'apt') {
    push('unsigned', flagWordOf(cmd, null, '--allow-unauthenticated', '--allow-insecure-repositories', '--force-yes'), { flag: '--allow-unauthenticated/--force-yes', tool });
  }
  if (['yum', 'dnf', 'tdnf', 'microdnf'].includes(name)) push('unsigned', flagWordOf(cmd, null, '--nogpgcheck'), { flag: '--nogpgcheck', tool });
  if (name === 'rpm') push('unsigned', flagWordOf(cmd, null, '--nosignature', '--nodigest'), { flag: '--nosignature', tool });
  // The message quotes the word as written (`-fsSLk`, `--setopt=sslverify=0`), so the learner finds it.
  return problems.map((p) => ({ ...p, data: { ...p.data, flag: p.word.value } }));
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
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') {
        for (const pair of instruction.pairs) {
          if (insecureVariable(pair.key, pair.value)) {
            context.report({ messageId: 'variable', range: pair.range, data: { name: pair.key } });
          }
        }
        continue;
      }
      if (instruction.keyword !== 'RUN') continue;
      const seen: ShellWord[] = [];
      for (const script of scriptsOf(instruction)) {
        for (const command of script.commands) {
          for (const problem of problemsOf(command)) {
            if (seen.includes(problem.word)) continue;
            seen.push(problem.word);
            context.report({ messageId: problem.messageId, range: problem.word.range, data: problem.data });
          }
        }
      }
    }
  },
});
