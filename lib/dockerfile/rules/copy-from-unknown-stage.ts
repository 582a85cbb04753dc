// `COPY --from=biulder` with no such stage: Docker tries to pull an image named "biulder" and the build fails.
import { copyFromOf } from '../copy-source-stage';
import { defineRule } from '../rule';
import type { DockerfileAst, Stage } from '../types';

/** The stages a COPY in `stage` may read from, for the message. */
function stagesBefore(ast: DockerfileAst, stage: Stage): string {
  const earlier = ast.stages
    .filter((s) => s.index < stage.index)
    .map((s) => s.name ?? String(s.index))
    .join(', ');
  return earlier === '' ? 'chưa có stage nào trước nó' : `các stage trước: ${earlier}`;
}

export default defineRule({
  meta: {
    id: 'copy-from-unknown-stage',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3022'],
    lesson: { question: 5, anchor: 'vi-du-build-ml-model' },
    messages: {
      unknownStage: 'Không có stage nào tên "{{name}}" trước lệnh này ({{stages}}): kiểm tra tên trong FROM … AS.',
      unknownIndex: 'Không có stage số {{name}} trước lệnh này: số thứ tự stage bắt đầu từ 0 và phải là stage đứng trước.',
      laterStage: 'Stage "{{name}}" được khai báo sau lệnh này: COPY --from chỉ lấy được từ stage đứng trước.',
    },
  },
  on: ['COPY'],
  inspect(instruction, context) {
    const copy = copyFromOf(context.ast, instruction);
    if (copy?.source === 'later') {
      context.report({ messageId: 'laterStage', range: copy.range, data: { name: copy.value } });
    } else if (copy?.source === 'unknown') {
      const messageId = /^\d+$/.test(copy.value) ? 'unknownIndex' : 'unknownStage';
      context.report({ messageId, range: copy.range, data: { name: copy.value, stages: stagesBefore(context.ast, copy.stage) } });
    }
  },
});
