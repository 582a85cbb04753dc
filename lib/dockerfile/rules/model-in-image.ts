// Model weights baked into the image make every build, push and pull carry gigabytes that rarely change.
import { shippedStages } from '../query';
import { defineRule } from '../rule';
import type { Instruction } from '../types';

const MODEL_FILE = /\.(pkl|pickle|pt|pth|onnx|h5|hdf5|keras|safetensors|joblib|ckpt|gguf)$/i;
const MODEL_FOLDER = /^models?$/i;
const SURROUNDING_QUOTES = /^["']|["']$/g;
const URL = /^[a-z]+:\/\//i;

/** The path without a leading or trailing quote (either, independently, as the word was written). */
function unquote(value: string): string {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  // Most words carry no quote: the char check spares the regex.
  if (first !== 34 && first !== 39 && last !== 34 && last !== 39) return value;
  return value.replace(SURROUNDING_QUOTES, '');
}

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

function copiesFromStage(instruction: Instruction): boolean {
  const flags = instruction.flags;
  for (let i = 0; i < flags.length; i++) if (flags[i]!.name === 'from') return true;
  return false;
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
        if (copiesFromStage(instruction)) continue;
        const json = instruction.json;
        // Every word but the last (the destination); a JSON value's range is built only to report.
        const count = (json ? json.values.length : instruction.args.length) - 1;
        for (let w = 0; w < count; w++) {
          const path = unquote(json ? json.values[w]! : instruction.args[w]!.value);
          if (!isModel(path)) continue;
          const range = json ? (json.valueRanges[w] ?? json.range) : instruction.args[w]!.range;
          context.report({ messageId: 'modelCopied', range, data: { source: path } });
        }
      }
    }
  },
});
