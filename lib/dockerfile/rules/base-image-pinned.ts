// `FROM python` or `python:latest` changes under you: the same Dockerfile builds a different image next month.
import { isScratch } from '../images';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'base-image-pinned',
    severity: 'warning',
    category: 'base-image',
    aliases: ['DL3006', 'DL3007'],
    lesson: { question: 6, anchor: 'use-specific-version-tags' },
    messages: {
      noTag: 'Image gốc "{{image}}" không ghim phiên bản (ngầm hiểu là :latest): thêm tag cụ thể như {{example}}.',
      latest: 'Tag :latest của "{{image}}" thay đổi theo thời gian: ghim phiên bản cụ thể như {{example}}.',
    },
    fixable: false,
  },
  check(context) {
    for (const stage of context.ast.stages) {
      if (stage.baseStage !== null) continue;
      const base = stage.base;
      // A variable with no default is judged by undefined-arg-in-from; a digest pins exactly.
      if (base.unresolved || base.digest !== null || isScratch(base) || base.repository === '') continue;
      const repository = base.repository.toLowerCase();
      // `FROM builder` where builder is a later stage name is not an image reference either.
      if (context.ast.stages.some((s) => s.name?.toLowerCase() === repository && base.registry === null && base.tag === null)) continue;
      const name = base.registry ? `${base.registry}/${base.repository}` : base.repository;
      const example = repository === 'python' || repository === 'library/python' ? 'python:3.11-slim' : `${name}:<phiên bản>`;
      if (base.tag === null) {
        context.report({ messageId: 'noTag', range: base.range, data: { image: base.resolved, example } });
      } else if (base.tag.toLowerCase() === 'latest') {
        context.report({ messageId: 'latest', range: base.tagRange ?? base.range, data: { image: name, example } });
      }
    }
  },
});
