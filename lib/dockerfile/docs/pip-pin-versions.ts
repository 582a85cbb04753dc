// Documentation of the `pip-pin-versions` rule: the /rules/pip-pin-versions/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`pip install tên-gói` phải có phiên bản (`numpy==1.26.4`), hoặc cài từ `requirements.txt` đã ghim.',
  why: 'Không ghim phiên bản thì hai lần build cùng một Dockerfile có thể ra hai image khác nhau: thư viện ra bản mới (nhất là bản major) có thể làm model cho kết quả khác hoặc làm API lỗi, mà không ai sửa dòng nào. Trong MLOps, tái lập được môi trường là điều kiện để tái lập được kết quả.',
  bad: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir numpy pandas\n',
  good: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir numpy==1.26.4 pandas==2.2.2\n',
  fix: 'Viết `gói==phiên-bản` (hoặc một khoảng như `>=2.0,<3`), hay tốt hơn: ghim tất cả trong `requirements.txt` (ví dụ sinh bằng `pip freeze` hoặc `pip-compile`) rồi `pip install -r requirements.txt`. Một file ràng buộc (`pip install -c constraints.txt tên-gói`) cũng ghim phiên bản cho mọi gói của lệnh đó. Nâng cấp chính pip (`pip install --upgrade pip`) thì không cần ghim.',
};
