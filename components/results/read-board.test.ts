import { describe, expect, it } from 'vitest';
import { getExercise } from '@/content/docker/exercises';
import { analyzeAndGrade } from '@/lib/dockerfile/grade';
import { exerciseContextFiles } from '@/lib/content/exercise';
import { encodeShareHash, shareFiles } from '@/lib/share/share-link';
import type { SharePayload } from '@/lib/share/share-payload';
import { rubricCode } from '@/lib/share/fingerprint';
import { BOARD_MAX_LINKS, boardToTsv, mixedRubrics, readBoard, type BoardResult } from './read-board';

const q1 = getExercise('q1')!;
const starter = q1.files[0]!.content;

function link(payload: Partial<SharePayload> & { files?: SharePayload['files'] }, origin = 'https://hoc.example'): string {
  const encoded = encodeShareHash({ v: 1, kind: 'result', chapter: 'docker', exercise: 'q1', files: shareFiles(starter), ...payload } as SharePayload);
  if (!encoded.ok) throw new Error(encoded.error);
  return `${origin}/share/${encoded.hash}`;
}

const graded = (dockerfile: string) => analyzeAndGrade(dockerfile, { rubric: q1.rubric, contextFiles: exerciseContextFiles(q1) }).grade;

describe('readBoard', () => {
  it('re-grades each result link from its Dockerfile, one row per line, in order', () => {
    const board = readBoard(
      [link({ name: 'An', files: shareFiles(q1.solution.dockerfile) }), '', link({ name: 'Bình' })].join('\n'),
    );
    expect(board.rows.map((row) => row.line)).toEqual([1, 3]);
    const [an, binh] = board.rows as BoardResult[];
    expect(an).toMatchObject({ kind: 'result', name: 'An', question: 1, score: 100, failed: [], fullScore: null, duplicateOf: null });
    const starterGrade = graded(starter);
    expect(starterGrade.score).toBeLessThan(100);
    expect(binh).toMatchObject({ name: 'Bình', score: starterGrade.score, passed: starterGrade.passed, graded: starterGrade.graded });
    expect(binh!.failed).toEqual(starterGrade.items.filter((item) => item.status === 'fail').map((item) => item.label));
    expect(binh!.href.startsWith('/share/#')).toBe(true);
  });

  it('shows the score under the full rubric beside a rubric carried in the link', () => {
    const narrowed = { ...q1.rubric, requirements: q1.rubric.requirements.slice(0, 1) };
    const [row] = readBoard(link({ name: 'Chi', rubric: narrowed })).rows as BoardResult[];
    expect(row!.fullScore).toBe(graded(starter).score);
    expect(row!.graded).toBeLessThan(graded(starter).graded);
  });

  it('gives each row the code of the rubric it was graded by, and names exercises graded by more than one', () => {
    const narrowed = { ...q1.rubric, requirements: q1.rubric.requirements.slice(0, 1) };
    const rows = readBoard([link({ name: 'A' }), link({ name: 'B', rubric: narrowed }), link({ name: 'C' })].join('\n')).rows as BoardResult[];
    expect(rows.map((row) => row.rubricCode)).toEqual([rubricCode('q1', q1.rubric), rubricCode('q1', narrowed), rubricCode('q1', q1.rubric)]);
    expect(mixedRubrics(rows)).toEqual([{ question: 1, codes: [rubricCode('q1', q1.rubric), rubricCode('q1', narrowed)] }]);
    expect(mixedRubrics(rows.filter((row) => row.name !== 'B'))).toEqual([]);
  });

  it('says which learners’ browsers recorded the reference solution as opened', () => {
    const rows = readBoard([link({ name: 'Xem', solutionSeen: true }), link({ name: 'Không' })].join('\n')).rows as BoardResult[];
    expect(rows.map((row) => row.solutionSeen)).toEqual([true, false]);
    expect(boardToTsv(rows).split('\n').map((line) => line.split('\t')[9])).toEqual(['Đã xem lời giải', 'có', '']);
  });

  it('names a repeated link by the first line that had it', () => {
    const same = link({ name: 'Dũng' });
    const rows = readBoard(`${same}\n${same}`).rows as BoardResult[];
    expect(rows.map((row) => row.duplicateOf)).toEqual([null, 1]);
  });

  it('turns every kind of wrong line into a row with a Vietnamese reason, keeping the others', () => {
    const good = link({ name: 'Em' });
    const board = readBoard(
      [
        'chào thầy, em gửi bài',
        good.slice(0, good.length - 30),
        link({ kind: 'assignment' }),
        'https://hoc.example/docker/bao-mat/#cau-tra-loi',
        good,
      ].join('\n'),
    );
    expect(board.rows.map((row) => row.kind)).toEqual(['problem', 'problem', 'problem', 'problem', 'result']);
    const messages = board.rows.flatMap((row) => (row.kind === 'problem' ? [row.message] : []));
    expect(messages[0]).toMatch(/Không phải liên kết kết quả/);
    expect(messages[1]).toMatch(/hỏng|cắt/);
    expect(messages[2]).toMatch(/liên kết bài giao/);
    expect(messages[3]).toMatch(/Không phải liên kết kết quả/);
  });

  it('reads at most BOARD_MAX_LINKS links and counts the rest', () => {
    const board = readBoard(Array.from({ length: BOARD_MAX_LINKS + 3 }, () => 'x/share/#').join('\n'));
    expect(board.rows).toHaveLength(BOARD_MAX_LINKS);
    expect(board.skipped).toBe(3);
    expect(board.truncated).toBe(false);
  });

  it('never throws on junk', () => {
    for (const junk of ['', '\u0000\uD800#', '#'.repeat(100_000), '/share/#' + 'A'.repeat(9000), '\r\n\r\n', 'a\rb/share/#%E0%A4%A']) {
      expect(() => readBoard(junk)).not.toThrow();
    }
    expect(readBoard('').rows).toEqual([]);
  });
});

describe('boardToTsv', () => {
  it('writes a header and one line per row, tabs and newlines inside cells flattened', () => {
    const board = readBoard(`${link({ name: 'Giang' })}\nrác`);
    const lines = boardToTsv(board.rows).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split('\t')[1]).toBe('Học viên');
    expect(lines[1]!.split('\t').slice(0, 3)).toEqual(['1', 'Giang', '1']);
    expect(lines[2]!.split('\t')[0]).toBe('2');
    expect(lines[2]!.split('\t').at(-1)).toMatch(/Không phải liên kết kết quả/);
  });

  it('keeps a name a spreadsheet would run as a formula as text', () => {
    const board = readBoard(link({ name: '=HYPERLINK("http://evil.example","x")' }));
    expect(boardToTsv(board.rows).split('\n')[1]!.split('\t')[1]).toBe(`'=HYPERLINK("http://evil.example","x")`);
  });
});
