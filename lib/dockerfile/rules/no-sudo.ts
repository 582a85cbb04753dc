// Builds already run as root; sudo in an image only adds a privilege-escalation path for later.
import { programName, scriptsOf } from '../query';
import { defineRule } from '../rule';
import type { ShellWord } from '../types';

/** Programs that run the command given in their arguments. */
const WRAPPERS = new Set(['env', 'nohup', 'exec', 'time', 'nice', 'xargs']);

function isSudo(word: ShellWord): boolean {
  return word.value === 'sudo' || word.value.endsWith('/sudo');
}

export default defineRule({
  meta: {
    id: 'no-sudo',
    severity: 'warning',
    category: 'security',
    aliases: ['DL3004'],
    lesson: { question: 10, anchor: 'run-as-non-root-user' },
    messages: {
      sudo: 'Không dùng sudo trong RUN: lệnh RUN đã chạy bằng root cho tới USER kế tiếp. Đặt lệnh cần root trước USER (hoặc chuyển tạm USER root rồi quay lại user thường).',
    },
    fixable: false,
  },
  check(context) {
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      for (const script of scriptsOf(instruction)) {
        for (const command of script.commands) {
          // Raw names, before unwrapping: `env X=1 sudo …` and `nohup sudo …` hide sudo one level down.
          const name = programName(command);
          const word = name === 'sudo' ? command.nameWord : WRAPPERS.has(name) ? command.args.find(isSudo) : undefined;
          if (word) context.report({ messageId: 'sudo', range: word.range });
        }
      }
    }
  },
});
