// `/bin/sh -c "a | b"` succeeds when b succeeds: a failed download piped onward goes unnoticed.
import { instructionsWithParents, programName, scriptsOf } from '../query';
import { defineRule } from '../rule';
import type { Instruction, ShellCommand } from '../types';

/** Left-hand commands that cannot meaningfully fail: `echo x | sha256sum -c -` is not hiding anything. */
const HARMLESS_SOURCES = new Set(['echo', 'printf', 'yes', 'true']);
const NON_POSIX_SHELLS = /^(pwsh|powershell|cmd)(\.exe)?$/i;

type ShellKind = 'posix-default' | 'posix-pipefail' | 'other';

/** The SHELL in force for a RUN: the default `/bin/sh -c`, a POSIX shell with `-o pipefail`, or another. */
function shellKind(shell: Instruction | null): ShellKind {
  const values = shell?.json?.values;
  if (!values || values.length === 0) return 'posix-default';
  const exe = (values[0] ?? '').split(/[\\/]/).pop() ?? '';
  if (NON_POSIX_SHELLS.test(exe)) return 'other';
  const pipefailOption = values.some((v, i) => v === 'pipefail' && /^-[a-z]*o$/.test(values[i - 1] ?? ''));
  return pipefailOption ? 'posix-pipefail' : 'posix-default';
}

export default defineRule({
  meta: {
    id: 'pipefail',
    severity: 'info',
    category: 'security',
    aliases: ['DL4006'],
    lesson: { question: 3, anchor: 'giai-thich-chi-tiet' },
    messages: {
      pipe:
        'RUN có pipe ("|") trong /bin/sh mà không bật pipefail: nếu lệnh bên trái lỗi (ví dụ curl tải hỏng), build vẫn thành công. Thêm SHELL ["/bin/bash", "-o", "pipefail", "-c"] trước RUN này, hoặc bắt đầu bằng set -o pipefail.',
    },
    fixable: false,
  },
  check(context) {
    const { ast } = context;
    for (const stage of ast.stages) {
      let shell: Instruction | null = null;
      for (const instruction of instructionsWithParents(ast, stage)) {
        if (instruction.keyword === 'SHELL') shell = instruction;
        if (instruction.keyword !== 'RUN' || instruction.stageIndex !== stage.index) continue;
        if (shellKind(shell) !== 'posix-default') continue;
        for (const script of scriptsOf(instruction)) {
          if (script.hasPipefail) continue;
          const pipe = firstRiskyPipe(script.commands);
          if (pipe) context.report({ messageId: 'pipe', range: { ...pipe[0].range, endLine: pipe[1].range.endLine, endColumn: pipe[1].range.endColumn } });
        }
      }
    }
  },
});

/** The first `a | b` whose left side can fail, as [a, b]. */
function firstRiskyPipe(commands: ShellCommand[]): [ShellCommand, ShellCommand] | null {
  let pipeline: ShellCommand[] = [];
  for (const command of commands) {
    if (command.operatorBefore === '|' && pipeline.length > 0) {
      const left = pipeline;
      pipeline = [...pipeline, command];
      if (left.some((c) => !HARMLESS_SOURCES.has(programName(c)))) return [left[left.length - 1]!, command];
    } else {
      pipeline = [command];
    }
  }
  return null;
}
