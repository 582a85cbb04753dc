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
      unofficial: 'Image gốc "{{image}}" không phải image chính thức hay của nhà phát hành đã xác minh: dùng image chính thức (python:3.11-slim) hoặc image từ registry tin cậy của tổ chức.',
    },
    fixable: false,
    docs: {
      summary: 'Image gốc nên là image chính thức của Docker Hub, của nhà phát hành đã xác minh, hoặc từ registry mà tổ chức tin cậy.',
      why: 'Image gốc chạy mọi thứ trong container của bạn. Image của người lạ có thể chứa mã độc, gói cũ đầy lỗ hổng, hoặc bị bỏ rơi không vá. Image chính thức (python, ubuntu) và nhà phát hành đã xác minh (nvidia, pytorch) được cập nhật bảo mật đều đặn.',
      bad: 'FROM someuser/python-ml:3.11\nCMD ["python", "app.py"]\n',
      good: 'FROM python:3.11-slim\nCMD ["python", "app.py"]\n',
      fix: 'Chuyển sang image chính thức tương đương (python, node, ubuntu…) hoặc image của nhà phát hành đã xác minh (nvidia/cuda, pytorch/pytorch, gcr.io/distroless). Image nội bộ thì đặt trên registry của tổ chức và khai báo registry đó là tin cậy.',
    },
    defaultEnabled: false,
  },
  check(context) {
    const trusted = context.options.trustedRegistries ?? [];
    for (const stage of context.ast.stages) {
      if (stage.baseStage !== null) continue;
      const base = stage.base;
      if (base.unresolved || base.repository === '' || isScratch(base)) continue;
      if (isOfficialImage(base) || isVerifiedPublisher(base) || isTrustedBy(base, trusted)) continue;
      context.report({ messageId: 'unofficial', range: base.range, data: { image: base.resolved } });
    }
  },
});
