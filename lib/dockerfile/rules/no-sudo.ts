// Builds already run as root; sudo in an image only adds a privilege-escalation path for later.
import { programName, scriptsOf } from '../query';
import { defineRule } from '../rule';

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
          const word = programName(command) === 'sudo'
            ? command.nameWord
            : ['env', 'nohup', 'exec', 'time', 'nice', 'xargs'].includes(programName(command))
              ? command.args.find((arg) => arg.value === 'sudo' || arg.value.endsWith('/sudo'))
              : undefined;
          if (word) context.report({ messageId: 'sudo', range: word.range });
        }
      }
    }
  },
});
