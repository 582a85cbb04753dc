// `COPY` then `RUN chown -R` writes every file twice: once in the COPY layer, again in the chown layer.
import { copyDestination, hasCopyFlag, isCopyOrAdd } from '../context-sources';
import { resolvePath } from '../dockerignore';
import { commandsOf, hasFlag, instructionsWithParents } from '../query';
import { defineRule } from '../rule';
import type { Instruction, ShellCommand, ShellWord, Stage } from '../types';

const GLOB = /[*?[]/;

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
    lesson: { question: 10, anchor: 'file-permissions-and-ownership' },
    messages: {
      chownAfterCopy:
        '"{{path}}" vừa được COPY ở dòng {{line}} rồi lại chown -R: mọi file bị ghi thêm một lần vào layer mới (image to gấp đôi). Dùng COPY --chown={{owner}} ngay khi copy.',
    },
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
      if (isCopyOrAdd(instruction)) {
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
