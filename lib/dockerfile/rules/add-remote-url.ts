// A file downloaded at build time with no checksum can change (or be tampered with) between builds.
import { hasCopyFlag, stripQuotes } from '../context-sources';
import { defineRule } from '../rule';

const HTTP_URL = /^https?:\/\//i;
/** Git references are pinned by commit, not by checksum: a different question. */
const GIT_REFERENCE = /\.git(#.*)?$/i;

export default defineRule({
  meta: {
    id: 'add-remote-url',
    severity: 'info',
    category: 'security',
    aliases: [],
    lesson: { question: 10, anchor: 'cau-tra-loi' },
    messages: {
      noChecksum:
        'ADD tải {{url}} mà không kiểm tra checksum: file có thể bị đổi hoặc giả mạo giữa các lần build. Thêm --checksum=sha256:… (hoặc tải bằng curl rồi kiểm tra sha256sum).',
    },
    fixable: false,
  },
  check(context) {
    const instructions = context.ast.instructions;
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i]!;
      if (instruction.keyword !== 'ADD' || hasCopyFlag(instruction, 'checksum')) continue;
      const json = instruction.json;
      const args = json ? null : instruction.args;
      // Every word but the last (the destination); a JSON value's range is built only to report.
      const count = (json ? json.values.length : args!.length) - 1;
      for (let w = 0; w < count; w++) {
        const url = stripQuotes(json ? json.values[w]! : args![w]!.value);
        if (!HTTP_URL.test(url) || GIT_REFERENCE.test(url)) continue;
        const range = json ? (json.valueRanges[w] ?? json.range) : args![w]!.range;
        context.report({ messageId: 'noChecksum', range, data: { url } });
      }
    }
  },
});
