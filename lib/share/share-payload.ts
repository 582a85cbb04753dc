// What an assignment or result link carries, and how it is checked. The payload comes from a URL anyone
// can edit, so every field is validated and capped, unknown fields are refused, and there is no score:
// a result is always re-graded from its Dockerfile when opened.
import { z } from 'zod';
import type { Rubric } from '@/lib/dockerfile/rubric';

export const SHARE_VERSION = 1;

export const SHARE_LIMITS = {
  /** Characters after `#` in the link: long links break in chat apps and e-mail. */
  linkChars: 8000,
  /** Characters of the decompressed JSON, checked before parsing it. */
  jsonChars: 60_000,
  dockerfile: 20_000,
  dockerignore: 4000,
  note: 1000,
  name: 80,
  slug: 40,
} as const;

const slug = (max: number = SHARE_LIMITS.slug) =>
  z.string().max(max).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const paramValue = z.union([z.string().max(200), z.number().finite(), z.boolean(), z.array(z.string().max(200)).max(20)]);

const rubricSchema = z.strictObject({
  checklists: z.array(slug(64)).max(20),
  items: z.array(slug(64)).max(200).optional(),
  requirements: z
    .array(
      z.strictObject({
        id: slug(64),
        params: z.record(z.string().max(40).regex(/^[A-Za-z][\w-]*$/), paramValue).optional(),
      }),
    )
    .max(30),
  enable: z.array(slug(64)).max(60).optional(),
});

export const sharePayloadSchema = z.strictObject({
  v: z.literal(SHARE_VERSION),
  kind: z.enum(['assignment', 'result']),
  chapter: slug(),
  exercise: slug(),
  files: z.strictObject({
    Dockerfile: z.string().min(1).max(SHARE_LIMITS.dockerfile),
    '.dockerignore': z.string().max(SHARE_LIMITS.dockerignore).optional(),
  }),
  rubric: rubricSchema.optional(),
  note: z.string().trim().max(SHARE_LIMITS.note).optional(),
  name: z.string().trim().min(1).max(SHARE_LIMITS.name).optional(),
  /** Result only: the learner's browser had recorded that the reference solution was opened. Absent from older links. */
  solutionSeen: z.literal(true).optional(),
}).refine((payload) => payload.kind === 'result' || payload.solutionSeen === undefined, { path: ['solutionSeen'] });

export type SharePayload = z.infer<typeof sharePayloadSchema>;
export type ShareKind = SharePayload['kind'];

// The schema's rubric must stay assignable to the grader's Rubric: a type error here means they drifted.
const rubricFitsGrader: (rubric: z.infer<typeof rubricSchema>) => Rubric = (rubric) => rubric;
void rubricFitsGrader;

export type ShareParseResult = { ok: true; payload: SharePayload } | { ok: false; error: string };

const FIELD_NAMES: Record<string, string> = {
  v: 'phiên bản (v)',
  kind: 'loại liên kết (kind)',
  chapter: 'chương (chapter)',
  exercise: 'bài tập (exercise)',
  files: 'tệp (files)',
  'files.Dockerfile': 'Dockerfile',
  'files..dockerignore': '.dockerignore',
  rubric: 'bảng tiêu chí (rubric)',
  note: 'lời nhắn (note)',
  name: 'tên học viên (name)',
  solutionSeen: 'đã xem lời giải (solutionSeen)',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'văn bản',
  number: 'một số',
  boolean: 'true hoặc false',
  object: 'một đối tượng',
  array: 'một danh sách',
};

function fieldName(path: PropertyKey[]): string {
  const key = path.map(String).join('.');
  return `“${FIELD_NAMES[key] ?? key}”`;
}

/** One Vietnamese sentence for the first problem zod found; the input is never echoed. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `liên kết có trường lạ “${issue.keys.map((key) => key.slice(0, 30)).join('”, “')}”${issue.path.length ? ` trong ${field}` : ''}`;
    case 'invalid_type':
      return issue.input === undefined ? `thiếu trường ${field}` : `trường ${field} phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `trường ${field} quá dài (tối đa ${Number(issue.maximum).toLocaleString('vi-VN')} ký tự)`
        : `trường ${field} có quá nhiều phần tử (tối đa ${String(issue.maximum)})`;
    case 'too_small':
      return `trường ${field} không được để trống`;
    case 'invalid_value':
      return issue.path[0] === 'kind'
        ? `trường ${field} phải là "assignment" (bài giao) hoặc "result" (kết quả)`
        : `trường ${field} có giá trị không hợp lệ`;
    case 'invalid_format':
      return `trường ${field} chỉ được gồm chữ thường không dấu, số và dấu gạch ngang`;
    default:
      return `trường ${field} không hợp lệ`;
  }
}

export function parseSharePayload(value: unknown): ShareParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'Liên kết không hợp lệ: dữ liệu không phải một bài giao hay một kết quả.' };
  }
  const version = (value as Record<string, unknown>).v;
  if (version === undefined) return { ok: false, error: 'Liên kết không hợp lệ: thiếu số phiên bản định dạng (v).' };
  if (typeof version !== 'number') return { ok: false, error: 'Liên kết không hợp lệ: số phiên bản định dạng (v) phải là một số.' };
  if (version !== SHARE_VERSION) {
    const shown = String(version).slice(0, 12);
    return {
      ok: false,
      error: `Liên kết dùng định dạng phiên bản ${shown}, trang này chỉ đọc được phiên bản ${SHARE_VERSION}. Hãy xin người gửi tạo lại liên kết.`,
    };
  }
  const result = sharePayloadSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, payload: result.data };
  const first = result.error.issues[0];
  return { ok: false, error: `Liên kết không hợp lệ: ${first ? describeIssue(first) : 'dữ liệu sai định dạng'}.` };
}

/** The first reason a payload about to be sent would be refused, said to the person sending it; null when none. */
export function sendingProblem(payload: SharePayload): string | null {
  const result = sharePayloadSchema.safeParse(payload, { reportInput: true });
  if (result.success) return null;
  const first = result.error.issues[0];
  return `Không tạo được liên kết: ${first ? describeIssue(first) : 'dữ liệu sai định dạng'}.`;
}
