// Documentation of the `single-cmd` rule: the /rules/single-cmd/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Mỗi stage chỉ nên có một CMD, một ENTRYPOINT và một HEALTHCHECK.',
  why: 'Docker chỉ giữ lệnh CMD (ENTRYPOINT, HEALTHCHECK) cuối cùng; các lệnh trước bị ghi đè mà không báo gì. Người đọc dễ tưởng container sẽ chạy nhiều lệnh liên tiếp.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "migrate.py"]\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["python"]\nCMD ["app.py"]\n',
  fix: 'Giữ một CMD. Cần chạy nhiều bước lúc khởi động thì viết một script entrypoint; muốn cố định chương trình và cho đổi tham số thì dùng ENTRYPOINT + CMD.',
};
