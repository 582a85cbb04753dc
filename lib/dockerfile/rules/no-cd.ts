// `RUN cd /x && make` hides the working directory inside one layer: WORKDIR states it for every later step.
import { commandsOf, programName, scriptsOf, unwrap } from '../query';
import { defineRule } from '../rule';
import type { ShellCommand } from '../types';

export default defineRule({
  meta: {
    id: 'no-cd',
    category: 'runtime',
    aliases: ['DL3003'],
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      cd: 'Dùng WORKDIR {{path}} thay cho "cd" trong RUN: WORKDIR rõ ràng và có hiệu lực cho mọi lệnh sau.',
    },
  },
  on: ['RUN'],
  inspect(instruction, context) {
    // The shared, unwrapped commands tell cheaply whether any script of the RUN changes directory.
    if (!commandsOf(instruction).some(isCd)) return;
    for (const script of scriptsOf(instruction)) {
      // `RUN cd /x` alone does nothing at all: ineffective-run reports that.
      if (script.commands.length < 2) continue;
      // One finding per script, at its first `cd` seen through `sudo`/`env` wrappers:
      // `cd /tmp && … && cd /` is one habit, not two problems.
      const cd = script.commands.map(unwrap).find(isCd);
      if (!cd?.nameWord) continue;
      const path = cd.args.find((w) => !w.value.startsWith('-'))?.value ?? '/thư-mục';
      context.report({ messageId: 'cd', range: cd.nameWord.range, data: { path } });
    }
  },
});

function isCd(cmd: ShellCommand): boolean {
  return programName(cmd) === 'cd' && cmd.nameWord !== null;
}
