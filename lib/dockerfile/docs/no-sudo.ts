// Documentation of the `no-sudo` rule: the /rules/no-sudo/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Không dùng `sudo` trong lệnh RUN.',
  why:
    'Khi build, RUN chạy bằng root cho tới khi gặp USER, nên `sudo` là thừa. Tệ hơn, để `sudo` dùng được thì image phải cài sudo và cấu hình quyền cho user thường, tức là user "không phải root" lại có đường leo lên root. sudo còn xử lý tín hiệu và TTY khác thường, gây lỗi khó đoán.',
  bad: 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/* \\\n    && useradd -m appuser && echo "appuser ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/appuser \\\n    && chmod 0440 /etc/sudoers.d/appuser\nUSER appuser\nRUN sudo apt-get update && sudo apt-get install -y --no-install-recommends curl && sudo rm -rf /var/lib/apt/lists/*\n',
  good:
    'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN useradd -m appuser\nUSER appuser\n',
  fix: 'Bỏ `sudo` và chạy các lệnh cần root trước `USER appuser`. Nếu thật sự cần quyền root ở giữa, viết `USER root`, chạy lệnh, rồi `USER appuser` lại.',
};
