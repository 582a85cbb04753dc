// Documentation of the `workdir-missing` rule: the /rules/workdir-missing/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Stage copy file ứng dụng tới đường dẫn tương đối thì phải đặt WORKDIR trước.',
  why: 'Không có WORKDIR, thư mục làm việc là "/", nên `COPY . .` rải mã nguồn lẫn vào bin/, etc/, usr/ của hệ thống, dễ ghi đè file hệ thống và khó tìm lại. Checklist của bài (câu 7) yêu cầu "WORKDIR set".',
  bad: 'FROM python:3.11-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
  fix: 'Thêm `WORKDIR /app` (hoặc thư mục bạn chọn) ngay sau FROM, trước COPY đầu tiên.',
};
