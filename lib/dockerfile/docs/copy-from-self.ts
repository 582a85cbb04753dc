// Documentation of the `copy-from-self` rule: the /rules/copy-from-self/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'COPY --from không được trỏ vào chính stage chứa lệnh đó.',
  why: 'Một stage chưa build xong thì chưa có gì để copy: Docker báo lỗi vòng lặp. Thường là nhầm tên stage khi tách builder và runtime.',
  bad: 'FROM python:3.11 AS builder\nRUN pip wheel --no-cache-dir --wheel-dir /wheels numpy==1.26.4\n\nFROM python:3.11-slim AS runtime\nCOPY --from=runtime /wheels /wheels\n',
  good: 'FROM python:3.11 AS builder\nRUN pip wheel --no-cache-dir --wheel-dir /wheels numpy==1.26.4\n\nFROM python:3.11-slim AS runtime\nCOPY --from=builder /wheels /wheels\n',
  fix: 'Đổi --from sang tên (hoặc số thứ tự) của stage đứng trước đã tạo ra file cần copy.',
};
