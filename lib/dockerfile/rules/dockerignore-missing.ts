// `COPY . .` sends and copies everything in the folder: .git history, .env secrets, caches, data.
// A `.dockerignore` is what keeps them out; without one (or with one that misses them) they ship.
import { findContextSource, isWholeContext } from '../context-sources';
import { parseDockerignore } from '../dockerignore';
import { defineRule } from '../rule';

/** What a `.dockerignore` for a Python/Node ML project must at least leave out. */
const ESSENTIALS = ['.git', '.env', '__pycache__', 'node_modules'];

export default defineRule({
  meta: {
    id: 'dockerignore-missing',
    category: 'layers',
    lesson: { question: 6, anchor: 'dockerignore-file' },
    messages: {
      missing:
        '{{instruction}} {{source}} chép toàn bộ build context nhưng không có .dockerignore: .git, .env, __pycache__, dữ liệu… đều vào image. Thêm file .dockerignore.',
      weak: '.dockerignore không loại trừ .git, .env, __pycache__ hay node_modules: {{instruction}} {{source}} vẫn chép chúng vào image. Thêm các dòng đó vào .dockerignore.',
    },
  },
  check(context) {
    // The first COPY/ADD that copies the whole build context, and that source of it.
    const instruction = context.ast.instructions.find((candidate) => findContextSource(candidate, isWholeContext) !== undefined);
    if (!instruction) return;
    const source = findContextSource(instruction, isWholeContext)!;
    const data = { instruction: instruction.keyword, source: source.value };
    const { dockerignore } = context.options;
    if (dockerignore === undefined) {
      context.report({ messageId: 'missing', range: source.range, data });
      return;
    }
    const matcher = parseDockerignore(dockerignore);
    if (ESSENTIALS.some((path) => matcher.isExcluded(path))) return;
    context.report({ messageId: 'weak', range: source.range, data, severity: 'info' });
  },
});
