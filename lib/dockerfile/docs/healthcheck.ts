// Documentation of the `healthcheck` rule: the /rules/healthcheck/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Image phục vụ request (có EXPOSE hoặc chạy server) cần có `HEALTHCHECK`.',
  why:
    'Không có HEALTHCHECK, Docker coi container "khoẻ" miễn là tiến trình còn sống, kể cả khi model chưa load xong, app bị treo hay hết bộ nhớ. Với HEALTHCHECK, `docker ps` hiện (healthy)/(unhealthy) và orchestrator có thể khởi động lại container hỏng hoặc không gửi traffic tới nó. `HEALTHCHECK NONE` là lựa chọn có chủ ý (ví dụ Kubernetes đã có probe riêng) và được chấp nhận.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 8000\nCMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8000"]\n',
  good:
    'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 8000\nHEALTHCHECK --interval=30s --timeout=10s --retries=3 \\\n    CMD python -c "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')" || exit 1\nCMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8000"]\n',
  fix: 'Thêm `HEALTHCHECK --interval=30s --timeout=10s CMD <lệnh kiểm tra> || exit 1` gọi một endpoint nhẹ như `/health` (mặc định: interval 30s, timeout 30s, start-period 0s, retries 3). Model cần thời gian load thì thêm `--start-period=60s`: các lần kiểm tra lỗi trong khoảng đó không bị tính. Dùng công cụ có sẵn trong image (python, hoặc curl nếu đã cài). Server ML thường có sẵn endpoint: MLflow `/health`, TorchServe `/ping` (cổng 8080), Triton `/v2/health/ready`, TensorFlow Serving `/v1/models/<tên model>`, Streamlit `/_stcore/health`. Database kiểm tra bằng công cụ của chính nó (`pg_isready`, `redis-cli ping`). Nếu nền tảng đã có probe riêng, ghi rõ `HEALTHCHECK NONE`.',
};
