// Documentation of the `secret-arg` rule: the /rules/secret-arg/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Không đưa bí mật vào qua ARG hay ENV: dùng secret mount của BuildKit.',
  why:
    'Giá trị của `--build-arg` được ghi vào lịch sử image (`docker history`), và ENV thì nằm trong cấu hình của mọi container chạy từ image. Một token đưa vào theo cách đó coi như đã lộ cho bất kỳ ai kéo được image. `RUN --mount=type=secret` chỉ gắn bí mật vào đúng một lệnh RUN và không để lại dấu vết trong layer.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY download_model.py serve.py ./\nARG HF_TOKEN\nRUN HF_TOKEN=$HF_TOKEN python download_model.py\nCMD ["python", "serve.py"]\n',
  good:
    'FROM python:3.11-slim\nWORKDIR /app\nCOPY download_model.py serve.py ./\nRUN --mount=type=secret,id=hf_token HF_TOKEN=$(cat /run/secrets/hf_token) python download_model.py\nCMD ["python", "serve.py"]\n',
  fix: 'Xoá ARG/ENV đó. Build bằng `docker build --secret id=hf_token,env=HF_TOKEN .` và đọc bí mật trong đúng lệnh cần nó: `RUN --mount=type=secret,id=hf_token …` (file ở `/run/secrets/hf_token`). Lúc chạy, truyền bằng `docker run -e`.',
};
