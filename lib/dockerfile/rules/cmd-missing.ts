// An image with no CMD/ENTRYPOINT starts its base's default: a shell or a REPL that exits at once.
import { baseImageOf, defaultCommandOf } from '../images';
import { finalStageOf, instructionsWithParents } from '../query';
import { defineRule } from '../rule';
import type { Instruction } from '../types';

function hasKeyword(instructions: readonly Instruction[], keyword: string, other: string): boolean {
  return instructions.some((instruction) => instruction.keyword === keyword || instruction.keyword === other);
}

export default defineRule({
  meta: {
    id: 'cmd-missing',
    severity: 'info',
    category: 'runtime',
    lesson: { question: 7, anchor: 'dockerfile-checklist-cho-ml-models' },
    messages: {
      missing: 'Stage cuối không có CMD hay ENTRYPOINT: container sẽ chạy lệnh mặc định của "{{image}}" ({{runs}}). Thêm CMD ["…"] để chạy ứng dụng.',
    },
  },
  check(context) {
    const { ast } = context;
    const final = finalStageOf(ast);
    if (!final) return;
    const chain = instructionsWithParents(ast, final);
    if (hasKeyword(chain, 'CMD', 'ENTRYPOINT')) return;
    const root = baseImageOf(ast, final);
    if (!root) return;
    const kind = defaultCommandOf(root);
    // Unknown images may bring their own CMD; services (nginx, postgres) run without one.
    if (kind === null || kind === 'service') return;
    // A python/node image without application files is a tool image: its REPL is the point.
    if (kind === 'interpreter' && !hasKeyword(chain, 'COPY', 'ADD')) return;
    const runs = kind === 'none' ? 'không có lệnh nào, container không khởi động được' : kind === 'shell' ? 'một shell rồi thoát ngay' : 'trình thông dịch rồi thoát ngay';
    context.report({ messageId: 'missing', range: final.from.range, data: { image: root.resolved, runs } });
  },
});
