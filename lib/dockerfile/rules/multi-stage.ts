// Question 5: compilers, build tools and training runs belong in a builder stage; the image that
// ships should only receive their results (COPY --from), not carry the tools.
import { buildStep, commandWordsRange, packageName, unpurgedToolchain } from '../packages';
import { commandsOf } from '../query';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'multi-stage',
    severity: 'info',
    category: 'layers',
    aliases: [],
    lesson: { question: 5, anchor: 'cau-tra-loi' },
    messages: {
      toolchain:
        'Image một stage cài công cụ build {{package}} và giữ nó trong image chạy. Tách thành stage builder (FROM … AS builder) rồi COPY --from=builder chỉ kết quả sang stage cuối nhỏ gọn.',
      build:
        'Image một stage chạy bước build/train "{{command}}": công cụ và file trung gian nằm lại trong image. Chạy bước này ở stage builder rồi COPY --from=builder kết quả (binary, model, wheel) sang stage cuối.',
    },
    fixable: false,
    docs: {
      summary: 'Dockerfile một stage mà cài công cụ build hoặc build/train ngay trong image: nên dùng multi-stage build.',
      why: 'Compiler, header, SDK và dữ liệu huấn luyện chỉ cần lúc build. Trong một stage, chúng đi theo image ra production: image to gấp nhiều lần (bài học: 1.5GB → 200MB), deploy chậm, nhiều lỗ hổng hơn. Multi-stage build cho phép stage builder có đủ công cụ, còn stage cuối chỉ nhận kết quả qua `COPY --from`.',
      bad: 'FROM python:3.11-slim\nWORKDIR /app\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/ ./src/\nCMD ["python", "src/api.py"]\n',
      good: 'FROM python:3.11-slim AS builder\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip install --no-cache-dir --user -r requirements.txt\n\nFROM python:3.11-slim\nWORKDIR /app\nCOPY --from=builder /root/.local /root/.local\nCOPY src/ ./src/\nCMD ["python", "src/api.py"]\n',
      fix: 'Đặt tên stage đầu (`FROM … AS builder`), cài công cụ build và build/train ở đó; thêm `FROM <image gọn>` cho stage cuối và `COPY --from=builder` đúng những gì cần chạy. Nếu chỉ cần compiler để cài vài gói, cách tạm thời là gỡ nó trong cùng RUN (`apt-get purge -y --auto-remove build-essential`).',
    },
  },
  check(context) {
    const { ast } = context;
    if (ast.stages.length !== 1) return;
    const stage = ast.stages[0]!;
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const toolchain = unpurgedToolchain(instruction)[0];
      const build = commandsOf(instruction)
        .map((cmd) => ({ cmd, step: buildStep(cmd) }))
        .find((b) => b.step !== undefined);
      // The earlier evidence in the file is the one to show.
      const buildFirst = build && (!toolchain || build.cmd.range.line < toolchain.range.line || (build.cmd.range.line === toolchain.range.line && build.cmd.range.column < toolchain.range.column));
      if (build && buildFirst) {
        const range = commandWordsRange(build.cmd, build.step);
        context.report({ messageId: 'build', range, data: { command: [build.cmd.name, ...build.cmd.args.slice(0, build.cmd.args.indexOf(build.step!) + 1).map((w) => w.value)].join(' ') } });
        return;
      }
      if (toolchain) {
        context.report({ messageId: 'toolchain', range: toolchain.range, data: { package: packageName(toolchain.value) } });
        return;
      }
    }
  },
});
