// MAINTAINER was deprecated in Docker 1.13: LABEL maintainer is searchable with `docker inspect`.
import { inCaseOf } from '../keyword-casing';
import { spanning } from '../packages';
import { defineRule } from '../rule';

/** A LABEL value in double quotes, with what would be expanded or end the string escaped. */
function quoted(value: string): string {
  return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}

export default defineRule({
  meta: {
    id: 'maintainer-deprecated',
    category: 'syntax',
    aliases: ['DL4000', 'MaintainerDeprecated'],
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      deprecated: 'MAINTAINER đã lỗi thời: dùng LABEL maintainer="…" (xem được bằng docker inspect).',
    },
    fixable: true,
  },
  on: ['MAINTAINER'],
  inspect(instruction, context) {
    const value = instruction.argsText.trim().replace(/^"(.*)"$/, '$1');
    // Read once: a range is built on each read.
    const keywordRange = instruction.keywordRange;
    const argsRange = instruction.argsRange;
    const fix =
      value === '' || !argsRange
        ? undefined
        : {
            title: 'Đổi thành LABEL maintainer',
            edits: [
              {
                range: spanning(keywordRange, argsRange),
                text: `${inCaseOf(instruction, 'LABEL')} maintainer=${quoted(value)}`,
              },
            ],
          };
    context.report({ messageId: 'deprecated', range: keywordRange, data: undefined, fix });
  },
});
