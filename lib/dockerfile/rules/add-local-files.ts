// ADD also downloads URLs and unpacks archives; for plain local files that magic only surprises.
import { hasCopyFlag, pathsPassing } from '../context-sources';
import { inCaseOf } from '../keyword-casing';
import { defineRule } from '../rule';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tar\.lzma|tlz|tar\.z)$/i;
/** URLs and git references: ADD's remote features, judged by `add-remote-url`. */
const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)|\.git(#.*)?$/i;
/** Flags both ADD and COPY accept: the keyword can be swapped without touching them. */
const COPY_FLAGS = new Set(['chown', 'chmod', 'link', 'exclude', 'parents']);

/** A source whose ADD features matter: a variable (could name anything), an archive, a URL or git. */
function needsAdd(source: string): boolean {
  return source.includes('$') || ARCHIVE.test(source) || REMOTE.test(source);
}

export default defineRule({
  meta: {
    id: 'add-local-files',
    category: 'security',
    aliases: ['DL3020'],
    lesson: { question: 3, anchor: 'giai-thich-chi-tiet' },
    messages: {
      useCopy:
        'Dùng COPY thay cho ADD để chép file/thư mục cục bộ: ADD còn tự giải nén archive và tải URL, dễ gây bất ngờ. Chỉ giữ ADD khi cần giải nén file .tar.',
    },
    fixable: true,
  },
  on: ['ADD'],
  inspect(instruction, context) {
    if (hasCopyFlag(instruction, 'checksum') || hasCopyFlag(instruction, 'keep-git-dir')) return;
    // Only a destination: nothing is copied, unless from a heredoc.
    const words = instruction.json ? instruction.json.values.length : instruction.args.length;
    if (words < 2 && instruction.heredocs.length === 0) return;
    // A variable could name an archive or a URL: unknown, so quiet.
    if (pathsPassing(instruction, needsAdd)) return;
    const swappable = instruction.flags.every((f) => COPY_FLAGS.has(f.name));
    context.report({
      messageId: 'useCopy',
      range: instruction.keywordRange,
      data: undefined,
      fix: swappable
        ? {
            title: 'Đổi ADD thành COPY',
            edits: [
              {
                range: instruction.keywordRange,
                text: inCaseOf(instruction, 'COPY'),
              },
            ],
          }
        : undefined,
    });
  },
});
