// Documentation of the `copy-from-unknown-stage` rule: the /rules/copy-from-unknown-stage/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'COPY --from phải trỏ tới một stage đứng trước (theo tên hoặc số thứ tự) hoặc một image.',
  why: 'Khi tên sau --from không phải stage nào, Docker coi nó là tên image và đi pull: build thất bại với lỗi "pull access denied" khó hiểu. Thường đó chỉ là lỗi gõ tên stage.',
  bad: 'FROM python:3.11 AS builder\nRUN pip wheel --no-cache-dir --wheel-dir /wheels numpy==1.26.4\n\nFROM python:3.11-slim\nCOPY --from=build /wheels /wheels\n',
  good: 'FROM python:3.11 AS builder\nRUN pip wheel --no-cache-dir --wheel-dir /wheels numpy==1.26.4\n\nFROM python:3.11-slim\nCOPY --from=builder /wheels /wheels\n',
  fix: 'Dùng đúng tên đã đặt trong `FROM … AS tên` của một stage phía trên (không phân biệt hoa thường), hoặc ghi rõ image có tag như `--from=nginx:1.27`.',
};
