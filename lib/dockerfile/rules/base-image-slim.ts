// The shipped image starts from a full-size base although a smaller variant exists (question 6's table).
import { isPythonApp } from '../python-app';
import { slimmerVariant } from '../images';
import { shippedStages } from '../query';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'base-image-slim',
    severity: 'info',
    category: 'base-image',
    aliases: [],
    lesson: { question: 6, anchor: 'chon-base-image-nho' },
    messages: {
      smaller: 'Image "{{image}}" ({{fromSize}}) có bản nhỏ hơn: {{smaller}} ({{toSize}}). Image cuối nhỏ thì pull nhanh, khởi động nhanh và ít lỗ hổng hơn.',
    },
    fixable: false,
    docs: {
      summary: 'Stage cuối (image được ship) nên dùng bản nhỏ của image gốc: -slim, -alpine, -runtime.',
      why: 'Theo bảng so sánh trong bài: python:3.9 nặng 886MB, python:3.9-slim chỉ 151MB. Image nhỏ pull và khởi động nhanh hơn, tốn ít dung lượng registry và có ít gói hệ thống chứa lỗ hổng. Stage builder thì không cần nhỏ, vì nó bị bỏ đi sau khi build.',
      bad: 'FROM python:3.9\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
      good: 'FROM python:3.9-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
      fix: 'Đổi stage cuối sang bản -slim (hoặc -runtime cho pytorch/cuda). Nếu cần công cụ build (gcc, headers), đặt chúng ở một stage builder dùng image đầy đủ rồi COPY --from kết quả sang stage cuối.',
    },
  },
  check(context) {
    const { ast } = context;
    const stages = shippedStages(ast);
    const pythonApp = isPythonApp(ast, stages);
    for (const stage of stages) {
      if (stage.baseStage !== null) continue;
      const variant = slimmerVariant(stage.base, { pythonApp });
      if (!variant) continue;
      context.report({
        messageId: 'smaller',
        range: stage.base.range,
        data: { image: stage.base.resolved, fromSize: variant.fromSize, smaller: variant.image, toSize: variant.toSize },
      });
    }
  },
});
