// Documentation of the `expose-port-mismatch` rule: the /rules/expose-port-mismatch/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Cổng server thực sự nghe phải nằm trong các cổng `EXPOSE`.',
  why:
    '`EXPOSE` là tài liệu cho người dùng image và cho `docker run -P`: nó nói app nghe ở cổng nào. Nếu CMD chạy server ở cổng 8080 mà EXPOSE 8000, người chạy `-p 8000:8000` sẽ không kết nối được, health check gọi nhầm cổng, và lỗi chỉ lộ ra lúc chạy.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 8000\nCMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8080"]\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 8080\nCMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8080"]\n',
  fix: 'Sửa `EXPOSE` hoặc cờ cổng của server (`--port`, `--bind`, `-p`) cho khớp. Để chỉ khai báo một lần, đặt `ENV PORT=8000`, viết `EXPOSE ${PORT}` và dùng `$PORT` trong lệnh chạy (dạng `sh -c "exec …"`).',
};
