// Documentation of the `apt-pin-versions` rule: the /rules/apt-pin-versions/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`apt-get install` nên ghim phiên bản gói (`curl=7.88.1-10+deb12u5`).',
  why: 'Không ghim phiên bản thì image build hôm nay và build tuần sau có thể chứa phần mềm khác nhau: khó tái lập lỗi, khó biết bản nào đang chạy trong production. Ghim phiên bản làm thay đổi hiện ra rõ ràng; đổi lại bạn phải chủ động nâng phiên bản khi có bản vá. Lưu ý: kho Debian/Ubuntu thường chỉ giữ phiên bản mới nhất của mỗi gói, nên khi có bản vá thì phiên bản đã ghim biến mất và build lỗi "Version … was not found" (phiên bản trong ví dụ chỉ để minh hoạ).',
  bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n',
  fix: 'Viết `gói=phiên-bản`. Xem phiên bản hiện có bằng `apt-cache policy <gói>` (sau `apt-get update`) trong đúng image gốc; muốn build tái lập lâu dài thì ghim cả image gốc bằng digest và lấy gói từ snapshot.debian.org. Đây chỉ là gợi ý: nhiều đội chấp nhận không ghim gói hệ điều hành nhưng build lại image thường xuyên để nhận bản vá.',
};
