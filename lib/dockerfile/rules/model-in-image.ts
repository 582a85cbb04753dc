// Model weights baked into the image make every build, push and pull carry gigabytes that rarely change.
import { pathsPassing, readsContext } from '../context-sources';
import { shippedStages } from '../query';
import { defineRule } from '../rule';

/** A last path segment (trailing slashes ignored) naming model weights or a `model`/`models` folder. */
const MODEL_PATH = /(?:^|\/)(?:models?|[^/]*\.(?:pkl|pickle|pt|pth|onnx|h5|hdf5|keras|safetensors|joblib|ckpt|gguf))\/*$/i;
const URL = /^[a-z]+:\/\//i;

/** Whether a COPY/ADD source path names model weights or a model folder. */
function isModel(path: string): boolean {
  return MODEL_PATH.test(path) && !(path.includes('://') && URL.test(path));
}

export default defineRule({
  meta: {
    id: 'model-in-image',
    severity: 'info',
    category: 'runtime',
    lesson: { question: 9, anchor: 'cac-chien-luoc' },
    messages: {
      modelCopied:
        '"{{source}}" chép model vào image cuối: mỗi lần build/push/pull đều mang theo file nặng, và đổi model là phải build lại. Cân nhắc mount volume, tải model lúc khởi động, hoặc lấy từ model registry (câu 9).',
    },
  },
  check(context) {
    const stages = shippedStages(context.ast);
    for (let s = 0; s < stages.length; s++) {
      const instructions = stages[s]!.instructions;
      for (let i = 0; i < instructions.length; i++) {
        const instruction = instructions[i]!;
        if (!readsContext(instruction)) continue;
        const models = pathsPassing(instruction, isModel);
        if (models) for (const model of models) context.report({ messageId: 'modelCopied', range: model.range, data: { source: model.value } });
      }
    }
  },
});
