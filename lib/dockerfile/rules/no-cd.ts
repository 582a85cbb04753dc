// `RUN cd /x && make` hides the working directory inside one layer: WORKDIR states it for every later step.
import { commandsOf, programName, scriptsOf, unwrap } from '../query';
import { defineRule } from '../rule';
import type { Instruction, ShellCommand } from '../types';

export default defineRule({
  meta: {
    id: 'no-cd',
    severity: 'warning',
    category: 'runtime',
    aliases: ['DL3003'],
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      cd: 'Dùng WORKDIR {{path}} thay cho "cd" trong RUN: WORKDIR rõ ràng và có hiệu lực cho mọi lệnh sau.',
    },
    fixable: false,
  },
  on: ['RUN'],
  inspect(instruction, context) {
    if (!runsCd(instruction)) return;
    for (const script of scriptsOf(instruction)) {
      // `RUN cd /x` alone does nothing at all: ineffective-run reports that.
      if (script.commands.length < 2) continue;
      // One finding per script: `cd /tmp && … && cd /` is one habit, not two problems.
      const cd = firstCd(script.commands);
      if (!cd?.nameWord) continue;
      const path = cd.args.find((w) => !w.value.startsWith('-'))?.value ?? '/thư-mục';
      context.report({ messageId: 'cd', range: cd.nameWord.range, data: { path } });
    }
  },
});

function isCd(cmd: ShellCommand): boolean {
  return programName(cmd) === 'cd' && cmd.nameWord !== null;
}

/** Whether any script of the RUN changes directory: the shared, unwrapped commands answer it for most RUNs. */
function runsCd(instruction: Instruction): boolean {
  for (const cmd of commandsOf(instruction)) if (isCd(cmd)) return true;
  return false;
}

/** The first `cd` of a script, seen through `sudo`/`env` wrappers. */
function firstCd(commands: readonly ShellCommand[]): ShellCommand | undefined {
  for (const cmd of commands) {
    const real = unwrap(cmd);
    if (isCd(real)) return real;
  }
  return undefined;
}
