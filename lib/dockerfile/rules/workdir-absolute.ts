// `WORKDIR app` is relative to the previous WORKDIR: where files end up depends on the base image.
import { isRelativePath, unquoteWord } from '../context-sources';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'workdir-absolute',
    category: 'syntax',
    aliases: ['DL3000', 'WorkdirRelativePath'],
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      relative: 'WORKDIR "{{path}}" là đường dẫn tương đối: dùng đường dẫn tuyệt đối như /{{suggestion}} để biết chắc file nằm ở đâu.',
    },
  },
  on: ['WORKDIR'],
  inspect(instruction, context) {
    const path = unquoteWord(instruction.argsText.trim());
    if (path === '') return;
    // A variable may hold an absolute path (`$HOME/app`); Windows paths start with a drive letter.
    if (!isRelativePath(path)) return;
    // Read only now: a range is built on each read. Never null with a path.
    const range = instruction.argsRange;
    if (!range) return;
    context.report({
      messageId: 'relative',
      range,
      data: { path, suggestion: path.replace(/^\.\/?/, '') || 'app' },
    });
  },
});
