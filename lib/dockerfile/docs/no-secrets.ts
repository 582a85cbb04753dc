// Documentation of the `no-secrets` rule: the /rules/no-secrets/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Không ghi mật khẩu, token, API key hay private key thẳng vào Dockerfile.',
  why:
    'Giá trị của ENV và ARG nằm lại trong image và lịch sử build: bất kỳ ai kéo được image đều đọc được bằng `docker history` hay `docker inspect`, kể cả khi một lệnh sau đó "xoá" nó. Dockerfile lại thường được commit lên Git. Mật khẩu hay token nằm trong một URL cũng vậy: `pip install --index-url https://ci:mật-khẩu@pypi.công-ty.vn/simple`, `git clone https://ghp_…@github.com/…` ghi bí mật vào layer và lịch sử build như một giá trị ENV. Bí mật phải được đưa vào lúc chạy hoặc qua secret mount lúc build.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nCOPY src/ ./src/\nCMD ["python", "src/api.py"]\n',
  good:
    'FROM python:3.11-slim\nWORKDIR /app\n# Bí mật được truyền lúc chạy: docker run -e AWS_SECRET_ACCESS_KEY=… hoặc file /run/secrets/…\nENV API_KEY_FILE=/run/secrets/api_key\nCOPY src/ ./src/\nCMD ["python", "src/api.py"]\n',
  fix: 'Xoá giá trị khỏi Dockerfile. Lúc chạy, truyền bằng `docker run -e KEY=…` hoặc secret của Docker/Kubernetes (ứng dụng đọc file theo biến như `API_KEY_FILE` hay `GOOGLE_APPLICATION_CREDENTIALS`: một đường dẫn tuyệt đối không phải bí mật). Nếu bước build cần bí mật, dùng `RUN --mount=type=secret,id=…`. Bí mật đã lộ thì phải thu hồi.',
};
