// Documentation of the `base-image-slim` rule: the /rules/base-image-slim/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Stage cuối (image được ship) nên dùng bản nhỏ của image gốc: -slim, -alpine, -runtime.',
  why: 'Theo bảng so sánh trong bài (đo với Python 3.9): python:3.9 nặng 886MB, python:3.9-slim chỉ 151MB. Image nhỏ pull và khởi động nhanh hơn, tốn ít dung lượng registry và có ít gói hệ thống chứa lỗ hổng. Stage builder thì không cần nhỏ, vì nó bị bỏ đi sau khi build.',
  bad: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
  fix: 'Đổi stage cuối sang bản -slim (hoặc -runtime cho pytorch/cuda). Nếu cần công cụ build (gcc, headers), đặt chúng ở một stage builder dùng image đầy đủ rồi COPY --from kết quả sang stage cuối.',
};
