// Documentation of the `python-unbuffered` rule: the /rules/python-unbuffered/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Image chạy ứng dụng Python nên đặt `ENV PYTHONUNBUFFERED=1`.',
  why: 'Khi stdout không phải terminal (như trong container), Python gom output vào bộ đệm. Log chỉ xuất hiện trong `docker logs` khi bộ đệm đầy, và mất hẳn nếu container bị kill. Bài học (câu 7, Environment Variables) đặt PYTHONUNBUFFERED=1 trong mọi Dockerfile ML.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
  fix: 'Thêm `ENV PYTHONUNBUFFERED=1` ngay sau FROM của stage cuối (hoặc chạy `python -u`).',
};
