// World-writable files let any process in the container (or a compromised app) rewrite code and config.
import { commandsOf, isCommand, positionals } from '../query';
import { defineRule } from '../rule';
import type { ShellWord } from '../types';

/**
 * Whether a chmod mode makes files writable by everyone. A sticky mode (`1777`, `+t`) is the
 * deliberate shared temp directory (`chmod 1777 /tmp`) and passes.
 */
function isWorldWritableMode(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const digits = mode.padStart(4, '0');
    const special = Number(digits[0]);
    const other = Number(digits[3]);
    return (other & 2) !== 0 && (special & 1) === 0;
  }
  if (!/^[ugoa]*[-+=][rwxXst]*(,[ugoa]*[-+=][rwxXst]*)*$/.test(mode)) return false;
  let writable = false;
  let sticky = false;
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (!m) continue;
    const who = m[1] ?? '';
    const op = m[2] ?? '';
    const perms = m[3] ?? '';
    if (op === '-') continue;
    if (perms.includes('t')) sticky = true;
    // An empty "who" is masked by the umask (022 by default): `chmod +w` does not reach others.
    if (perms.includes('w') && (who.includes('o') || who.includes('a'))) writable = true;
  }
  return writable && !sticky;
}

/** The mode word of `chmod [-R] MODE path…`, `mkdir -m MODE …`, `install -m MODE …`. */
function modeWord(command: ReturnType<typeof commandsOf>[number]): ShellWord | undefined {
  if (isCommand(command, 'chmod')) {
    // Symbolic modes like `-w` look like flags; a mode is the first word that is not a known flag.
    return command.args.find((w) => !/^(-[Rfvc]+|--[a-z-]*(=.*)?)$/.test(w.value));
  }
  if (isCommand(command, 'mkdir', 'install')) {
    const at = command.args.findIndex((w) => w.value === '-m' || w.value === '--mode');
    if (at >= 0) return command.args[at + 1];
    const joined = command.args.find((w) => w.value.startsWith('--mode=') || /^-m[0-7]{3,4}$/.test(w.value));
    if (joined) return { ...joined, value: joined.value.replace(/^--mode=|^-m/, '') };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'no-world-writable',
    severity: 'warning',
    category: 'security',
    aliases: [],
    lesson: { question: 10, anchor: 'file-permissions-and-ownership' },
    messages: {
      worldWritable:
        'Quyền "{{mode}}" cho mọi user ghi được vào file: ai chiếm được container cũng sửa được code. Dùng 755 cho thư mục, 644 cho file, và chown cho đúng user chạy app.',
    },
    fixable: false,
  },
  check(context) {
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
        const chmod = instruction.flags.find((f) => f.name === 'chmod');
        if (chmod?.value && chmod.valueRange && isWorldWritableMode(chmod.value)) {
          context.report({ messageId: 'worldWritable', range: chmod.valueRange, data: { mode: chmod.value } });
        }
        continue;
      }
      if (instruction.keyword !== 'RUN') continue;
      for (const command of commandsOf(instruction)) {
        const word = modeWord(command);
        if (!word || !isWorldWritableMode(word.value)) continue;
        if (isCommand(command, 'chmod') && positionals(command).length < 2 && !word.value.startsWith('-')) continue;
        context.report({ messageId: 'worldWritable', range: word.range, data: { mode: word.value } });
      }
    }
  },
});
