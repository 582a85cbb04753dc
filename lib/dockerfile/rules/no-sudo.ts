// Builds already run as root; sudo in an image only adds a privilege-escalation path for later.
import { programName } from '../query';
import { defineRule } from '../rule';
import type { RuleContext, ShellScript, ShellWord } from '../types';

/** Programs that run the command given in their arguments. */
const WRAPPERS = new Set(['env', 'nohup', 'exec', 'time', 'nice', 'xargs']);

function isSudo(word: ShellWord): boolean {
  return word.value === 'sudo' || word.value.endsWith('/sudo');
}

/** Reports every sudo of one script, run directly or through a wrapper. */
function reportSudo(context: RuleContext, script: ShellScript): void {
  const commands = script.commands;
  for (let c = 0; c < commands.length; c++) {
    const command = commands[c]!;
    // Raw names, before unwrapping: `env X=1 sudo …` and `nohup sudo …` hide sudo one level down.
    const name = programName(command);
    const word = name === 'sudo' ? command.nameWord : WRAPPERS.has(name) ? command.args.find(isSudo) : undefined;
    if (word) context.report({ messageId: 'sudo', range: word.range });
  }
}

export default defineRule({
  meta: {
    id: 'no-sudo',
    category: 'security',
    aliases: ['DL3004'],
    lesson: { question: 10, anchor: 'run-as-non-root-user' },
    messages: {
      sudo: 'Không dùng sudo trong RUN: lệnh RUN đã chạy bằng root cho tới USER kế tiếp. Đặt lệnh cần root trước USER (hoặc chuyển tạm USER root rồi quay lại user thường).',
    },
  },
  on: ['RUN'],
  inspect(instruction, context) {
    // The raw commands of the shell form and of each heredoc body (read in place: no list of scripts).
    if (instruction.shell) reportSudo(context, instruction.shell);
    for (let h = 0; h < instruction.heredocs.length; h++) {
      const body = instruction.heredocs[h]!.shell;
      if (body) reportSudo(context, body);
    }
  },
});
