// The parser's errors, shown as findings: a line Docker would refuse to build.
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'syntax-error',
    severity: 'error',
    category: 'syntax',
    lesson: { question: 3, anchor: 'giai-thich-chi-tiet' },
    messages: {
      unknownInstruction: 'Không có lệnh "{{instruction}}" trong Dockerfile: kiểm tra chính tả (FROM, RUN, COPY, CMD, …).',
      missingArguments: 'Lệnh {{instruction}} thiếu tham số bắt buộc: Docker sẽ báo lỗi khi build.',
      fromForm: 'FROM chỉ nhận image hoặc image AS tên, không phải "{{args}}" (Dockerfile không có comment cuối dòng). Docker sẽ báo lỗi khi build.',
      unterminatedHeredoc: 'Heredoc <<{{delimiter}} không có dòng kết thúc "{{delimiter}}": thêm dòng đó sau nội dung.',
      danglingContinuation: 'Dấu "\\" nối dòng ở cuối file nhưng không còn dòng nào phía sau: xoá nó hoặc viết tiếp lệnh.',
      missingEquals: '"{{word}}" trong {{instruction}} thiếu dấu "=": viết TÊN=giá-trị (giá trị có dấu cách thì đặt trong ngoặc kép). Docker sẽ báo lỗi khi build.',
      blankName: 'Cặp "=…" trong {{instruction}} thiếu tên: viết TÊN=giá-trị. Docker sẽ báo lỗi khi build.',
      healthcheckType: 'HEALTHCHECK thiếu CMD: Docker sẽ báo lỗi khi build.',
    },
  },
  check(context) {
    for (const error of context.ast.errors) {
      context.report({ messageId: error.messageId, range: error.range, data: error.data });
    }
  },
});
