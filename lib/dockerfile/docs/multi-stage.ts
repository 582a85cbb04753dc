// Documentation of the `multi-stage` rule: the /rules/multi-stage/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Dockerfile một stage mà cài công cụ build hoặc build/train ngay trong image: nên dùng multi-stage build.',
  why: 'Compiler, header, SDK và dữ liệu huấn luyện chỉ cần lúc build. Trong một stage, chúng đi theo image ra production: image to gấp nhiều lần (bài học: 1.5GB → 200MB), deploy chậm, nhiều lỗ hổng hơn. Multi-stage build cho phép stage builder có đủ công cụ, còn stage cuối chỉ nhận kết quả qua `COPY --from`.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/ ./src/\nCMD ["python", "src/api.py"]\n',
  good: 'FROM python:3.11-slim AS builder\nWORKDIR /build\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip install --no-cache-dir --user -r requirements.txt\n\nFROM python:3.11-slim\nWORKDIR /app\nCOPY --from=builder /root/.local /root/.local\nCOPY src/ ./src/\nCMD ["python", "src/api.py"]\n',
  fix: 'Đặt tên stage đầu (`FROM … AS builder`), cài công cụ build và build/train ở đó; thêm `FROM <image gọn>` cho stage cuối và `COPY --from=builder` đúng những gì cần chạy. Nếu chỉ cần compiler để cài vài gói, cách tạm thời là gỡ nó trong cùng RUN (`apt-get purge -y --auto-remove build-essential`).',
};
