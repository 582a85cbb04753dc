// Documentation of the `exec-form` rule: the /rules/exec-form/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`CMD` và `ENTRYPOINT` nên viết ở dạng exec (mảng JSON).',
  why:
    'Dạng shell (`CMD python app.py`) thực chất chạy `/bin/sh -c "python app.py"`: shell là tiến trình PID 1, còn app là tiến trình con. Khi `docker stop` gửi SIGTERM, shell không chuyển tín hiệu cho app, nên app không kịp đóng kết nối hay lưu trạng thái và bị kill cứng sau thời gian chờ. Dạng exec chạy app trực tiếp làm PID 1 nên tín hiệu tới thẳng app; ENTRYPOINT dạng exec còn nhận được tham số từ CMD. Lưu ý: tiến trình PID 1 không có xử lý mặc định cho SIGTERM, nên app phải tự bắt tín hiệu (uvicorn, gunicorn đã làm sẵn; một script Python thường thì chưa), hoặc chạy container với `docker run --init` (hay `tini` làm ENTRYPOINT) để có một init chuyển tiếp tín hiệu.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY app.py .\nCMD python app.py\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n',
  fix: 'Viết lại thành mảng JSON với dấu nháy kép: `CMD ["python", "app.py"]` (sửa nhanh có sẵn khi lệnh đơn giản). Nếu thật sự cần shell (biến môi trường, `&&`), dùng `CMD ["sh", "-c", "exec python app.py --port $PORT"]` với `exec` để app thay thế shell.',
};
