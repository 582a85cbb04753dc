// The parser's errors, shown as findings: a line Docker would refuse to build.
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'syntax-error',
    severity: 'error',
    category: 'syntax',
    aliases: [],
    lesson: { question: 3, anchor: 'giai-thich-chi-tiet' },
    messages: {
      unknownInstruction: 'Không có lệnh "{{instruction}}" trong Dockerfile: kiểm tra chính tả (FROM, RUN, COPY, CMD, …).',
      missingArguments: 'Lệnh {{instruction}} thiếu tham số bắt buộc: Docker sẽ báo lỗi khi build.',
      unterminatedHeredoc: 'Heredoc <<{{delimiter}} không có dòng kết thúc "{{delimiter}}": thêm dòng đó sau nội dung.',
      danglingContinuation: 'Dấu "\\" nối dòng ở cuối file nhưng không còn dòng nào phía sau: xoá nó hoặc viết tiếp lệnh.',
    },
    fixable: false,
    docs: {
      summary: 'Phát hiện dòng mà Docker không đọc được: lệnh sai tên, thiếu tham số, heredoc chưa đóng, dấu nối dòng ở cuối file.',
      why: 'Một lỗi cú pháp làm `docker build` dừng ngay, trước cả bước đầu tiên. Thấy lỗi ngay trong trình soạn thảo nhanh hơn nhiều so với chờ build thất bại.',
      bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt\nRUN pip install --no-cache-dir -r requirements.txt\n',
      good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      fix: 'Sửa đúng tên lệnh, thêm tham số còn thiếu (COPY cần nguồn và đích, FROM cần image, EXPOSE cần cổng), đóng heredoc bằng dòng chứa đúng delimiter.',
    },
  },
  check(context) {
    for (const error of context.ast.errors) {
      context.report({ messageId: error.messageId, range: error.range, data: error.data });
    }
  },
});
