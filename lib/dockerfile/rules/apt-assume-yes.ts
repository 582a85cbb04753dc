// A docker build has no keyboard: `apt-get install` that asks "Do you want to continue? [Y/n]" aborts.
import { after, aptInstalls, commandWordsRange, variableMayHold } from '../packages';
import { defineRule } from '../rule';
import type { ShellCommand } from '../types';

/** `-y`, `--yes`, `--assume-yes`, `-qq`, `-q=2`, `--quiet=2`, clusters like `-qy`, or `-o APT::Get::Assume-Yes=true`. */
function assumesYes(cmd: ShellCommand): boolean {
  return cmd.args.some((word, i) => {
    const v = word.value;
    if (v === '--') return false;
    if (['--yes', '--assume-yes', '--quiet=2', '-q=2'].includes(v)) return true;
    const option = v === '-o' ? (cmd.args[i + 1]?.value ?? '') : v.startsWith('-o') ? v.slice(2) : null;
    if (option !== null) return /^APT::Get::Assume-Yes=(true|yes|1)$/i.test(option);
    if (/^-[a-zA-Z]+$/.test(v)) return v.includes('y') || v.includes('qq');
    return false;
  });
}

export default defineRule({
  meta: {
    id: 'apt-assume-yes',
    severity: 'warning',
    category: 'layers',
    aliases: ['DL3014'],
    lesson: { question: 8, anchor: 'combine-run-commands-reduce-layers' },
    messages: {
      missing: '{{command}} install thiếu -y: build không có bàn phím để trả lời "Do you want to continue?" nên sẽ dừng lỗi. Thêm -y.',
    },
    fixable: true,
  },
  check(context) {
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const stage = context.ast.stages[instruction.stageIndex];
      for (const { command, install } of aptInstalls(instruction)) {
        if (assumesYes(command) || variableMayHold(command, stage, (w) => assumesYes({ ...command, args: [{ ...install, value: w }] }))) continue;
        context.report({
          messageId: 'missing',
          range: commandWordsRange(command, install),
          data: { command: command.name },
          fix: { title: 'Thêm -y', edits: [{ range: after(install), text: ' -y' }] },
        });
      }
    }
  },
});
