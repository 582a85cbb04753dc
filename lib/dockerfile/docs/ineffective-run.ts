// Documentation of the `ineffective-run` rule: the /rules/ineffective-run/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Một RUN chỉ gồm `cd`, `export`, `umask`, `source`… không thay đổi gì trong image.',
  why: 'Mỗi RUN chạy trong một shell riêng và chỉ để lại thay đổi trên filesystem trong layer. Thư mục hiện tại, biến `export`, `umask`, môi trường của `source venv/bin/activate` đều mất khi RUN kết thúc, nên các RUN sau không thấy chúng. Người đọc tưởng cấu hình đã được áp dụng, nhưng thực ra không. Riêng `source` còn không có trong dash (`/bin/sh` của image Debian/Ubuntu): `RUN source …` lỗi "source: not found" ngay; dạng POSIX là `. venv/bin/activate`.',
  bad: 'FROM python:3.11-slim\nRUN python -m venv /opt/venv\nRUN . /opt/venv/bin/activate\nRUN pip install --no-cache-dir flask==3.0.3\n',
  good: 'FROM python:3.11-slim\nRUN python -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nRUN pip install --no-cache-dir flask==3.0.3\n',
  fix: '`cd` → `WORKDIR`; `export X=…` → `ENV X=…`; `source venv/bin/activate` → `ENV PATH=/opt/venv/bin:$PATH` (đường dẫn tới venv của bạn); `umask` → đặt trong cùng RUN tạo file hoặc trong script khởi động container.',
};
