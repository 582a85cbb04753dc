// Documentation of the `curl-pipe-shell` rule: the /rules/curl-pipe-shell/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Không chạy thẳng script tải từ mạng (`curl … | sh`).',
  why:
    '`curl https://… | sh` chạy bất cứ thứ gì máy chủ trả về, bằng quyền root, ngay trong image. Nếu trang bị chiếm, DNS bị giả mạo hay file đổi phiên bản, image của bạn chạy code lạ mà build vẫn "thành công". Đây là một lỗ hổng chuỗi cung ứng (supply chain) kinh điển. Tải file về, kiểm tra checksum đã ghim, rồi mới chạy.',
  bad: 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n    && curl -fsSL https://example.com/install.sh | bash \\\n    && rm -rf /var/lib/apt/lists/*\n',
  good:
    'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n    && curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n    && echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  /tmp/install.sh" | sha256sum -c - \\\n    && bash /tmp/install.sh && rm /tmp/install.sh \\\n    && rm -rf /var/lib/apt/lists/*\n',
  fix: 'Tách thành các bước: `curl -fsSLo /tmp/install.sh <url>`, kiểm tra `sha256sum -c` với giá trị đã ghim, rồi `bash /tmp/install.sh`. Tốt hơn nữa: cài bằng trình quản lý gói (apt, pip) với phiên bản ghim.',
};
