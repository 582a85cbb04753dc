// `COPY . .` sends and copies everything in the folder: .git history, .env secrets, caches, data.
// A `.dockerignore` is what keeps them out; without one (or with one that misses them) they ship.
import { contextSources, isWholeContext } from '../context-sources';
import { parseDockerignore } from '../dockerignore';
import { defineRule } from '../rule';
import type { Token } from '../types';

/** What a `.dockerignore` for a Python/Node ML project must at least leave out. */
const ESSENTIALS = ['.git', '.env', '__pycache__', 'node_modules'];

export default defineRule({
  meta: {
    id: 'dockerignore-missing',
    severity: 'warning',
    category: 'layers',
    aliases: [],
    lesson: { question: 6, anchor: 'dockerignore-file' },
    messages: {
      missing:
        '{{instruction}} {{source}} chép toàn bộ build context nhưng không có .dockerignore: .git, .env, __pycache__, dữ liệu… đều vào image. Thêm file .dockerignore.',
      weak: '.dockerignore không loại trừ .git, .env, __pycache__ hay node_modules: {{instruction}} {{source}} vẫn chép chúng vào image. Thêm các dòng đó vào .dockerignore.',
    },
    fixable: false,
    docs: {
      summary: 'Khi chép cả build context (`COPY . .`), phải có `.dockerignore` loại trừ `.git`, `.env`, cache…',
      why: '`COPY . .` chép mọi thứ trong thư mục build: lịch sử `.git` (có thể hàng trăm MB), file `.env` chứa mật khẩu, `__pycache__`, notebook, dữ liệu thô. Image to hơn, build chậm hơn (Docker gửi cả context cho builder), cache bị phá mỗi khi một file không liên quan đổi, và bí mật bị lộ cho ai kéo được image. Trình phân tích xét `.dockerignore` ở tab riêng trong editor (CLI: `--dockerignore`).',
      bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
      good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/ ./src/\nCMD ["python", "src/app.py"]\n',
      fix: 'Tạo `.dockerignore` cạnh Dockerfile, tối thiểu:\n```\n.git\n.env\n__pycache__\n*.pyc\n.venv\nnode_modules\n```\nhoặc chỉ COPY đúng những thư mục cần (`COPY src/ ./src/`).',
    },
  },
  check(context) {
    let wholeCopy: { keyword: string; source: Token } | undefined;
    for (const instruction of context.ast.instructions) {
      const source = contextSources(instruction).find((s) => isWholeContext(s.value));
      if (source) {
        wholeCopy = { keyword: instruction.keyword, source };
        break;
      }
    }
    if (!wholeCopy) return;
    const data = { instruction: wholeCopy.keyword, source: wholeCopy.source.value };
    const { dockerignore } = context.options;
    if (dockerignore === undefined) {
      context.report({ messageId: 'missing', range: wholeCopy.source.range, data });
      return;
    }
    const matcher = parseDockerignore(dockerignore);
    if (ESSENTIALS.some((path) => matcher.isExcluded(path))) return;
    context.report({ messageId: 'weak', range: wholeCopy.source.range, data, severity: 'info' });
  },
});
