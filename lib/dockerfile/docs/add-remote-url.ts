// Documentation of the `add-remote-url` rule: the /rules/add-remote-url/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`ADD https://…` phải kèm `--checksum` để file tải về không bị tráo.',
  why:
    'File tải từ Internet lúc build có thể đổi nội dung bất cứ lúc nào: bản phát hành bị ghi đè, CDN bị chiếm, hay kẻ tấn công chen vào giữa. Không kiểm tra checksum thì image build hôm nay và hôm sau có thể khác nhau mà không ai biết: đó là lỗ hổng chuỗi cung ứng (supply chain). `--checksum` làm build dừng lại nếu file khác với bản bạn đã kiểm tra.',
  bad: 'FROM python:3.11-slim\nADD https://example.com/models/resnet50.onnx /models/resnet50.onnx\n',
  good:
    'FROM python:3.11-slim\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/models/resnet50.onnx /models/resnet50.onnx\n',
  fix: 'Tính sha256 của file một lần (`sha256sum file`) rồi viết `ADD --checksum=sha256:<giá trị> <url> <đích>`. Cách khác: `RUN curl -fsSLo file <url> && echo "<sha256>  file" | sha256sum -c -`.',
};
