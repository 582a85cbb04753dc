// Documentation of the `cmd-missing` rule: the /rules/cmd-missing/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Image cuối cần CMD hoặc ENTRYPOINT nói rõ container chạy gì.',
  why: 'Không có CMD/ENTRYPOINT, `docker run` chạy lệnh mặc định của image gốc: một shell hoặc trình thông dịch Python mở ra rồi thoát ngay vì không có terminal, còn image từ scratch thì không chạy được. Checklist của bài (câu 7) yêu cầu "ENTRYPOINT/CMD defined".',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
  fix: 'Thêm `CMD ["python", "app.py"]` (exec form) ở cuối stage cuối, hoặc ENTRYPOINT + CMD nếu muốn cố định chương trình và cho đổi tham số.',
};
