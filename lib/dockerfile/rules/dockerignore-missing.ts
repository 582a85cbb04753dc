// `COPY . .` sends and copies everything in the folder: .git history, .env secrets, caches, data.
// A `.dockerignore` is what keeps them out; without one (or with one that misses them) they ship.
import { contextSources, isWholeContext } from '../context-sources';
import { parseDockerignore } from '../dockerignore';
import { defineRule } from '../rule';
import type { Token } from '../types';

/** What a `.dockerignore` for a Python/Node ML project must at least leave out. */
const ESSENTIALS = ['.git', '.env', '__pycache__', 'node_modules'];

export default defineRule({
  meta: {
    id: 'dockerignore-missing',
    severity: 'warning',
    category: 'layers',
    aliases: [],
    lesson: { question: 6, anchor: 'dockerignore-file' },
    messages: {
      missing:
        '{{instruction}} {{source}} chép toàn bộ build context nhưng không có .dockerignore: .git, .env, __pycache__, dữ liệu… đều vào image. Thêm file .dockerignore.',
      weak: '.dockerignore không loại trừ .git, .env, __pycache__ hay node_modules: {{instruction}} {{source}} vẫn chép chúng vào image. Thêm các dòng đó vào .dockerignore.',
    },
    fixable: false,
  },
  check(context) {
    let wholeCopy: { keyword: string; source: Token } | undefined;
    for (const instruction of context.ast.instructions) {
      const source = contextSources(instruction).find((s) => isWholeContext(s.value));
      if (source) {
        wholeCopy = { keyword: instruction.keyword, source };
        break;
      }
    }
    if (!wholeCopy) return;
    const data = { instruction: wholeCopy.keyword, source: wholeCopy.source.value };
    const { dockerignore } = context.options;
    if (dockerignore === undefined) {
      context.report({ messageId: 'missing', range: wholeCopy.source.range, data });
      return;
    }
    const matcher = parseDockerignore(dockerignore);
    if (ESSENTIALS.some((path) => matcher.isExcluded(path))) return;
    context.report({ messageId: 'weak', range: wholeCopy.source.range, data, severity: 'info' });
  },
});
