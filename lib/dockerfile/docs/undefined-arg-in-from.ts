// Documentation of the `undefined-arg-in-from` rule: the /rules/undefined-arg-in-from/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Biến dùng trong FROM phải được khai báo bằng ARG trước FROM đầu tiên.',
  why: 'FROM chỉ nhìn thấy các ARG khai báo trước FROM đầu tiên. Thiếu khai báo thì biến luôn rỗng, kể cả khi bạn truyền `--build-arg PYTHON_VERSION=3.12` (Docker chỉ cảnh báo build-arg không được dùng): tên image hỏng (`python:-slim`) và build thất bại, hoặc âm thầm kéo một image khác.',
  bad: 'FROM python:${PYTHON_VERSION}-slim\nCMD ["python", "app.py"]\n',
  good: 'ARG PYTHON_VERSION=3.11\nFROM python:${PYTHON_VERSION}-slim\nCMD ["python", "app.py"]\n',
  fix: 'Khai báo `ARG TÊN=giá_trị_mặc_định` ở đầu Dockerfile, trước FROM đầu tiên. Cần dùng lại trong stage thì viết thêm `ARG TÊN` (không giá trị) sau FROM.',
};
