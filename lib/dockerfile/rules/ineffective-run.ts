// Each RUN is a fresh shell: its working folder, exported variables, umask and sourced scripts
// vanish with it. A RUN made only of such commands changes nothing in the image.
import { spanning } from '../packages';
import { commandsOf, lostEffect, type LostEffect } from '../query';
import { defineRule } from '../rule';
import type { ShellCommand } from '../types';

/** The message for a RUN whose every command is lost, or null when one of them lasts. */
function lostEffectOfAll(commands: readonly ShellCommand[]): LostEffect | null {
  // The message speaks of the most telling command (`cd` before a trailing `set -e`).
  let kind: LostEffect = 'shell';
  for (const command of commands) {
    const effect = lostEffect(command);
    if (effect === null) return null;
    if (kind === 'shell') kind = effect;
  }
  return kind;
}

export default defineRule({
  meta: {
    id: 'ineffective-run',
    category: 'layers',
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: {
      cd: 'RUN {{command}} không có tác dụng: mỗi RUN chạy một shell mới, thư mục làm việc mất khi RUN kết thúc. Dùng WORKDIR.',
      export: 'RUN {{command}} không có tác dụng: biến môi trường mất khi RUN kết thúc. Dùng ENV (hoặc đặt biến ngay trong RUN cần nó).',
      umask: 'RUN {{command}} không có tác dụng: umask chỉ sống trong shell của RUN này. Đặt umask trong cùng RUN tạo file, hoặc trong entrypoint lúc container chạy.',
      source: 'RUN {{command}} không có tác dụng: biến và PATH mà script đặt ra mất khi RUN kết thúc. Dùng ENV (ví dụ ENV PATH=/opt/venv/bin:$PATH) hoặc source trong cùng RUN cần nó.',
      shell: 'RUN {{command}} không có tác dụng: tuỳ chọn shell mất khi RUN kết thúc. Đặt nó trong cùng RUN cần nó, hoặc dùng SHELL.',
    },
  },
  on: ['RUN'],
  inspect(instruction, context) {
    const commands = commandsOf(instruction);
    const first = commands[0];
    const last = commands[commands.length - 1];
    if (!first || !last) return;
    const kind = lostEffectOfAll(commands);
    if (kind === null) return;
    context.report({
      messageId: kind,
      range: spanning(first.range, last.range),
      data: { command: commands.map((c) => [c.name, ...c.args.map((a) => a.value)].join(' ').trim() || c.assignments.map((a) => a.value).join(' ')).join(' && ') },
    });
  },
});
