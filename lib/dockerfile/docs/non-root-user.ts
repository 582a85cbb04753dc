// Documentation of the `non-root-user` rule: the /rules/non-root-user/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Image cuối phải chạy bằng một user không phải root.',
  why:
    'Mặc định container chạy bằng root. Nếu ứng dụng bị khai thác và kẻ tấn công thoát ra khỏi container, họ giữ quyền root; trong container họ cũng sửa được file hệ thống và code của bạn. Một user thường giới hạn thiệt hại. Rule chỉ xét stage cuối (và các stage nó kế thừa), không xét stage builder bị bỏ đi.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY src/ ./src/\nCMD ["python", "src/api.py"]\n',
  good:
    'FROM python:3.11-slim\nRUN useradd -m -u 1000 mluser\nWORKDIR /app\nCOPY --chown=mluser:mluser src/ ./src/\nUSER mluser\nCMD ["python", "src/api.py"]\n',
  fix: 'Tạo user bằng `RUN useradd -m -u 1000 mluser`, copy file với `--chown=mluser:mluser`, rồi đặt `USER mluser` sau các bước cần quyền root (cài gói). Image distroless `:nonroot` đã chạy bằng user thường sẵn. Một số image database chính thức (postgres, redis, mongo, mysql, mariadb) khởi động bằng root rồi entrypoint của chúng tự chuyển sang user riêng (gosu) sau khi chuẩn bị thư mục dữ liệu: với chúng, có thể tắt cảnh báo bằng `# hocdocker-ignore non-root-user` ngay trên FROM.',
};
