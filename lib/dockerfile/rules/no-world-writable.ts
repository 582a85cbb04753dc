// World-writable files let any process in the container (or a compromised app) rewrite code and config.
import { isCopyOrAdd } from '../context-sources';
import { commandsOf, isPositional, programName } from '../query';
import { defineRule } from '../rule';
import type { Flag, ShellCommand, ShellWord } from '../types';

/**
 * Whether a chmod mode makes files writable by everyone. A sticky mode (`1777`, `+t`) is the
 * deliberate shared temp directory (`chmod 1777 /tmp`) and passes.
 */
function isWorldWritableMode(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const bits = parseInt(mode, 8);
    // Write for others (0o002), without the sticky bit (0o1000).
    return (bits & 0o2) !== 0 && (bits & 0o1000) === 0;
  }
  let writable = false;
  let sticky = false;
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    // One clause that is not `[who]op[perms]`: the word is no mode at all.
    if (!m) return false;
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

/** A chmod word that is a known flag, not a mode (symbolic modes like `-w` look like flags too). */
const CHMOD_FLAG = /^(-[Rfvc]+|--[a-z-]*(=.*)?)$/;
/** `mkdir -m777` written as one word. */
const JOINED_MODE_FLAG = /^-m[0-7]{3,4}$/;

/** A mode as written and the word it is written in (`--mode=777` holds the mode `777`). */
interface Mode {
  value: string;
  word: ShellWord;
}

/** The mode of `chmod [-R] MODE path…`, `mkdir -m MODE …`, `install -m MODE …`, given the words after the program. */
function modeOf(args: ShellWord[], program: string): Mode | undefined {
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = word.value;
    // chmod's mode is the first word that is not a known flag.
    if (program === 'chmod') {
      if (!CHMOD_FLAG.test(value)) return { value, word };
    } else if (value === '-m' || value === '--mode') {
      const next = args[i + 1];
      return next && { value: next.value, word: next };
    } else if (value.startsWith('--mode=') || JOINED_MODE_FLAG.test(value)) {
      return { value: value.replace(/^--mode=|^-m/, ''), word };
    }
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'no-world-writable',
    category: 'security',
    lesson: { question: 10, anchor: 'file-permissions-and-ownership' },
    messages: {
      worldWritable:
        'Quyền "{{mode}}" cho mọi user ghi được vào file: ai chiếm được container cũng sửa được code. Dùng 755 cho thư mục, 644 cho file, và chown cho đúng user chạy app.',
    },
  },
  on: ['COPY', 'ADD', 'RUN'],
  inspect(instruction, context) {
    if (isCopyOrAdd(instruction)) {
      const chmod = instruction.flags.find(isChmodFlag);
      if (!chmod?.value || !isWorldWritableMode(chmod.value)) return;
      const range = chmod.valueRange;
      if (range) context.report({ messageId: 'worldWritable', range, data: { mode: chmod.value } });
      return;
    }
    const commands = commandsOf(instruction);
    for (let c = 0; c < commands.length; c++) {
      const command = commands[c]!;
      // Most commands are none of these: their words are never looked at.
      let program = programName(command);
      let args = command.args;
      // `find /app -type d -exec chmod 777 {} \;` (the chapter sets modes this way): the chmod's own words.
      if (program === 'find') {
        const exec = args.findIndex((word) => word.value === '-exec' || word.value === '-execdir');
        if (exec < 0 || args[exec + 1]?.value !== 'chmod') continue;
        args = args.slice(exec + 2);
        program = 'chmod';
      }
      if (program !== 'chmod' && program !== 'mkdir' && program !== 'install') continue;
      const mode = modeOf(args, program);
      if (!mode || !isWorldWritableMode(mode.value)) continue;
      const paths = args.filter(isPositional);
      if (program === 'chmod' && paths.length < 2 && !mode.value.startsWith('-')) continue;
      // A scratch folder the same RUN deletes again (`chmod 777 "$tempDir"` … `rm -rf "$tempDir"`,
      // as nginx's image does): nothing world-writable is left in the layer.
      if (paths.every((path) => path === mode.word || removedLater(commands, c, path.value))) continue;
      context.report({ messageId: 'worldWritable', range: mode.word.range, data: { mode: mode.value } });
    }
  },
});

/** Whether a command after `commands[from]` is an `rm` of `path`, as written. */
function removedLater(commands: readonly ShellCommand[], from: number, path: string): boolean {
  for (let c = from + 1; c < commands.length; c++) {
    if (programName(commands[c]!) === 'rm' && commands[c]!.args.some((word) => word.value === path)) return true;
  }
  return false;
}

function isChmodFlag(flag: Flag): boolean {
  return flag.name === 'chmod';
}
