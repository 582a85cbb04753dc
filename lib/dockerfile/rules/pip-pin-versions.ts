// `pip install flask` installs whatever is newest on the day of the build: the same Dockerfile
// builds different images, and a new major release can break the app without a line changing.
import { reportUnpinned } from '../packages';
import { commandsOf, hasFlag, pipInstallStart } from '../query';
import { defineRule } from '../rule';
import type { ShellCommand, ShellWord } from '../types';

/** pip options whose value is the next word (`-r requirements.txt`, `-i https://…`). */
const OPTIONS_WITH_VALUE = new Set([
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url',
  '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--trusted-host', '--platform', '--python-version',
  '--implementation', '--abi', '--src', '--upgrade-strategy', '--progress-bar', '--cache-dir', '--log', '--proxy',
  '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--global-option', '--config-settings',
  '-C', '--no-binary', '--only-binary', '--report', '--python', '--use-feature', '--use-deprecated',
]);

/** Upgrading the installer itself is routine, not an application dependency. */
const INSTALLERS = new Set(['pip', 'setuptools', 'wheel']);

const SPECIFIER = /(===|==|>=|<=|~=|!=|<|>|@)/;
const ARCHIVE = /\.(whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip|egg)$/i;

/**
 * Requirement words of a pip install that name a package without any version specifier; never an
 * empty list, and undefined for any other command.
 */
function unpinnedRequirements(cmd: ShellCommand): ShellWord[] | undefined {
  const args = cmd.args;
  let found: ShellWord[] | undefined;
  let upgrading: boolean | undefined; // read only when an installer is named
  // From the word after `install`; -1 (not a pip install) reads none.
  for (let i = pipInstallStart(cmd); i >= 0 && i < args.length; i++) {
    const v = args[i]!.value;
    if (v.startsWith('-')) {
      // A constraints file sets the versions of everything the command installs.
      if (v === '-c' || v.startsWith('--constraint')) return undefined;
      if (OPTIONS_WITH_VALUE.has(v)) i++;
      continue;
    }
    if (args[i + 1]?.value === '@') {
      i += 2; // `name @ https://…` is a direct reference, pinned by its URL
      continue;
    }
    if (v === '' || v.includes('$') || v.includes('/') || v.startsWith('.') || v.startsWith('~')) continue;
    if (ARCHIVE.test(v) || SPECIFIER.test(v)) continue;
    if (INSTALLERS.has(v.toLowerCase()) && (upgrading ??= hasFlag(cmd, '-U', '--upgrade'))) continue;
    (found ??= []).push(args[i]!);
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'pip-pin-versions',
    category: 'layers',
    aliases: ['DL3013'],
    lesson: { question: 7, anchor: 'pin-dependencies-versions' },
    messages: {
      unpinned: 'Gói Python {{packages}} chưa ghim phiên bản: mỗi lần build có thể cài bản mới hơn và làm hỏng ứng dụng. Ghim phiên bản, ví dụ {{example}}==<phiên bản>, hoặc liệt kê trong requirements.txt.',
    },
  },
  on: ['RUN'],
  inspect(instruction, context) {
    const commands = commandsOf(instruction);
    for (let c = 0; c < commands.length; c++) {
      const cmd = commands[c]!;
      const unpinned = unpinnedRequirements(cmd);
      if (unpinned) reportUnpinned(context, unpinned);
    }
  },
});
