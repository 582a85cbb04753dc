// Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect: earlier ones are dead code.
import { defineRule } from '../rule';
import type { Instruction } from '../types';

const ONCE_PER_STAGE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export default defineRule({
  meta: {
    id: 'single-cmd',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL4003', 'DL4004', 'DL3012', 'MultipleInstructionsDisallowed'],
    lesson: { question: 4, anchor: 'so-sanh-chi-tiet' },
    messages: {
      ignored: 'Lệnh {{instruction}} này bị bỏ qua: chỉ {{instruction}} cuối cùng của stage (dòng {{lastLine}}) có tác dụng. Xoá bớt, hoặc gộp ENTRYPOINT + CMD.',
    },
    fixable: false,
    docs: {
      summary: 'Mỗi stage chỉ nên có một CMD, một ENTRYPOINT và một HEALTHCHECK.',
      why: 'Docker chỉ giữ lệnh CMD (ENTRYPOINT, HEALTHCHECK) cuối cùng; các lệnh trước bị ghi đè mà không báo gì. Người đọc dễ tưởng container sẽ chạy nhiều lệnh liên tiếp.',
      bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "migrate.py"]\nCMD ["python", "app.py"]\n',
      good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["python"]\nCMD ["app.py"]\n',
      fix: 'Giữ một CMD. Cần chạy nhiều bước lúc khởi động thì viết một script entrypoint; muốn cố định chương trình và cho đổi tham số thì dùng ENTRYPOINT + CMD.',
    },
  },
  check(context) {
    for (const stage of context.ast.stages) {
      for (const keyword of ONCE_PER_STAGE) {
        const all: Instruction[] = stage.instructions.filter((i) => i.keyword === keyword);
        const last = all[all.length - 1];
        if (!last) continue;
        for (const earlier of all.slice(0, -1)) {
          context.report({
            messageId: 'ignored',
            range: earlier.keywordRange,
            data: { instruction: keyword, lastLine: last.range.line },
          });
        }
      }
    }
  },
});
