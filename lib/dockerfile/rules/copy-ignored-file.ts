// A COPY of a path that .dockerignore leaves out of the build context fails ("not found") or
// silently copies nothing: the two files disagree and the learner cannot see why.
import { contextSources, isWholeContext } from '../context-sources';
import { parseDockerignore } from '../dockerignore';
import { defineRule } from '../rule';

/**
 * The path that decides whether a source is ignored: the source itself, or for a wildcard source
 * (`data/*.csv`) the literal folder before the first wildcard: every match lives under it.
 */
function decidingPath(source: string): string | null {
  const segments = source.split('/');
  const wild = segments.findIndex((segment) => /[*?[]/.test(segment));
  if (wild < 0) return source;
  const folder = segments.slice(0, wild).join('/');
  return folder.replace(/^\.?\/*/, '') === '' ? null : folder;
}

export default defineRule({
  meta: {
    id: 'copy-ignored-file',
    category: 'layers',
    aliases: ['CopyIgnoredFile'],
    lesson: { question: 8, anchor: 'use-dockerignore' },
    messages: {
      ignored:
        '{{instruction}} {{source}}: đường dẫn này bị .dockerignore loại (dòng {{line}}: "{{pattern}}") nên không có trong build context; build sẽ lỗi hoặc chép thiếu. Sửa .dockerignore (thêm !{{source}}) hoặc bỏ lệnh chép này.',
    },
  },
  check(context) {
    const { dockerignore } = context.options;
    if (dockerignore === undefined) return;
    const matcher = parseDockerignore(dockerignore);
    if (matcher.patterns.length === 0) return;
    for (const instruction of context.ast.instructions) {
      for (const source of contextSources(instruction)) {
        if (isWholeContext(source.value) || source.value.includes('$')) continue;
        const path = decidingPath(source.value);
        const pattern = path === null ? null : matcher.excludingPattern(path);
        if (!pattern) continue;
        context.report({
          messageId: 'ignored',
          range: source.range,
          data: { instruction: instruction.keyword, source: source.value, line: pattern.line, pattern: pattern.pattern },
        });
      }
    }
  },
});
