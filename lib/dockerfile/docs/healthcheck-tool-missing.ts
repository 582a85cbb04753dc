// Documentation of the `healthcheck-tool-missing` rule: the /rules/healthcheck-tool-missing/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`HEALTHCHECK` chỉ được gọi công cụ có trong image (curl không có sẵn trong `*-slim`, alpine, distroless).',
  why:
    'Lệnh HEALTHCHECK chạy bên trong container. Image `python:*-slim` không có curl, alpine chỉ có wget của busybox, distroless không có cả shell. Khi công cụ không tồn tại, mọi lần kiểm tra đều thất bại: container bị đánh dấu unhealthy dù app vẫn chạy tốt. Docker Engine không tự khởi động lại container unhealthy, nhưng Swarm sẽ thay nó liên tục, và service khai báo `depends_on: condition: service_healthy` trong Compose không bao giờ được khởi động. Lỗi này không lộ ra lúc build.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 8000\nHEALTHCHECK --interval=30s CMD curl -f http://localhost:8000/health || exit 1\nCMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8000"]\n',
  good:
    'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 8000\nHEALTHCHECK --interval=30s CMD curl -f http://localhost:8000/health || exit 1\nCMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8000"]\n',
  fix: 'Cài công cụ trong image cuối (`apt-get install -y --no-install-recommends curl`, `apk add --no-cache curl`), hoặc dùng thứ đã có sẵn: `CMD python -c "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"`.',
};
