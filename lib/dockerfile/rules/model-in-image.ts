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
    docs: {
      summary: 'Cân nhắc không chép file model (`*.pt`, `*.onnx`, `models/`…) vào image cuối.',
      why:
        'Model thường nặng hàng trăm MB tới vài GB. Chép vào image làm image phình to, push/pull chậm, tốn chỗ registry, và mỗi lần đổi model phải build lại cả image dù code không đổi. Câu 9 so sánh các cách khác: mount volume (phát triển), tải model lúc container khởi động từ S3/GCS (production), hoặc lấy từ model registry như MLflow. Chép model vào image vẫn hợp lý khi model nhỏ và cần image tự chứa, nên rule này chỉ là gợi ý.',
      bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/ ./src/\nCOPY models/ ./models/\nCMD ["python", "src/serve.py"]\n',
      good:
        'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/ ./src/\n# Model được tải lúc khởi động từ MODEL_URI (S3, GCS hoặc MLflow registry)\nENV MODEL_URI=s3://ml-models/churn/v3/model.onnx\nCMD ["python", "src/serve.py"]\n',
      fix: 'Bỏ lệnh COPY model khỏi image cuối và chọn một chiến lược ở câu 9: `docker run -v ./models:/app/models` khi phát triển, script tải model từ object storage lúc khởi động, hoặc model registry. Nếu vẫn muốn giữ model trong image, đặt nó ở một layer riêng gần cuối để cache tốt.',
    },
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
