// Model weights baked into the image make every build, push and pull carry gigabytes that rarely change.
import { shippedStages } from '../query';
import { defineRule } from '../rule';

const MODEL_FILE = /\.(pkl|pickle|pt|pth|onnx|h5|hdf5|keras|safetensors|joblib|ckpt|gguf)$/i;
const MODEL_FOLDER = /^models?$/i;

export default defineRule({
  meta: {
    id: 'model-in-image',
    severity: 'info',
    category: 'runtime',
    aliases: [],
    lesson: { question: 9, anchor: 'cac-chien-luoc' },
    messages: {
      modelCopied:
        '"{{source}}" chép model vào image cuối: mỗi lần build/push/pull đều mang theo file nặng, và đổi model là phải build lại. Cân nhắc mount volume, tải model lúc khởi động, hoặc lấy từ model registry (câu 9).',
    },
    fixable: false,
  },
  check(context) {
    for (const stage of shippedStages(context.ast)) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
        if (instruction.flags.some((f) => f.name === 'from')) continue;
        const json = instruction.json;
        const sources = json
          ? json.values.slice(0, -1).map((value, i) => ({ value, range: json.valueRanges[i] ?? json.range }))
          : instruction.args.slice(0, -1);
        for (const source of sources) {
          const path = source.value.replace(/^["']|["']$/g, '');
          if (/^[a-z]+:\/\//i.test(path)) continue;
          const name = path.replace(/\/+$/, '').split('/').pop() ?? '';
          if (!MODEL_FILE.test(name) && !MODEL_FOLDER.test(name)) continue;
          context.report({ messageId: 'modelCopied', range: source.range, data: { source: path } });
        }
      }
    }
  },
});
