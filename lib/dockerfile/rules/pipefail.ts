// `/bin/sh -c "a | b"` succeeds when b succeeds: a failed download piped onward goes unnoticed.
import { spanning } from '../packages';
import { instructionsWithParents, programName } from '../query';
import { defineRule } from '../rule';
import type { Instruction, RuleContext, ShellScript } from '../types';

/** Left-hand commands that cannot meaningfully fail: `echo x | sha256sum -c -` is not hiding anything. */
const HARMLESS_SOURCES = new Set(['echo', 'printf', 'yes', 'true']);
/** PowerShell or cmd, by its file name in a Unix or Windows path. */
const NON_POSIX_SHELL = /(^|[\\/])(pwsh|powershell|cmd)(\.exe)?$/i;

/**
 * Whether a SHELL instruction leaves later RUNs in a POSIX shell without `-o pipefail`, as `/bin/sh -c`
 * is (a non-POSIX shell such as PowerShell has pipes of its own).
 */
function losesPipeFailures(shell: Instruction): boolean {
  const values = shell.json?.values;
  if (!values || values.length === 0) return true;
  if (NON_POSIX_SHELL.test(values[0] ?? '')) return false;
  return !values.some((v, i) => v === 'pipefail' && /^-[a-z]*o$/.test(values[i - 1] ?? ''));
}

export default defineRule({
  meta: {
    id: 'pipefail',
    severity: 'info',
    category: 'security',
    aliases: ['DL4006'],
    lesson: { question: 3, anchor: 'giai-thich-chi-tiet' },
    messages: {
      // Not "or start with set -o pipefail": the dash of Debian 12 and Ubuntu 24.04 stops on it (see the rule's page).
      pipe:
        'RUN có pipe ("|") trong /bin/sh mà không bật pipefail: nếu lệnh bên trái lỗi (ví dụ curl tải hỏng), build vẫn thành công. Thêm SHELL ["/bin/bash", "-o", "pipefail", "-c"] trước RUN này.',
    },
  },
  inspectStage(stage, context) {
    const { ast } = context;
    // `/bin/sh -c` until a SHELL says otherwise.
    let losesFailures = true;
    for (const instruction of instructionsWithParents(ast, stage)) {
      if (instruction.keyword === 'SHELL') losesFailures = losesPipeFailures(instruction);
      if (instruction.keyword !== 'RUN' || instruction.stageIndex !== stage.index || !losesFailures) continue;
      if (instruction.shell) checkScript(context, instruction.shell);
      // Indexed: most RUNs share the parser's empty list, and for-of over it allocates an iterator.
      for (let i = 0; i < instruction.heredocs.length; i++) {
        const shell = instruction.heredocs[i]!.shell;
        if (shell) checkScript(context, shell);
      }
    }
  },
});

/** Reports the first `a | b` whose left side can fail. */
function checkScript(context: RuleContext, script: ShellScript): void {
  if (script.hasPipefail) return;
  const commands = script.commands;
  // Checked at each pipe, left to right: a pipeline's earlier commands were all harmless, or it was reported.
  for (let i = 1; i < commands.length; i++) {
    const left = commands[i - 1]!;
    const right = commands[i]!;
    if (right.operatorBefore !== '|' || HARMLESS_SOURCES.has(programName(left))) continue;
    context.report({ messageId: 'pipe', range: spanning(left.range, right.range) });
    return;
  }
}
