// `apt-get install curl` installs whatever version the mirror has today: two builds of the same
// Dockerfile can ship different software.
import { aptInstallWord, packageWords, reportUnpinned } from '../packages';
import { commandsOf } from '../query';
import { defineRule } from '../rule';
import type { ShellWord } from '../types';

const PATTERN = /[*?[\]]/;

/** A package word that names no version: not `pkg=1.2`, not a `.deb` file or path, not a variable. */
function isUnpinned(word: ShellWord): boolean {
  const v = word.value;
  if (v.includes('=') || v.includes('$') || v.includes('/') || v.endsWith('.deb')) return false;
  // Globs and regexes select several packages: there is no single version to pin.
  return !PATTERN.test(v);
}

export default defineRule({
  meta: {
    id: 'apt-pin-versions',
    severity: 'info',
    category: 'layers',
    aliases: ['DL3008'],
    lesson: { question: 7, anchor: 'pin-dependencies-versions' },
    messages: {
      unpinned: 'Gói {{packages}} chưa ghim phiên bản: mỗi lần build có thể cài bản khác. Ghim bằng gói=phiên-bản, ví dụ {{example}}=<phiên bản>.',
    },
  },
  on: ['RUN'],
  inspect(instruction, context) {
    const commands = commandsOf(instruction);
    for (let c = 0; c < commands.length; c++) {
      const command = commands[c]!;
      if (!aptInstallWord(command)) continue;
      const unpinned = packageWords(command, isUnpinned);
      if (unpinned.length > 0) reportUnpinned(context, unpinned);
    }
  },
});
