// A file downloaded at build time with no checksum can change (or be tampered with) between builds.
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'add-remote-url',
    severity: 'info',
    category: 'security',
    aliases: [],
    lesson: { question: 10, anchor: 'cau-tra-loi' },
    messages: {
      noChecksum:
        'ADD tải {{url}} mà không kiểm tra checksum: file có thể bị đổi hoặc giả mạo giữa các lần build. Thêm --checksum=sha256:… (hoặc tải bằng curl rồi kiểm tra sha256sum).',
    },
    fixable: false,
    docs: {
      summary: '`ADD https://…` phải kèm `--checksum` để file tải về không bị tráo.',
      why:
        'File tải từ Internet lúc build có thể đổi nội dung bất cứ lúc nào: bản phát hành bị ghi đè, CDN bị chiếm, hay kẻ tấn công chen vào giữa. Không kiểm tra checksum thì image build hôm nay và hôm sau có thể khác nhau mà không ai biết: đó là lỗ hổng chuỗi cung ứng (supply chain). `--checksum` làm build dừng lại nếu file khác với bản bạn đã kiểm tra.',
      bad: 'FROM python:3.11-slim\nADD https://example.com/models/resnet50.onnx /models/resnet50.onnx\n',
      good:
        'FROM python:3.11-slim\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/models/resnet50.onnx /models/resnet50.onnx\n',
      fix: 'Tính sha256 của file một lần (`sha256sum file`) rồi viết `ADD --checksum=sha256:<giá trị> <url> <đích>`. Cách khác: `RUN curl -fsSLo file <url> && echo "<sha256>  file" | sha256sum -c -`.',
    },
  },
  check(context) {
    for (const instruction of context.ast.instructions) {
      if (instruction.keyword !== 'ADD' || instruction.flags.some((f) => f.name === 'checksum')) continue;
      const json = instruction.json;
      const words = json
        ? json.values.slice(0, -1).map((value, i) => ({ value, range: json.valueRanges[i] ?? json.range }))
        : instruction.args.slice(0, -1);
      for (const word of words) {
        const url = word.value.replace(/^["']|["']$/g, '');
        // Git references are pinned by commit, not by checksum: a different question.
        if (!/^https?:\/\//i.test(url) || /\.git(#.*)?$/i.test(url)) continue;
        context.report({ messageId: 'noChecksum', range: word.range, data: { url } });
      }
    }
  },
});
