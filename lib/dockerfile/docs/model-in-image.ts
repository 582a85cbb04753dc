// Documentation of the `model-in-image` rule: the /rules/model-in-image/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Cân nhắc không chép file model (`*.pt`, `*.onnx`, `models/`…) vào image cuối.',
  why:
    'Model thường nặng hàng trăm MB tới vài GB. Chép vào image làm image phình to, push/pull chậm, tốn chỗ registry, và mỗi lần đổi model phải build lại cả image dù code không đổi. Câu 9 so sánh các cách khác: mount volume (phát triển), tải model lúc container khởi động từ S3/GCS (production), hoặc lấy từ model registry như MLflow. Chép model vào image vẫn hợp lý khi model nhỏ và cần image tự chứa, nên rule này chỉ là gợi ý.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/ ./src/\nCOPY models/ ./models/\nCMD ["python", "src/serve.py"]\n',
  good:
    'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/ ./src/\n# Model được tải lúc khởi động từ MODEL_URI (S3, GCS hoặc MLflow registry)\nENV MODEL_URI=s3://ml-models/churn/v3/model.onnx\nCMD ["python", "src/serve.py"]\n',
  fix: 'Bỏ lệnh COPY model khỏi image cuối và chọn một chiến lược ở câu 9: `docker run -v ./models:/app/models` khi phát triển, script tải model từ object storage lúc khởi động, hoặc model registry. Nếu vẫn muốn giữ model trong image, đặt nó ở một layer riêng gần cuối để cache tốt.',
};
