// Documentation of the `legacy-key-value` rule: the /rules/legacy-key-value/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Viết ENV và LABEL theo dạng KEY=value, không dùng dạng cũ `KEY value`.',
  why: 'Dạng cũ `ENV KEY value` chỉ khai báo được một biến mỗi dòng và gộp mọi từ phía sau vào giá trị: `ENV A B C` nghĩa là A="B C", không phải hai biến. Dạng `KEY=value` rõ ràng, khai báo được nhiều biến một lúc, và Docker khuyến nghị nó.',
  bad: 'FROM python:3.11-slim\nENV PYTHONUNBUFFERED 1\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim\nENV PYTHONUNBUFFERED=1\nCMD ["python", "app.py"]\n',
  fix: 'Thêm dấu "=" giữa tên và giá trị; giá trị có dấu cách thì đặt trong nháy kép: `ENV APP_NAME="ML API"`.',
};
