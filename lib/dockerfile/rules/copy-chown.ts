// `COPY` then `RUN chown -R` writes every file twice: once in the COPY layer, again in the chown layer.
import { commandsOf, hasFlag, instructionsWithParents, isCommand, positionals } from '../query';
import { defineRule } from '../rule';
import type { Instruction } from '../types';

/** `/app/./src/` → `/app/src`; a relative path is joined to the working directory. */
function resolvePath(path: string, workdir: string): string {
  const joined = path.startsWith('/') ? path : `${workdir}/${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

function destinationOf(instruction: Instruction): string | undefined {
  return instruction.json ? instruction.json.values.at(-1) : instruction.args.at(-1)?.value;
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
  check(context) {
    const { ast } = context;
    for (const stage of ast.stages) {
      let workdir = '/';
      const copied = new Map<string, Instruction>();
      for (const instruction of instructionsWithParents(ast, stage)) {
        const own = instruction.stageIndex === stage.index;
        if (instruction.keyword === 'WORKDIR') {
          const path = instruction.argsText.trim();
          if (path && !path.includes('$')) workdir = resolvePath(path, workdir);
          continue;
        }
        if (!own) continue;
        if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
          const destination = destinationOf(instruction);
          if (destination && !destination.includes('$') && !instruction.flags.some((f) => f.name === 'chown')) {
            copied.set(resolvePath(destination, workdir), instruction);
          }
          continue;
        }
        if (instruction.keyword !== 'RUN') continue;
        for (const command of commandsOf(instruction)) {
          if (!isCommand(command, 'chown') || !hasFlag(command, '-R', '--recursive')) continue;
          const [owner, ...paths] = positionals(command);
          if (!owner) continue;
          for (const path of paths) {
            if (path.value.includes('$') || /[*?[]/.test(path.value)) continue;
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
    }
  },
});
