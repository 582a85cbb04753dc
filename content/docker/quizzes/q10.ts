// Question 10 quiz: security of ML images.
import type { LessonQuiz } from '@/lib/quiz/types';

export const q10: LessonQuiz = {
  id: 'q10',
  question: 10,
  questions: [
    {
      id: 'q10-1',
      kind: 'single',
      prompt: 'Vì sao nên chạy container bằng non-root user?',
      choices: [
        { id: 'a', text: 'Nếu container bị escape, attacker chỉ có quyền của user non-root' },
        { id: 'b', text: 'Để image nhỏ hơn' },
        { id: 'c', text: 'Để build nhanh hơn nhờ cache' },
        { id: 'd', text: 'Vì root không chạy được Python' },
      ],
      answer: 'a',
      explanation: 'Why non-root: nếu container bị escape, attacker bị giới hạn ở quyền non-root; ngăn sửa system files; là container best practice.',
      anchor: 'why-non-root',
    },
    {
      id: 'q10-2',
      kind: 'single',
      prompt: 'Trivy, Snyk và Grype được dùng để làm gì?',
      choices: [
        { id: 'a', text: 'Quét lỗ hổng (vulnerabilities) trong image' },
        { id: 'b', text: 'Ký image' },
        { id: 'c', text: 'Giới hạn CPU của container' },
        { id: 'd', text: 'Nén image cho nhỏ hơn' },
      ],
      answer: 'a',
      explanation: 'Scan for Vulnerabilities: trivy image myapp:latest, Snyk (cloud-based), Grype (Anchore tool); nên chạy trong CI/CD pipeline.',
      anchor: 'scan-for-vulnerabilities',
    },
    {
      id: 'q10-3',
      kind: 'single',
      prompt: 'Quyền truy cập nào bài học khuyên đặt cho file và thư mục trong /app?',
      choices: [
        { id: 'a', text: '777 cho mọi thứ để tránh lỗi quyền' },
        { id: 'b', text: '644 cho file, 755 cho thư mục' },
        { id: 'c', text: '600 cho thư mục, 777 cho file' },
        { id: 'd', text: 'Không cần đặt quyền' },
      ],
      answer: 'b',
      explanation: 'File Permissions and Ownership: find /app -type f -exec chmod 644 … và find /app -type d -exec chmod 755 … để không có file world-writable.',
      anchor: 'file-permissions-and-ownership',
    },
    {
      id: 'q10-4',
      kind: 'single',
      prompt: 'Theo bảng kích thước image, lựa chọn nào nhỏ nhất, giúp thu nhỏ bề mặt tấn công (attack surface)?',
      choices: [
        { id: 'a', text: 'python:3.9 (886MB)' },
        { id: 'b', text: 'python:3.9-slim (151MB)' },
        { id: 'c', text: 'distroless/python3 (30MB)' },
        { id: 'd', text: 'ubuntu:latest (77MB)' },
      ],
      answer: 'c',
      explanation: 'Minimize Attack Surface: chỉ cài thứ cần thiết; tốt hơn nữa là distroless (bare minimum) — distroless/python3 chỉ 30MB.',
      anchor: 'minimize-attack-surface',
    },
    {
      id: 'q10-5',
      kind: 'single',
      prompt: 'Làm sao để image nhận được security patches mới?',
      choices: [
        { id: 'a', text: 'Ghim tag mãi mãi và không bao giờ build lại' },
        { id: 'b', text: 'Rebuild định kỳ (ví dụ hằng tuần) trong CI/CD' },
        { id: 'c', text: 'Chạy container với --read-only' },
        { id: 'd', text: 'Xoá file .dockerignore' },
      ],
      answer: 'b',
      explanation: 'Regular Updates and Patch Management: "Pinned forever, no updates" là BAD; rebuild weekly in CI/CD để lấy security patches (ví dụ GitHub Actions với cron hằng tuần).',
      anchor: 'regular-updates-and-patch-management',
    },
    {
      id: 'q10-6',
      kind: 'dockerfile-findings',
      prompt: 'Dockerfile này có những lỗ hổng bảo mật nào theo bộ phân tích? Chọn tất cả ý đúng.',
      dockerfile: `FROM python:3.9-slim
ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
WORKDIR /app
COPY src/ ./src/
RUN chmod -R 777 /app
CMD ["python", "src/api.py"]`,
      choices: [
        { id: 'a', rule: 'no-secrets', text: 'Secret được hard-code trong ENV' },
        { id: 'b', rule: 'no-world-writable', text: 'File cho mọi user ghi được (chmod 777)' },
        { id: 'c', rule: 'non-root-user', text: 'Chạy bằng root: không có USER' },
        { id: 'd', rule: 'exec-form', text: 'CMD viết ở shell form' },
        { id: 'e', rule: 'curl-pipe-shell', text: 'Tải script rồi pipe thẳng vào shell' },
      ],
      explanation: 'Security Checklist: non-root user (USER), no hardcoded secrets (truyền biến môi trường lúc runtime), file permissions 644/755. CMD đã ở exec form, và Dockerfile không tải script nào.',
      anchor: 'security-checklist',
    },
  ],
};
