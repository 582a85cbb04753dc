// Piping a download into a shell runs whatever the server sends, unchecked, as root, in your image.
import { spanning } from '../packages';
import { SHELL_NAMES as SHELLS } from '../parse/shell';
import { commandsOf, programName } from '../query';
import { defineRule } from '../rule';
import type { ShellCommand, ShellWord } from '../types';

const DOWNLOADERS = new Set(['curl', 'wget']);
/** `$(curl …)`, `` `wget …` ``, `<(curl …)` inside a word given to a shell. */
const SUBSTITUTED_DOWNLOAD = /(\$\(|`|<\()\s*(curl|wget)\b/;

function substitutesDownload(arg: ShellWord): boolean {
  // `raw` is sliced on each read: look at the value first (quotes and escapes never sit inside `curl`).
  if (!arg.value.includes('curl') && !arg.value.includes('wget')) return false;
  return SUBSTITUTED_DOWNLOAD.test(arg.raw);
}

export default defineRule({
  meta: {
    id: 'curl-pipe-shell',
    category: 'security',
    lesson: { question: 10, anchor: 'cau-tra-loi' },
    messages: {
      pipe: 'Script tải về bằng {{tool}} được chạy thẳng bằng {{shell}}, không kiểm tra gì: tải file về trước, kiểm tra checksum (sha256sum -c) rồi mới chạy.',
      substitution:
        '{{shell}} chạy nội dung tải về bằng {{tool}} mà không kiểm tra: tải file về trước, kiểm tra checksum (sha256sum -c) rồi mới chạy.',
    },
  },
  on: ['RUN'],
  inspect(instruction, context) {
    // Unwrapped commands keep their operator; each script (shell form, heredoc body) starts with none.
    const commands = commandsOf(instruction);
    let download: ShellCommand | null = null;
    for (let c = 0; c < commands.length; c++) {
      const cmd = commands[c]!;
      // A pipeline continues while commands are joined by `|`.
      if (cmd.operatorBefore !== '|') download = null;
      const name = programName(cmd);
      if (DOWNLOADERS.has(name)) {
        download = cmd;
        continue;
      }
      if (!cmd.nameWord || (!SHELLS.has(name) && name !== 'eval')) continue;
      if (download && SHELLS.has(name)) {
        context.report({
          messageId: 'pipe',
          range: spanning(download.range, cmd.nameWord.range),
          data: { tool: programName(download), shell: name },
        });
        download = null;
        continue;
      }
      const substituted = cmd.args.find(substitutesDownload);
      if (substituted) {
        const tool = SUBSTITUTED_DOWNLOAD.exec(substituted.raw)?.[2] ?? 'curl';
        context.report({ messageId: 'substitution', range: spanning(cmd.nameWord.range, substituted.range), data: { tool, shell: name } });
      }
    }
  },
});
