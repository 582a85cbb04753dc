// Documentation of the `expose-invalid` rule: the /rules/expose-invalid/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Cổng trong EXPOSE phải là số 0-65535, có thể kèm /tcp, /udp hoặc viết thành dải.',
  why: 'EXPOSE ghi lại cổng mà ứng dụng lắng nghe để người dùng image biết cần publish cổng nào. Cổng ngoài 0-65535 hay sai định dạng làm build thất bại. Viết kiểu `8000:8000` là nhầm với `docker run -p`: hiện BuildKit chỉ cảnh báo (ExposeInvalidFormat) và bỏ phần cổng host, nhưng Docker đã báo trước sẽ biến nó thành lỗi, và dù sao EXPOSE cũng không bao giờ ánh xạ cổng ra máy host.',
  bad: 'FROM python:3.11-slim\nEXPOSE 8000:8000\nCMD ["python", "-m", "http.server", "8000"]\n',
  good: 'FROM python:3.11-slim\nEXPOSE 8000\nCMD ["python", "-m", "http.server", "8000"]\n',
  fix: 'Chỉ ghi cổng trong container (`EXPOSE 8000` hoặc `EXPOSE 8000/tcp`); ánh xạ sang máy host bằng `docker run -p 8000:8000`.',
};
