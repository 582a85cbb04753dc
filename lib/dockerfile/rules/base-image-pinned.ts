// `FROM python` or `python:latest` changes under you: the same Dockerfile builds a different image next month.
import { isScratch } from '../images';
import { defineRule } from '../rule';
import type { ImageRef } from '../types';

/** `latest` in any case; the length first spares lower-casing (a copy) every pinned tag. */
function isLatest(tag: string): boolean {
  return tag.length === 6 && tag.toLowerCase() === 'latest';
}

/** The image without its tag, as written: `registry/repository`. */
function nameOf(base: ImageRef): string {
  return base.registry ? `${base.registry}/${base.repository}` : base.repository;
}

/** A pinned reference to suggest: the lesson's python:3.11-slim for python, else a placeholder tag. */
function exampleFor(base: ImageRef): string {
  const repository = base.repository.toLowerCase();
  return repository === 'python' || repository === 'library/python' ? 'python:3.11-slim' : `${nameOf(base)}:<phiên bản>`;
}

export default defineRule({
  meta: {
    id: 'base-image-pinned',
    category: 'base-image',
    aliases: ['DL3006', 'DL3007'],
    lesson: { question: 6, anchor: 'use-specific-version-tags' },
    messages: {
      noTag: 'Image gốc "{{image}}" không ghim phiên bản (ngầm hiểu là :latest): thêm tag cụ thể như {{example}}.',
      latest: 'Tag :latest của "{{image}}" thay đổi theo thời gian: ghim phiên bản cụ thể như {{example}}.',
    },
  },
  check(context) {
    const stages = context.ast.stages;
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i]!;
      if (stage.baseStage !== null) continue;
      const base = stage.base;
      // A variable with no default is judged by undefined-arg-in-from; a digest pins exactly.
      if (base.unresolved || base.digest !== null || isScratch(base) || base.repository === '') continue;
      if (base.tag === null) {
        // `FROM builder` where builder is a later stage name is not an image reference either.
        const name = base.repository.toLowerCase();
        if (base.registry === null && stages.some((other) => other.name?.toLowerCase() === name)) continue;
        context.report({ messageId: 'noTag', range: base.range, data: { image: base.resolved, example: exampleFor(base) } });
      } else if (isLatest(base.tag)) {
        context.report({ messageId: 'latest', range: base.tagRange ?? base.range, data: { image: nameOf(base), example: exampleFor(base) } });
      }
    }
  },
});
