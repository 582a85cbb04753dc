// Documentation of the `apt-pin-versions` rule: the /rules/apt-pin-versions/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`apt-get install` nên ghim phiên bản gói (`curl=7.88.1-10+deb12u5`).',
  why: 'Không ghim phiên bản thì image build hôm nay và build tuần sau có thể chứa phần mềm khác nhau: khó tái lập lỗi, khó biết bản nào đang chạy trong production. Ghim phiên bản làm build tái lập được; đổi lại bạn phải chủ động nâng phiên bản khi có bản vá.',
  bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n',
  fix: 'Viết `gói=phiên-bản`. Xem phiên bản hiện có bằng `apt-cache policy <gói>` trong image gốc. Đây chỉ là gợi ý: nhiều đội chấp nhận không ghim gói hệ điều hành nhưng build lại image thường xuyên để nhận bản vá.',
};
