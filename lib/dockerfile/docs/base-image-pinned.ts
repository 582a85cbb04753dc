// Documentation of the `base-image-pinned` rule: the /rules/base-image-pinned/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Image gốc phải có tag phiên bản cụ thể (hoặc digest), không để trống và không dùng :latest.',
  why: 'Không có tag thì Docker dùng :latest, và :latest trỏ sang phiên bản mới mỗi khi image được cập nhật. Cùng một Dockerfile sẽ build ra image khác nhau theo thời gian: thư viện đổi phiên bản, mô hình cho kết quả khác, lỗi không tái hiện được.',
  bad: 'FROM python:latest\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11.9-slim-bookworm\nCMD ["python", "app.py"]\n',
  fix: 'Ghi rõ tag phiên bản (`python:3.11-slim`, càng cụ thể càng tốt như `python:3.11.9-slim-bookworm`), hoặc ghim digest `@sha256:…` cho build tái lập tuyệt đối. Dùng ARG thì đặt giá trị mặc định đã ghim.',
};
