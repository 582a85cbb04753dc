// Documentation of the `json-args-invalid` rule: the /rules/json-args-invalid/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Mảng tham số dạng exec form (CMD, ENTRYPOINT, RUN, …) phải là JSON hợp lệ.',
  why: 'Docker chỉ coi `[...]` là exec form khi nó là JSON hợp lệ. `CMD [\'python\',\'app.py\']` (nháy đơn) hoặc có dấu phẩy thừa sẽ bị chạy qua `/bin/sh -c` như một chuỗi: shell tìm lệnh tên `[python,`, nên container lỗi "not found" lúc chạy thay vì lúc build.',
  bad: "FROM python:3.11-slim\nCMD ['python', 'app.py']\n",
  good: 'FROM python:3.11-slim\nCMD ["python", "app.py"]\n',
  fix: 'Dùng dấu nháy kép cho từng phần tử và bỏ dấu phẩy sau phần tử cuối: `CMD ["python", "app.py"]`.',
};
