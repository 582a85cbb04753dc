// A file downloaded at build time with no checksum can change (or be tampered with) between builds.
import { defineRule } from '../rule';

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
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword !== 'ADD' || instruction.flags.some((f) => f.name === 'checksum')) continue;
      const json = instruction.json;
      const words = json
        ? json.values.slice(0, -1).map((value, i) => ({ value, range: json.valueRanges[i] ?? json.range }))
        : instruction.args.slice(0, -1);
      for (const word of words) {
        const url = word.value.replace(/^["']|["']$/g, '');
        // Git references are pinned by commit, not by checksum: a different question.
        if (!/^https?:\/\//i.test(url) || /\.git(#.*)?$/i.test(url)) continue;
        context.report({ messageId: 'noChecksum', range: word.range, data: { url } });
      }
    }
  },
});
