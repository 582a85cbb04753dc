// Documentation of the `pipefail` rule: the /rules/pipefail/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Bật `pipefail` khi RUN dùng pipe, để lỗi ở giữa pipe làm build thất bại.',
  why:
    'Shell mặc định của RUN là `/bin/sh -c`, và mã thoát của một pipe là mã của lệnh cuối cùng. `curl -fsSL url | sort -u > /opt/labels.txt` vẫn "thành công" khi curl lỗi mạng: `sort` nhận đầu vào rỗng, ghi ra một file rỗng và thoát 0, để lại một image thiếu dữ liệu mà không ai hay. Với `pipefail`, bất kỳ lệnh nào trong pipe lỗi đều làm RUN lỗi.',
  bad: 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSL https://example.com/labels.txt | sort -u > /opt/labels.txt\n',
  good:
    'FROM ubuntu:22.04\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSL https://example.com/labels.txt | sort -u > /opt/labels.txt\n',
  fix: 'Đặt `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` trước các RUN có pipe (image cần có bash; với Alpine dùng `["/bin/ash", "-eo", "pipefail", "-c"]`), hoặc mở đầu lệnh bằng `set -o pipefail &&` nếu `/bin/sh` hỗ trợ: dash từ Debian 13 (trixie) và Ubuntu 25.04 trở đi có, còn Debian 12 và Ubuntu 22.04/24.04 thì không (RUN sẽ lỗi "Illegal option -o pipefail").',
};
