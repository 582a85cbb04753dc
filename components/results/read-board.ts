// The results board: many result links pasted at once, each read and re-graded exactly as /share/
// would, one row per link. A line that is not a result link becomes a row with a Vietnamese reason;
// nothing here throws, and no score is ever read from a link.
import { exerciseContextFiles, exerciseContextTexts } from '@/lib/content/exercise';
import { analyzeAndGrade } from '@/lib/dockerfile/grade';
import { readShareLink } from '@/components/share/read-share-link';
import { sameRubric } from '@/components/share/same-rubric';
import { rubricCode } from '@/lib/share/fingerprint';
import { SHARE_PATH } from '@/lib/share/share-link';

/** Links read from one paste: a class of a few dozen, with room to spare; the rest are named, not read. */
export const BOARD_MAX_LINKS = 200;
/** Characters read from the paste: 200 links at the share limit of 8,000 characters each, and their lines. */
export const BOARD_MAX_CHARS = BOARD_MAX_LINKS * 8_100;

export interface BoardResult {
  kind: 'result';
  /** 1-based line of the paste. */
  line: number;
  name: string | null;
  question: number;
  exerciseTitle: string;
  passed: number;
  graded: number;
  score: number;
  /** Labels of the graded items that failed, in rubric order. */
  failed: string[];
  /** The link carries a rubric other than the exercise's own: its score under the full rubric. */
  fullScore: number | null;
  /** The code of the rubric graded (as the assignment builder shows it), to compare with the one sent. */
  rubricCode: string;
  /** `/share/#…`: opens the same result on its own page. */
  href: string;
  /** The first line with the same link, when this one repeats it. */
  duplicateOf: number | null;
  /** The learner's browser recorded the reference solution as opened (what it says, not proof). */
  solutionSeen: boolean;
}

export interface BoardProblem {
  kind: 'problem';
  line: number;
  message: string;
}

export type BoardRow = BoardResult | BoardProblem;

export interface Board {
  rows: BoardRow[];
  /** Lines with a link left unread because the paste had more than BOARD_MAX_LINKS, or text past BOARD_MAX_CHARS. */
  skipped: number;
  truncated: boolean;
}

/** Reads every non-blank line of `text` as a result link, in order. */
export function readBoard(text: string): Board {
  const truncated = text.length > BOARD_MAX_CHARS;
  const lines = (truncated ? text.slice(0, BOARD_MAX_CHARS) : text).split(/\r\n|\r|\n/);
  const rows: BoardRow[] = [];
  const firstLineOf = new Map<string, number>();
  let skipped = 0;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const written = raw.trim();
    if (written === '') return;
    if (rows.length >= BOARD_MAX_LINKS) {
      skipped++;
      return;
    }
    rows.push(readRow(written, line, firstLineOf));
  });
  return { rows, skipped, truncated };
}

function readRow(written: string, line: number, firstLineOf: Map<string, number>): BoardRow {
  const hashAt = written.indexOf('#');
  if (hashAt < 0 || !written.slice(0, hashAt).includes(SHARE_PATH.slice(0, -1))) {
    return { kind: 'problem', line, message: 'Không phải liên kết kết quả: liên kết kết quả có dạng …/share/#… (học viên tạo bằng nút “Gửi kết quả”).' };
  }
  const hash = written.slice(hashAt);
  const state = readShareLink(hash);
  if (state.status !== 'ready') return { kind: 'problem', line, message: state.status === 'error' ? state.message : 'Không đọc được liên kết.' };
  const { payload, exercise } = state;
  if (payload.kind !== 'result') {
    return { kind: 'problem', line, message: 'Đây là liên kết bài giao (để học viên làm bài), không phải liên kết kết quả học viên gửi lại.' };
  }
  const files = payload.files;
  const context = { contextFiles: exerciseContextFiles(exercise), contextTexts: exerciseContextTexts(exercise), ...(files['.dockerignore'] !== undefined ? { dockerignore: files['.dockerignore'] } : {}) };
  const rubric = payload.rubric ?? exercise.rubric;
  const { grade } = analyzeAndGrade(files.Dockerfile, { ...context, rubric });
  const ownRubric = !sameRubric(rubric, exercise.rubric);
  const duplicateOf = firstLineOf.get(hash) ?? null;
  if (duplicateOf === null) firstLineOf.set(hash, line);
  return {
    kind: 'result',
    line,
    name: payload.name ?? null,
    question: exercise.question,
    exerciseTitle: exercise.title,
    passed: grade.passed,
    graded: grade.graded,
    score: grade.score,
    failed: grade.items.filter((item) => item.status === 'fail').map((item) => item.label),
    fullScore: ownRubric ? analyzeAndGrade(files.Dockerfile, { ...context, rubric: exercise.rubric }).grade.score : null,
    rubricCode: rubricCode(exercise.id, rubric),
    href: `${SHARE_PATH}${hash}`,
    duplicateOf,
    solutionSeen: payload.solutionSeen === true,
  };
}

/**
 * Exercises whose results were graded against more than one rubric: each with its codes, in order
 * of appearance. A class given one assignment link shares one code; another code means another
 * assignment, or a link whose rubric was edited.
 */
export function mixedRubrics(rows: readonly BoardRow[]): { question: number; codes: string[] }[] {
  const byQuestion = new Map<number, string[]>();
  for (const row of rows) {
    if (row.kind !== 'result') continue;
    const codes = byQuestion.get(row.question) ?? [];
    if (!codes.includes(row.rubricCode)) codes.push(row.rubricCode);
    byQuestion.set(row.question, codes);
  }
  return [...byQuestion].filter(([, codes]) => codes.length > 1).map(([question, codes]) => ({ question, codes }));
}

/**
 * The board as tab-separated text with a header row, for pasting into a spreadsheet. Names come from
 * links anyone can edit: a cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`) is
 * kept as text by a leading apostrophe.
 */
export function boardToTsv(rows: readonly BoardRow[]): string {
  const cell = (value: string | number | null) => {
    const text = String(value ?? '').replace(/[\t\r\n]+/g, ' ');
    return typeof value === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
  };
  const header = ['Dòng', 'Học viên', 'Câu', 'Bài tập', 'Điểm (%)', 'Mục đạt', 'Mục chấm', 'Điểm theo bảng đầy đủ (%)', 'Mã bảng tiêu chí', 'Đã xem lời giải', 'Chưa đạt', 'Ghi chú'];
  const body = rows.map((row) =>
    row.kind === 'problem'
      ? [row.line, '', '', '', '', '', '', '', '', '', '', row.message]
      : [
          row.line,
          row.name ?? '',
          row.question,
          row.exerciseTitle,
          row.score,
          row.passed,
          row.graded,
          row.fullScore,
          row.rubricCode,
          row.solutionSeen ? 'có' : '',
          row.failed.join('; '),
          row.duplicateOf === null ? '' : `Trùng dòng ${row.duplicateOf}`,
        ],
  );
  return [header, ...body].map((cells) => cells.map(cell).join('\t')).join('\n');
}
