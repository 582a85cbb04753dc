// Documentation of the `copy-chown` rule: the /rules/copy-chown/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Đặt chủ sở hữu ngay khi copy bằng `COPY --chown` thay vì `RUN chown -R` sau đó.',
  why:
    'Mỗi layer lưu toàn bộ file nó thay đổi. `RUN chown -R` sau một COPY không sửa layer cũ mà ghi lại mọi file vào layer mới, nên dữ liệu (code, model) nằm hai lần trong image và build chậm hơn. `COPY --chown=user:group` đặt quyền ngay trong một layer.',
  bad: 'FROM python:3.11-slim\nRUN useradd -m mluser\nWORKDIR /app\nCOPY src/ ./src/\nRUN chown -R mluser:mluser ./src\nUSER mluser\n',
  good: 'FROM python:3.11-slim\nRUN useradd -m mluser\nWORKDIR /app\nCOPY --chown=mluser:mluser src/ ./src/\nUSER mluser\n',
  fix: 'Thêm `--chown=user:group` vào chính lệnh COPY (có thể kèm `--chmod=`), rồi bỏ `chown -R` ở RUN sau đó.',
};
