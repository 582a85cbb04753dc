// `RUN apt-get update` alone is cached as its own layer: later installs reuse a stale package list
// (and fail with 404s once the mirror moves on), because the update line never changes.
import { aptSubcommand, commandWordsRange, subcommandWord } from '../packages';
import { commandsOf, programName } from '../query';
import { defineRule } from '../rule';
import type { ShellCommand } from '../types';

/** apt subcommands that read the freshly updated lists. */
const CONSUMERS = new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'reinstall', 'source', 'satisfy']);

/** Programs that run other commands we cannot see: they may install. */
const OPAQUE = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'install_packages', 'apt-fast', 'xargs', 'eval']);

/** Commands whose work we cannot see (a script, `sh -c "…"`, an install helper): they may install. */
function mayInstall(cmd: ShellCommand): boolean {
  const name = programName(cmd);
  return OPAQUE.has(name) || name.endsWith('.sh') || cmd.name.includes('/') || name.includes('$');
}

function isAptUpdate(cmd: ShellCommand): boolean {
  return aptSubcommand(cmd) === 'update';
}

/** Whether a command uses the updated lists, or may. */
function consumesLists(cmd: ShellCommand): boolean {
  return CONSUMERS.has(aptSubcommand(cmd) ?? '') || mayInstall(cmd);
}

export default defineRule({
  meta: {
    id: 'apt-update-alone',
    category: 'layers',
    lesson: { question: 8, anchor: 'combine-run-commands-reduce-layers' },
    messages: {
      alone: '{{command}} update đứng riêng một RUN: layer này được cache mãi, các RUN cài gói sau sẽ dùng danh sách gói cũ. Gộp update và install vào cùng một RUN.',
    },
  },
  on: ['RUN'],
  inspect(instruction, context) {
    const commands = commandsOf(instruction);
    const first = commands.find(isAptUpdate);
    if (!first || commands.some(consumesLists)) return;
    context.report({ messageId: 'alone', range: commandWordsRange(first, subcommandWord(first)), data: { command: first.name } });
  },
});
