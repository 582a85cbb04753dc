// Documentation of the `tls-verify-disabled` rule: the /rules/tls-verify-disabled/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Không tắt kiểm tra chứng chỉ TLS hay chữ ký gói (`curl -k`, `--trusted-host`, `GIT_SSL_NO_VERIFY`…).',
  why:
    'Chứng chỉ TLS và chữ ký gói là thứ bảo đảm file bạn tải về đúng là file của nhà phát hành. Tắt chúng (thường để "chữa" lỗi thiếu CA) nghĩa là bất kỳ ai đứng giữa đường mạng, một proxy hay một mirror bị chiếm, đều có thể đưa code độc vào image mà build vẫn xanh. Đây là lỗ hổng chuỗi cung ứng (supply chain).',
  bad: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir --trusted-host pypi.org --trusted-host files.pythonhosted.org numpy==1.26.4\n',
  good: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir numpy==1.26.4\n',
  fix: 'Bỏ cờ hoặc biến tắt kiểm tra. Nếu lỗi là thiếu chứng chỉ gốc, cài `ca-certificates` (hoặc COPY CA nội bộ vào `/usr/local/share/ca-certificates/` rồi chạy `update-ca-certificates`). Với kho gói, nhập khoá ký thay vì `--allow-unauthenticated`/`--nogpgcheck`.',
};
