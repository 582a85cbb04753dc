// Documentation of the `apt-lists-cleanup` rule: the /rules/apt-lists-cleanup/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'RUN có `apt-get install` phải xoá `/var/lib/apt/lists/*` trong chính RUN đó (hoặc dùng cache mount).',
  why: '`apt-get update` tải danh sách gói về `/var/lib/apt/lists` (thường 20–50 MB). Image chạy không cần chúng. Mỗi RUN là một layer: xoá ở một RUN sau chỉ che file đi, dung lượng vẫn nằm trong layer cũ. Chỉ xoá trong cùng RUN mới thật sự giảm kích thước. Quy tắc chỉ xét image được ship (stage cuối và các stage nó kế thừa), không xét stage builder bị bỏ đi.',
  bad: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
  good: 'FROM python:3.11-slim\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n',
  fix: 'Thêm `&& rm -rf /var/lib/apt/lists/*` sau lệnh apt cuối cùng của RUN (quick fix làm việc này). Từ apt 2.7.8 (có trong Debian trixie, Ubuntu 24.04), `apt-get distclean` (hoặc tên khác của nó, `dist-clean`) cuối RUN cũng xoá danh sách gói; `apt-get clean` thì không, nó chỉ xoá file .deb. Cách hiện đại với BuildKit: `RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y …`: danh sách gói nằm trong cache của máy build, không vào image (`sharing=locked` vì apt cần độc quyền dữ liệu của nó khi nhiều build chạy song song). Image Debian/Ubuntu chính thức tự xoá file .deb sau khi cài (`/etc/apt/apt.conf.d/docker-clean`); muốn cache cả file .deb để build sau nhanh hơn thì xoá file cấu hình đó ở một RUN trước, như ví dụ trong tài liệu Dockerfile.',
};
