// ADD also downloads URLs and unpacks archives; for plain local files that magic only surprises.
import { defineRule } from '../rule';
import type { Instruction } from '../types';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tar\.lzma|tlz|tar\.z)$/i;
/** URLs and git references: ADD's remote features, judged by `add-remote-url`. */
const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)|\.git(#.*)?$/i;
/** Flags both ADD and COPY accept: the keyword can be swapped without touching them. */
const COPY_FLAGS = new Set(['chown', 'chmod', 'link', 'exclude', 'parents']);

function addSources(instruction: Instruction): string[] {
  if (instruction.json) return instruction.json.values.slice(0, -1);
  if (instruction.heredocs.length > 0) return [];
  return instruction.args.slice(0, -1).map((arg) => arg.value.replace(/^["']|["']$/g, ''));
}

export default defineRule({
  meta: {
    id: 'add-local-files',
    severity: 'warning',
    category: 'security',
    aliases: ['DL3020'],
    lesson: { question: 3, anchor: 'giai-thich-chi-tiet' },
    messages: {
      useCopy:
        'Dùng COPY thay cho ADD để chép file/thư mục cục bộ: ADD còn tự giải nén archive và tải URL, dễ gây bất ngờ. Chỉ giữ ADD khi cần giải nén file .tar.',
    },
    fixable: true,
  },
  check(context) {
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword !== 'ADD') continue;
      if (instruction.flags.some((f) => f.name === 'checksum' || f.name === 'keep-git-dir')) continue;
      const sources = addSources(instruction);
      if (instruction.heredocs.length === 0 && sources.length === 0) continue;
      // A variable could name an archive or a URL: unknown, so quiet.
      if (sources.some((s) => s.includes('$') || ARCHIVE.test(s) || REMOTE.test(s))) continue;
      const swappable = instruction.flags.every((f) => COPY_FLAGS.has(f.name));
      context.report({
        messageId: 'useCopy',
        range: instruction.keywordRange,
        ...(swappable
          ? {
              fix: {
                title: 'Đổi ADD thành COPY',
                edits: [
                  {
                    range: instruction.keywordRange,
                    text: instruction.keywordRaw === instruction.keywordRaw.toLowerCase() ? 'copy' : 'COPY',
                  },
                ],
              },
            }
          : {}),
      });
    }
  },
});
