// Documentation of the `apt-assume-yes` rule: the /rules/apt-assume-yes/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`apt-get install` phải có `-y` (hoặc `--yes`, `--assume-yes`, `-qq`).',
  why: 'Khi build image không ai ngồi gõ "Y": apt-get hỏi xác nhận rồi nhận EOF và huỷ cài đặt, build thất bại (hoặc tệ hơn, cài thiếu gói mà không ai để ý). `DEBIAN_FRONTEND=noninteractive` chỉ tắt các hộp thoại cấu hình, không trả lời câu hỏi này.',
  bad: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*\n',
  good: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
  fix: 'Thêm `-y` ngay sau `install`: `apt-get install -y curl`. Quick fix làm việc này cho bạn.',
};
