// `apt-get install curl` installs whatever version the mirror has today: two builds of the same
// Dockerfile can ship different software.
import { aptInstalls, packageWords, spanning } from '../packages';
import { defineRule } from '../rule';
import type { ShellWord } from '../types';

/** A package word that names no version: not `pkg=1.2`, not a `.deb` file or path, not a variable. */
function isUnpinned(word: ShellWord): boolean {
  const v = word.value;
  if (v.includes('=') || v.includes('$') || v.includes('/') || v.endsWith('.deb')) return false;
  // Globs and regexes select several packages: there is no single version to pin.
  return !/[*?[\]]/.test(v);
}

export default defineRule({
  meta: {
    id: 'apt-pin-versions',
    severity: 'info',
    category: 'layers',
    aliases: ['DL3008'],
    lesson: { question: 7, anchor: 'pin-dependencies-versions' },
    messages: {
      unpinned: 'Gói {{packages}} chưa ghim phiên bản: mỗi lần build có thể cài bản khác. Ghim bằng gói=phiên-bản, ví dụ {{example}}=<phiên bản>.',
    },
    fixable: false,
    docs: {
      summary: '`apt-get install` nên ghim phiên bản gói (`curl=7.88.1-10+deb12u5`).',
      why: 'Không ghim phiên bản thì image build hôm nay và build tuần sau có thể chứa phần mềm khác nhau: khó tái lập lỗi, khó biết bản nào đang chạy trong production. Ghim phiên bản làm build tái lập được; đổi lại bạn phải chủ động nâng phiên bản khi có bản vá.',
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n',
      fix: 'Viết `gói=phiên-bản`. Xem phiên bản hiện có bằng `apt-cache policy <gói>` trong image gốc. Đây chỉ là gợi ý: nhiều đội chấp nhận không ghim gói hệ điều hành nhưng build lại image thường xuyên để nhận bản vá.',
    },
  },
  check(context) {
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      for (const { command } of aptInstalls(instruction)) {
        const unpinned = packageWords(command).filter(isUnpinned);
        const first = unpinned[0];
        const last = unpinned[unpinned.length - 1];
        if (!first || !last) continue;
        context.report({
          messageId: 'unpinned',
          range: spanning(first.range, last.range),
          data: { packages: unpinned.map((w) => w.value).join(', '), example: first.value },
        });
      }
    }
  },
});
