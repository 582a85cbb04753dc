// Question 10: an unknown publisher's image can carry anything. Off in the playground; exercises
// whose rubric asks for it (and the options) turn it on.
import { isOfficialImage, isScratch, isTrustedBy, isVerifiedPublisher } from '../images';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'base-image-official',
    severity: 'info',
    category: 'base-image',
    aliases: ['DL3026'],
    lesson: { question: 10, anchor: 'use-official-base-images' },
    messages: {
      unofficial: 'Image gốc "{{image}}" không phải image chính thức hay của nhà phát hành đã xác minh: dùng image chính thức hoặc từ registry tin cậy của tổ chức.',
    },
    defaultEnabled: false,
  },
  check(context) {
    const trusted = context.options.trustedRegistries ?? [];
    const stages = context.ast.stages;
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i]!;
      if (stage.baseStage !== null) continue;
      const base = stage.base;
      if (base.unresolved || base.repository === '' || isScratch(base)) continue;
      if (isOfficialImage(base) || isVerifiedPublisher(base) || isTrustedBy(base, trusted)) continue;
      context.report({ messageId: 'unofficial', range: base.range, data: { image: base.resolved } });
    }
  },
});
