// Two `FROM … AS name` with the same name (case-insensitive): BuildKit refuses the file.
import { defineRule } from '../rule';
import type { Stage } from '../types';

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
    fixable: false,
  },
  check(context) {
    const stages = context.ast.stages;
    // One stage has nothing to clash with: most files need no map.
    if (stages.length < 2) return;
    const seen = new Map<string, Stage>();
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i]!;
      if (stage.name === null || !stage.nameRange) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first) {
        context.report({
          messageId: 'duplicate',
          range: stage.nameRange,
          data: { name: stage.name, firstLine: first.nameRange?.line ?? first.from.range.line },
        });
      } else {
        seen.set(key, stage);
      }
    }
  },
});
