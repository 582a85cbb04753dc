// A file downloaded at build time with no checksum can change (or be tampered with) between builds.
import { hasCopyFlag, pathsPassing } from '../context-sources';
import { defineRule } from '../rule';

const HTTP_URL = /^https?:\/\//i;
/** Git references are pinned by commit, not by checksum: a different question. */
const GIT_REFERENCE = /\.git(#.*)?$/i;

/** Every word but the last (the destination) is a source: an http(s) download that is not a git reference. */
function isUncheckedUrl(source: string): boolean {
  return HTTP_URL.test(source) && !GIT_REFERENCE.test(source);
}

export default defineRule({
  meta: {
    id: 'add-remote-url',
    severity: 'info',
    category: 'security',
    lesson: { question: 10, anchor: 'cau-tra-loi' },
    messages: {
      noChecksum:
        'ADD tải {{url}} mà không kiểm tra checksum: file có thể bị đổi hoặc giả mạo giữa các lần build. Thêm --checksum=sha256:… (hoặc tải bằng curl rồi kiểm tra sha256sum).',
    },
  },
  on: ['ADD'],
  inspect(instruction, context) {
    if (hasCopyFlag(instruction, 'checksum')) return;
    const urls = pathsPassing(instruction, isUncheckedUrl);
    if (urls) for (const url of urls) context.report({ messageId: 'noChecksum', range: url.range, data: { url: url.value } });
  },
});
