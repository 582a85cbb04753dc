// apt installs "recommended" extras by default: often tens or hundreds of MB the image never uses.
import { after, aptInstalls, commandWordsRange, variableMayHold } from '../packages';
import { defineRule } from '../rule';
import type { ShellCommand } from '../types';

function skipsRecommends(cmd: ShellCommand): boolean {
  return cmd.args.some((word, i) => {
    const v = word.value;
    if (v === '--no-install-recommends' || v === '--install-recommends=no' || v === '--install-recommends=false') return true;
    const option = v === '-o' ? (cmd.args[i + 1]?.value ?? '') : v.startsWith('-o') ? v.slice(2) : '';
    return /^APT::Install-Recommends=("?)(false|no|0)\1$/i.test(option);
  });
}

export default defineRule({
  meta: {
    id: 'apt-no-install-recommends',
    severity: 'info',
    category: 'layers',
    aliases: ['DL3015'],
    lesson: { question: 10, anchor: 'minimize-attack-surface' },
    messages: {
      missing: '{{command}} install không có --no-install-recommends: apt sẽ cài thêm các gói "khuyên dùng" mà image không cần. Thêm --no-install-recommends.',
    },
    fixable: true,
  },
  check(context) {
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const stage = context.ast.stages[instruction.stageIndex];
      for (const { command, install } of aptInstalls(instruction)) {
        if (skipsRecommends(command) || variableMayHold(command, stage, (w) => skipsRecommends({ ...command, args: [{ ...install, value: w }] }))) continue;
        context.report({
          messageId: 'missing',
          range: commandWordsRange(command, install),
          data: { command: command.name },
          fix: { title: 'Thêm --no-install-recommends', edits: [{ range: after(install), text: ' --no-install-recommends' }] },
        });
      }
    }
  },
});
