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
    docs: {
      summary: 'Không dùng `sudo` trong lệnh RUN.',
      why:
        'Khi build, RUN chạy bằng root cho tới khi gặp USER, nên `sudo` là thừa. Tệ hơn, để `sudo` dùng được thì image phải cài sudo và cấu hình quyền cho user thường, tức là user "không phải root" lại có đường leo lên root. sudo còn xử lý tín hiệu và TTY khác thường, gây lỗi khó đoán.',
      bad: 'FROM ubuntu:22.04\nRUN useradd -m appuser\nUSER appuser\nRUN sudo apt-get update && sudo apt-get install -y curl\n',
      good:
        'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN useradd -m appuser\nUSER appuser\n',
      fix: 'Bỏ `sudo` và chạy các lệnh cần root trước `USER appuser`. Nếu thật sự cần quyền root ở giữa, viết `USER root`, chạy lệnh, rồi `USER appuser` lại.',
    },
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
