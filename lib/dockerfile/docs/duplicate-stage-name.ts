// Documentation of the `duplicate-stage-name` rule: the /rules/duplicate-stage-name/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Mỗi `FROM … AS tên` phải có tên khác nhau (không phân biệt hoa thường).',
  why: 'COPY --from=tên và docker build --target tên cần biết chính xác stage nào. Hai stage trùng tên làm BuildKit báo lỗi.',
  bad: 'FROM python:3.11 AS build\nRUN pip wheel --no-cache-dir --wheel-dir /wheels numpy==1.26.4\n\nFROM node:20 AS build\nRUN echo frontend\n\nFROM python:3.11-slim\nCOPY --from=build /wheels /wheels\n',
  good: 'FROM python:3.11 AS build-py\nRUN pip wheel --no-cache-dir --wheel-dir /wheels numpy==1.26.4\n\nFROM node:20 AS build-web\nRUN echo frontend\n\nFROM python:3.11-slim\nCOPY --from=build-py /wheels /wheels\n',
  fix: 'Đặt cho mỗi stage một tên mô tả việc nó làm (build-py, build-web, runtime) và sửa các --from cho khớp.',
};
