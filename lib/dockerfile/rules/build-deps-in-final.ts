// A multi-stage build exists to leave compilers behind: a final stage that installs one again
// (and keeps it) ships the weight and attack surface the builder stage was meant to absorb.
import { packageName, spanning, unpurgedToolchain } from '../packages';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'build-deps-in-final',
    severity: 'warning',
    category: 'layers',
    aliases: [],
    lesson: { question: 6, anchor: 'remove-unnecessary-files' },
    messages: {
      toolchain:
        'Stage cuối cài công cụ build {{packages}} và không gỡ trong cùng RUN: image chạy mang theo compiler không dùng đến. Build ở stage builder rồi COPY --from kết quả, hoặc purge ngay trong RUN đó.',
    },
    fixable: false,
    docs: {
      summary: 'Stage cuối của multi-stage build không nên giữ công cụ build (`build-essential`, `gcc`, `*-dev`…).',
      why: 'Multi-stage build tách nơi build (có compiler, header) khỏi image chạy. Nếu stage cuối vẫn cài `build-essential` hay `gcc` mà không gỡ, image production nặng thêm hàng trăm MB và có thêm công cụ mà kẻ tấn công có thể dùng để biên dịch mã độc ngay trong container.',
      bad: 'FROM python:3.11 AS builder\nWORKDIR /build\nCOPY requirements.txt .\nRUN pip wheel --no-cache-dir -r requirements.txt -w /wheels\n\nFROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY --from=builder /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*\n',
      good: 'FROM python:3.11 AS builder\nWORKDIR /build\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip wheel --no-cache-dir -r requirements.txt -w /wheels\n\nFROM python:3.11-slim\nCOPY --from=builder /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*\n',
      fix: 'Chuyển việc cài công cụ build và biên dịch sang stage builder, stage cuối chỉ `COPY --from=builder` kết quả (wheel, binary, thư mục cài đặt). Nếu buộc phải build ở stage cuối, gỡ ngay trong cùng RUN: `apt-get purge -y --auto-remove build-essential` hoặc `apk add --virtual .build-deps … && … && apk del .build-deps`.',
    },
  },
  check(context) {
    const { ast } = context;
    if (ast.stages.length < 2) return;
    const final = ast.stages[ast.finalStage];
    if (!final) return;
    for (const instruction of final.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const kept = unpurgedToolchain(instruction);
      const first = kept[0];
      const last = kept[kept.length - 1];
      if (!first || !last) continue;
      context.report({
        messageId: 'toolchain',
        range: first.range.line === last.range.line ? spanning(first.range, last.range) : first.range,
        data: { packages: kept.map((w) => packageName(w.value)).join(', ') },
      });
    }
  },
});
