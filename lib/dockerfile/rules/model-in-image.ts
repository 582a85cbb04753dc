// Model weights baked into the image make every build, push and pull carry gigabytes that rarely change.
import { hasCopyFlag, pathsPassing } from '../context-sources';
import { shippedStages } from '../query';
import { defineRule } from '../rule';

const MODEL_FILE = /\.(pkl|pickle|pt|pth|onnx|h5|hdf5|keras|safetensors|joblib|ckpt|gguf)$/i;
const MODEL_FOLDER = /^models?$/i;
const URL = /^[a-z]+:\/\//i;

/** The last segment of a path, trailing slashes ignored: `models/` → `models`, `a/b.pt` → `b.pt`. */
function lastSegment(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  const start = path.lastIndexOf('/', end - 1) + 1;
  return start === 0 && end === path.length ? path : path.slice(start, end);
}

/** Whether a COPY/ADD source path names model weights or a model folder. */
function isModel(path: string): boolean {
  if (path.includes('://') && URL.test(path)) return false;
  const name = lastSegment(path);
  return MODEL_FILE.test(name) || MODEL_FOLDER.test(name);
}

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
    const stages = shippedStages(context.ast);
    for (let s = 0; s < stages.length; s++) {
      const instructions = stages[s]!.instructions;
      for (let i = 0; i < instructions.length; i++) {
        const instruction = instructions[i]!;
        if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
        if (hasCopyFlag(instruction, 'from')) continue;
        const models = pathsPassing(instruction, isModel);
        if (models) for (const model of models) context.report({ messageId: 'modelCopied', range: model.range, data: { source: model.value } });
      }
    }
  },
});
