// `RUN cd /x && make` hides the working directory inside one layer: WORKDIR states it for every later step.
import { programName, scriptsOf, unwrap } from '../query';
import { defineRule } from '../rule';

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
    docs: {
      summary: 'Không dùng `cd` trong RUN để chuyển thư mục; dùng WORKDIR.',
      why: '`cd` chỉ có tác dụng trong đúng một RUN: lệnh RUN, COPY, CMD sau đó lại chạy ở thư mục cũ. WORKDIR ghi rõ thư mục làm việc cho mọi bước sau và cho container lúc chạy, nên Dockerfile dễ đọc và ít lỗi đường dẫn.',
      bad: 'FROM python:3.11-slim\nCOPY . /app\nRUN cd /app && pip install --no-cache-dir -r requirements.txt\nCMD ["python", "/app/app.py"]\n',
      good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "app.py"]\n',
      fix: 'Thêm `WORKDIR /đường/dẫn` trước RUN và bỏ `cd … &&` khỏi lệnh.',
    },
  },
  check(context) {
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      for (const script of scriptsOf(instruction)) {
        // `RUN cd /x` alone does nothing at all: ineffective-run reports that.
        if (script.commands.length < 2) continue;
        // One finding per script: `cd /tmp && … && cd /` is one habit, not two problems.
        const cd = script.commands.map(unwrap).find((cmd) => programName(cmd) === 'cd' && cmd.nameWord);
        if (!cd?.nameWord) continue;
        const path = cd.args.find((w) => !w.value.startsWith('-'))?.value ?? '/thư-mục';
        context.report({ messageId: 'cd', range: cd.nameWord.range, data: { path } });
      }
    }
  },
});
