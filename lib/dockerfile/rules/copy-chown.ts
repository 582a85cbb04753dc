// `COPY` then `RUN chown -R` writes every file twice: once in the COPY layer, again in the chown layer.
import { copyDestination, hasCopyFlag } from '../context-sources';
import { cleanPath, isCleanRelative } from '../dockerignore';
import { commandsOf, hasFlag, instructionsWithParents } from '../query';
import { defineRule } from '../rule';
import type { Instruction, ShellCommand, ShellWord, Stage } from '../types';

const GLOB = /[*?[]/;

/** `/app/./src/` → `/app/src`; a relative path is joined to the working directory (always kept resolved). */
function resolvePath(path: string, workdir: string): string {
  if (!path.startsWith('/')) {
    // `.`, `./`, `././.`: the working directory itself, with no joined path built.
    let from = 0;
    while (path.startsWith('./', from)) from += 2;
    if (from === path.length || (from === path.length - 1 && path.charCodeAt(from) === 46)) return workdir;
  }
  const joined = path.startsWith('/') ? path : workdir === '/' ? `/${path}` : `${workdir}/${path}`;
  // Most paths are clean already (`/app`, `/app/`): no new string but the trailing `/` cut.
  const end = joined.length > 1 && joined.charCodeAt(joined.length - 1) === 47 ? joined.length - 1 : joined.length;
  if (end === 1 || isCleanRelative(joined, 1, end)) return end === joined.length ? joined : joined.slice(0, end);
  return `/${cleanPath(joined)}`;
}

/** `chown -R` (`/bin/chown` too), judged on the name before any flag is looked at. */
function isRecursiveChown(command: ShellCommand): boolean {
  if (command.name !== 'chown' && !command.name.endsWith('/chown')) return false;
  return hasFlag(command, '-R', '--recursive');
}

/** Whether the stage's own RUNs chown recursively: most stages do not, and then no path needs resolving. */
function runsRecursiveChown(stage: Stage): boolean {
  for (let i = 0; i < stage.instructions.length; i++) {
    const instruction = stage.instructions[i]!;
    if (instruction.keyword !== 'RUN') continue;
    const commands = commandsOf(instruction);
    for (let c = 0; c < commands.length; c++) if (isRecursiveChown(commands[c]!)) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'copy-chown',
    severity: 'info',
    category: 'security',
    aliases: [],
    lesson: { question: 10, anchor: 'file-permissions-and-ownership' },
    messages: {
      chownAfterCopy:
        '"{{path}}" vừa được COPY ở dòng {{line}} rồi lại chown -R: mọi file bị ghi thêm một lần vào layer mới (image to gấp đôi). Dùng COPY --chown={{owner}} ngay khi copy.',
    },
    fixable: false,
  },
  inspectStage(stage, context) {
    if (!runsRecursiveChown(stage)) return;
    const { ast } = context;
    let workdir = '/';
    const copied = new Map<string, Instruction>();
    const instructions = instructionsWithParents(ast, stage);
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i]!;
      if (instruction.keyword === 'WORKDIR') {
        const path = instruction.argsText.trim();
        if (path && !path.includes('$')) workdir = resolvePath(path, workdir);
        continue;
      }
      if (instruction.stageIndex !== stage.index) continue;
      if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
        const destination = copyDestination(instruction);
        if (destination && !destination.includes('$') && !hasCopyFlag(instruction, 'chown')) {
          copied.set(resolvePath(destination, workdir), instruction);
        }
        continue;
      }
      if (instruction.keyword !== 'RUN') continue;
      const commands = commandsOf(instruction);
      for (let c = 0; c < commands.length; c++) {
        const command = commands[c]!;
        if (!isRecursiveChown(command)) continue;
        // The positionals (query's positionals()), read in place: the owner, then the paths.
        let owner: ShellWord | undefined;
        for (let p = 0; p < command.args.length; p++) {
          const path = command.args[p]!;
          if (path.value.startsWith('-') && path.value !== '-') continue;
          if (!owner) {
            owner = path;
            continue;
          }
          if (path.value.includes('$') || GLOB.test(path.value)) continue;
          const copy = copied.get(resolvePath(path.value, workdir));
          if (!copy) continue;
          context.report({
            messageId: 'chownAfterCopy',
            range: path.range,
            data: { path: path.value, line: copy.range.line, owner: owner.value },
          });
        }
      }
    }
  },
});
