// `apk add` keeps the downloaded index in /var/cache/apk: bytes the image ships and never uses.
import { coversPath, hasCacheMount, isDryRun, removesPath, reportMissingFlag, subcommandWord, variableMayHold } from '../packages';
import { commandsOf, hasFlag, programName, stageOf } from '../query';
import { defineRule } from '../rule';

const CACHE = '/var/cache/apk';
const CACHE_PATH = /^\/var\/cache\/apk(\/\*?)?$/;

function coversCache(target: string): boolean {
  return coversPath(target, CACHE);
}

export default defineRule({
  meta: {
    id: 'apk-no-cache',
    category: 'layers',
    aliases: ['DL3018', 'DL3019'],
    lesson: { question: 6, anchor: 'remove-unnecessary-files' },
    messages: {
      missing: 'apk add không có --no-cache: chỉ mục gói được giữ lại trong /var/cache/apk và vào image. Thêm --no-cache (không cần apk update riêng).',
    },
    fixable: true,
  },
  on: ['RUN'],
  inspect(instruction, context) {
    // Decided on the first `apk add` without --no-cache: most RUNs have none.
    let keptOut: boolean | undefined;
    const commands = commandsOf(instruction);
    for (let c = 0; c < commands.length; c++) {
      const cmd = commands[c]!;
      if (programName(cmd) !== 'apk') continue;
      const add = subcommandWord(cmd);
      // `--no-network` (python's alpine images) fetches no index: nothing lands in the cache.
      if (add?.value !== 'add' || hasFlag(cmd, '--no-cache', '--no-network') || isDryRun(cmd, 'apk')) continue;
      // `rm -rf /var/cache/apk/*` in the same RUN, or a cache mount on it, does the same as --no-cache.
      keptOut ??= hasCacheMount(instruction, coversCache) || removesPath(instruction, CACHE_PATH);
      if (keptOut) break;
      if (variableMayHold(cmd, stageOf(context.ast, instruction), (w) => w === '--no-cache')) continue;
      reportMissingFlag(context, cmd, add, '--no-cache');
    }
  },
});
