// Documentation of the `build-deps-in-final` rule: the /rules/build-deps-in-final/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Stage cuối của multi-stage build không nên giữ công cụ build (`build-essential`, `gcc`, `*-dev`…).',
  why: 'Multi-stage build tách nơi build (có compiler, header) khỏi image chạy. Nếu stage cuối vẫn cài `build-essential` hay `gcc` mà không gỡ, image production nặng thêm hàng trăm MB và có thêm công cụ mà kẻ tấn công có thể dùng để biên dịch mã độc ngay trong container.',
  bad: 'FROM python:3.11 AS builder\nWORKDIR /build\nCOPY requirements.txt .\nRUN pip wheel --no-cache-dir -r requirements.txt -w /wheels\n\nFROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY --from=builder /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*\n',
  good: 'FROM python:3.11 AS builder\nWORKDIR /build\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip wheel --no-cache-dir -r requirements.txt -w /wheels\n\nFROM python:3.11-slim\nCOPY --from=builder /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*\n',
  fix: 'Chuyển việc cài công cụ build và biên dịch sang stage builder, stage cuối chỉ `COPY --from=builder` kết quả (wheel, binary, thư mục cài đặt). Nếu buộc phải build ở stage cuối, gỡ ngay trong cùng RUN: `apt-get purge -y --auto-remove build-essential` hoặc `apk add --virtual .build-deps … && … && apk del .build-deps`.',
};
