// `WORKDIR app` is relative to the previous WORKDIR: where files end up depends on the base image.
import { isRelativePath, unquoteWord } from '../context-sources';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'workdir-absolute',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL3000', 'WorkdirRelativePath'],
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      relative: 'WORKDIR "{{path}}" là đường dẫn tương đối: dùng đường dẫn tuyệt đối như /{{suggestion}} để biết chắc file nằm ở đâu.',
    },
    fixable: false,
  },
  check(context) {
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword !== 'WORKDIR') continue;
      const path = unquoteWord(instruction.argsText.trim());
      if (path === '') continue;
      // A variable may hold an absolute path (`$HOME/app`); Windows paths start with a drive letter.
      if (!isRelativePath(path)) continue;
      // Read only now: an instruction works its ranges out on first read. Never null with a path.
      const range = instruction.argsRange;
      if (!range) continue;
      context.report({
        messageId: 'relative',
        range,
        data: { path, suggestion: path.replace(/^\.\/?/, '') || 'app' },
      });
    }
  },
});
