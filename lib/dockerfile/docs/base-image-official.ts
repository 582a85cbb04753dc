// Documentation of the `base-image-official` rule: the /rules/base-image-official/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Image gốc nên là image chính thức của Docker Hub, của nhà phát hành đã xác minh, hoặc từ registry mà tổ chức tin cậy.',
  why: 'Image gốc chạy mọi thứ trong container của bạn. Image của người lạ có thể chứa mã độc, gói cũ đầy lỗ hổng, hoặc bị bỏ rơi không vá. Image chính thức (python, ubuntu) và image do chính hãng hay dự án phát hành (nvidia/cuda, pytorch/pytorch) được cập nhật bảo mật đều đặn. Quy tắc này tắt trong playground; bài tập câu 10 bật nó lên.',
  bad: 'FROM someuser/python-ml:3.11\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim\nCMD ["python", "app.py"]\n',
  fix: 'Chuyển sang image chính thức tương đương (python, node, ubuntu…) hoặc image do chính hãng phát hành (nvidia/cuda, pytorch/pytorch trên Docker Hub, gcr.io/distroless trên registry của Google). Image nội bộ thì đặt trên registry của tổ chức và khai báo registry đó là tin cậy.',
};
