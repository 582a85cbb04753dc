// STUB — to be implemented. Spec: a COPY/ADD from the build context of model artefacts (*.pkl, *.pt, *.pth, *.onnx, *.h5, *.safetensors, *.joblib, a model/ or models/ folder) into the final image: question 9's trade-offs (volume, download at start-up, registry)
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'model-in-image',
    severity: 'info',
    category: 'syntax',
    aliases: [],
    lesson: { question: 3, anchor: 'cau-tra-loi' },
    messages: { default: 'TODO' },
    fixable: false,
    docs: { summary: 'TODO', why: 'TODO', bad: 'FROM scratch', good: 'FROM scratch', fix: 'TODO' },
  },
  check() {},
});
