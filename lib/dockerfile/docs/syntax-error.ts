// Documentation of the `syntax-error` rule: the /rules/syntax-error/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Phát hiện dòng mà Docker không đọc được: lệnh sai tên, thiếu tham số, FROM có chữ thừa (kể cả comment cuối dòng), cặp TÊN=giá-trị thiếu dấu "=" hoặc thiếu tên, HEALTHCHECK thiếu CMD, heredoc chưa đóng, dấu nối dòng ở cuối file.',
  why: 'Một lỗi cú pháp làm `docker build` dừng ngay, trước cả bước đầu tiên. Thấy lỗi ngay trong trình soạn thảo nhanh hơn nhiều so với chờ build thất bại.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt\nRUN pip install --no-cache-dir -r requirements.txt\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
  fix: 'Sửa đúng tên lệnh, thêm tham số còn thiếu (COPY cần nguồn và đích, FROM cần image, EXPOSE cần cổng, ENV cần giá trị), chỉ viết FROM image hoặc FROM image AS tên và đặt comment trên một dòng riêng (Dockerfile không có comment cuối dòng), viết mỗi cặp của ENV, LABEL, ARG thành TÊN=giá-trị, viết HEALTHCHECK CMD trước lệnh kiểm tra (hoặc HEALTHCHECK NONE), đóng heredoc bằng dòng chứa đúng delimiter.',
};
