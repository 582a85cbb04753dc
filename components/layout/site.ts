// Site-wide names and the public origin used for absolute URLs (Open Graph, sitemap).
export const SITE_NAME = 'Docker cho phỏng vấn MLOps';
/** For narrow screens. */
export const SITE_SHORT_NAME = 'Docker · MLOps';
export const SITE_DESCRIPTION =
  'Khoá học tương tác bằng tiếng Việt: mười câu hỏi phỏng vấn MLOps về Docker và Dockerfile, đọc câu trả lời rồi luyện viết Dockerfile ngay trong trình duyệt.';

/** Set NEXT_PUBLIC_SITE_URL at build time for the deployed origin; localhost otherwise. */
export const SITE_URL = new URL(process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000');
