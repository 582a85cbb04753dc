// Two `FROM … AS name` with the same name (case-insensitive): BuildKit refuses the file.
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'duplicate-stage-name',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3024', 'DuplicateStageName'],
    lesson: { question: 5, anchor: 'vi-du-build-ml-model' },
    messages: {
      duplicate: 'Tên stage "{{name}}" đã dùng ở dòng {{firstLine}}: mỗi stage cần một tên riêng.',
    },
  },
  check(context) {
    const stages = context.ast.stages;
    // One stage has nothing to clash with: most files need no map.
    if (stages.length < 2) return;
    // Lower-cased name → the line where it was first given.
    const firstLines = new Map<string, number>();
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i]!;
      if (stage.name === null || !stage.nameRange) continue;
      const key = stage.name.toLowerCase();
      const firstLine = firstLines.get(key);
      if (firstLine === undefined) firstLines.set(key, stage.nameRange.line);
      else context.report({ messageId: 'duplicate', range: stage.nameRange, data: { name: stage.name, firstLine } });
    }
  },
});
