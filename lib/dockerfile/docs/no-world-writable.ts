// Documentation of the `no-world-writable` rule: the /rules/no-world-writable/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Không cấp quyền ghi cho mọi user (`chmod 777`, `a+w`, `o+w`, kể cả qua `find … -exec chmod`).',
  why:
    '`chmod 777` thường là cách "chữa cháy" lỗi quyền, nhưng nó cho mọi tiến trình trong container ghi đè code, model và cấu hình. Nếu ứng dụng bị khai thác, kẻ tấn công sửa được chính code sẽ chạy. Cách đúng là cho user chạy app sở hữu đúng thư mục nó cần ghi. Riêng thư mục tạm dùng chung có sticky bit (`chmod 1777 /tmp`) thì hợp lệ, và thư mục nháp bị chính lệnh RUN đó xoá đi (`chmod 777 "$tempDir"` … `rm -rf "$tempDir"`) thì không còn lại trong image.',
  bad: 'FROM python:3.11-slim\nRUN useradd -m mluser\nWORKDIR /app\nCOPY src/ ./src/\nRUN chmod -R 777 /app\nUSER mluser\n',
  good:
    'FROM python:3.11-slim\nRUN useradd -m mluser\nWORKDIR /app\nCOPY --chown=mluser:mluser src/ ./src/\nRUN mkdir -p /app/logs && chown mluser:mluser /app/logs && chmod 755 /app/logs\nUSER mluser\n',
  fix: 'Đổi chủ sở hữu thay vì mở quyền cho mọi người: `COPY --chown=user:user …` hoặc `chown user:user /app/logs` (đúng thư mục app cần ghi), rồi dùng `chmod 755` (thư mục) và `644` (file). Thư mục tạm dùng chung thì dùng `chmod 1777`.',
};
