// Documentation of the `apt-assume-yes` rule: the /rules/apt-assume-yes/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`apt-get install` phải có `-y` (hoặc `--yes`, `--assume-yes`, `-qq`).',
  why: 'Khi build image không ai ngồi gõ "Y": apt-get hỏi "Do you want to continue? [Y/n]", đọc được EOF, in "Abort." và build thất bại. apt-get chỉ hỏi khi phải cài thêm gói phụ thuộc ngoài các gói bạn ghi, nên một Dockerfile thiếu `-y` có thể build được hôm nay rồi hỏng khi bạn thêm một gói hay khi image gốc đổi. `DEBIAN_FRONTEND=noninteractive` chỉ tắt các hộp thoại cấu hình, không trả lời câu hỏi này.',
  bad: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*\n',
  good: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
  fix: 'Thêm `-y` ngay sau `install`: `apt-get install -y curl`. Quick fix làm việc này cho bạn.',
};
