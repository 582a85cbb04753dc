// The instructor's results board: result links pasted in bulk, each re-graded in the browser.
import AxeBuilder from '@axe-core/playwright';
import { expect, lz, test } from './fixtures';
import { getExercise } from '../content/docker/exercises';
import { exerciseContextFiles } from '../lib/content/exercise';
import { analyzeAndGrade } from '../lib/dockerfile/grade';
import { rubricCode } from '../lib/share/fingerprint';
import type { SharePayload } from '../lib/share/share-payload';

const q1 = getExercise('q1')!;
const q10 = getExercise('q10')!;
const starter = q1.files[0]!.content;

/** A result link as "Gửi kết quả" builds it. */
function resultLink(exercise: typeof q1, dockerfile: string, name: string, solutionSeen = false): string {
  const payload: SharePayload = { v: 1, kind: 'result', chapter: exercise.chapter, exercise: exercise.id, files: { Dockerfile: dockerfile }, name, ...(solutionSeen ? { solutionSeen } : {}) };
  return `http://lop.example/share/#${lz.compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

const scoreOf = (exercise: typeof q1, dockerfile: string) =>
  analyzeAndGrade(dockerfile, { rubric: exercise.rubric, contextFiles: exerciseContextFiles(exercise) }).grade;

test('pasted result links become one re-graded row each, kept across a reload, sortable, each opening its result', async ({ page }) => {
  const starterGrade = scoreOf(q1, starter);
  const q10Grade = scoreOf(q10, q10.solution.dockerfile);
  expect(starterGrade.score).toBeLessThan(100);
  const paste = [
    resultLink(q1, starter, 'Bình'),
    'em gửi thầy bài ạ',
    resultLink(q1, q1.solution.dockerfile, 'An', true),
    '',
    resultLink(q10, q10.solution.dockerfile, 'Chi'),
  ].join('\n');

  await page.goto('/results/');
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng kết quả lớp' })).toBeVisible();
  await page.getByLabel('Liên kết kết quả (mỗi dòng một liên kết)').fill(paste);
  await page.getByRole('button', { name: 'Chấm các liên kết' }).click();

  const rows = page.getByTestId('board-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Bình');
  await expect(rows.nth(0)).toContainText(`${starterGrade.score}%`);
  await expect(rows.nth(0)).toContainText(`(${starterGrade.passed}/${starterGrade.graded} mục)`);
  const firstFailed = starterGrade.items.find((item) => item.status === 'fail')!;
  await expect(rows.nth(0)).toContainText(firstFailed.label);
  await expect(rows.nth(1)).toContainText('An');
  await expect(rows.nth(1)).toContainText('100%');
  // What An's browser recorded travels with the link; the others say nothing.
  await expect(page.getByTestId('board-solution-seen')).toHaveCount(1);
  await expect(rows.nth(1).getByTestId('board-solution-seen')).toHaveText('· đã xem lời giải');
  await expect(rows.nth(2)).toContainText(`Câu 10: ${q10.title}`);
  await expect(rows.nth(2)).toContainText(`${q10Grade.score}%`);
  await expect(page.getByTestId('board-problem')).toContainText('Không phải liên kết kết quả');
  await expect(page.getByTestId('board-problem').locator('td').first()).toHaveText('2');
  const average = Math.round((starterGrade.score + 100 + q10Grade.score) / 3);
  await expect(page.getByTestId('board-status')).toHaveText(`Đã chấm lại 3 kết quả, điểm trung bình ${average}%; 1 dòng không đọc được.`);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.getByLabel('Sắp xếp').selectOption('name');
  await expect(rows.nth(0)).toContainText('An');
  await expect(rows.nth(1)).toContainText('Bình');

  // The paste is still there after a reload, graded again.
  await page.reload();
  await expect(page.getByTestId('board-input')).toHaveValue(paste);
  await expect(rows).toHaveCount(3);

  await rows.nth(0).getByRole('link', { name: 'Bình' }).click();
  await expect(page.getByTestId('result-name')).toHaveText('Bình');
  await expect(page.getByTestId('grade-panel')).toHaveAttribute('data-score', String(starterGrade.score));

  await page.goBack();
  await page.getByRole('button', { name: 'Xoá danh sách' }).click();
  await expect(page.getByTestId('board-status')).toHaveText('Đã xoá danh sách liên kết khỏi trình duyệt này.');
  await expect(rows).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('board-input')).toHaveValue('');
});

test('"Sao chép bảng" puts a spreadsheet-ready table on the clipboard, a formula-like name kept as text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/results/');
  await page.getByTestId('board-input').fill([resultLink(q1, q1.solution.dockerfile, '=1+1'), resultLink(q1, starter, 'Dũng')].join('\n'));
  await page.getByRole('button', { name: 'Chấm các liên kết' }).click();
  await page.getByLabel('Sắp xếp').selectOption('score');
  await page.getByRole('button', { name: 'Sao chép bảng' }).click();
  await expect(page.getByTestId('board-status')).toHaveText('Đã sao chép bảng: dán vào bảng tính (Excel, Google Sheets).');
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n').map((line) => line.split('\t'));
  expect(lines[0]!.slice(0, 5)).toEqual(['Dòng', 'Học viên', 'Câu', 'Bài tập', 'Điểm (%)']);
  expect(lines.slice(1).map((cells) => cells.slice(0, 2))).toEqual([
    ['1', "'=1+1"],
    ['2', 'Dũng'],
  ]);
});

test('at 360 px the table scrolls inside its own region, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/results/');
  await page.getByTestId('board-input').fill(resultLink(q1, starter, 'Một cái tên học viên khá dài để thử'));
  await page.getByRole('button', { name: 'Chấm các liên kết' }).click();
  await expect(page.getByTestId('board-row')).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The region takes keyboard focus, so arrow keys can scroll it.
  await page.getByRole('region', { name: 'Kết quả đã chấm lại' }).focus();
  await expect(page.getByRole('region', { name: 'Kết quả đã chấm lại' })).toBeFocused();
});

test('results graded by another rubric than the rest of the class are pointed out by its code', async ({ page }) => {
  const narrowed = { ...q1.rubric, requirements: q1.rubric.requirements.slice(0, 1) };
  const edited: SharePayload = { v: 1, kind: 'result', chapter: 'docker', exercise: 'q1', files: { Dockerfile: starter }, name: 'Sửa link', rubric: narrowed };
  await page.goto('/results/');
  await page
    .getByTestId('board-input')
    .fill([resultLink(q1, starter, 'Một'), `http://lop.example/share/#${lz.compressToEncodedURIComponent(JSON.stringify(edited))}`, resultLink(q1, starter, 'Hai')].join('\n'));
  await page.getByRole('button', { name: 'Chấm các liên kết' }).click();
  const rows = page.getByTestId('board-row');
  await expect(rows).toHaveCount(3);
  const codes = await rows.locator('code').allTextContents();
  expect(codes[0]).toBe(codes[2]);
  expect(codes[1]).not.toBe(codes[0]);
  await expect(rows.nth(1)).toContainText('(riêng)');
  await expect(rows.nth(0)).toContainText('(đầy đủ)');
  await expect(page.getByTestId('board-mixed-rubrics')).toContainText(`Câu 1: các kết quả được chấm theo 2 bảng tiêu chí khác nhau (${codes[0]}, ${codes[1]}).`);
  // Results sent from the lesson's exercise carry no rubric: they are one of the reasons a code differs.
  await expect(page.getByTestId('board-mixed-rubrics')).toContainText('kết quả gửi thẳng từ bài tập trong bài học (theo bảng đầy đủ)');
});

test('the rubric code shown with an assignment link comes back on the learner’s result and on the board', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docker/bao-mat/');
  const lesson = page.locator('[data-exercise="q10"]');
  await lesson.scrollIntoViewIfNeeded();
  await expect(lesson.locator('.monaco-editor')).toBeVisible({ timeout: 45_000 });
  await lesson.getByRole('button', { name: 'Chia sẻ cho học viên' }).click();
  const share = lesson.getByTestId('share-assignment');
  // One checklist item left out: the assignment grades by a rubric of its own.
  await share.getByRole('checkbox').first().uncheck();
  await share.getByRole('button', { name: 'Tạo liên kết bài giao' }).click();
  const code = (await share.getByTestId('share-assignment-rubric-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  expect(code).not.toBe(rubricCode('q10', q10.rubric));
  const assignment = await share.getByTestId('share-assignment-url').inputValue();

  await page.goto(assignment);
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 45_000 });
  await page.getByRole('button', { name: 'Gửi kết quả' }).click();
  await page.getByLabel('Tên của bạn').fill('Lê Văn C');
  await page.getByRole('button', { name: 'Tạo liên kết kết quả' }).click();
  const result = await page.getByTestId('send-result-url').inputValue();

  await page.goto(result);
  await expect(page.getByTestId('result-rubric-code')).toHaveText(code);
  await page.getByRole('link', { name: 'Bảng kết quả lớp' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng kết quả lớp' })).toBeVisible();
  await page.getByTestId('board-input').fill(result);
  await page.getByRole('button', { name: 'Chấm các liên kết' }).click();
  await expect(page.getByTestId('board-row')).toContainText('Lê Văn C');
  await expect(page.getByTestId('board-row').locator('code')).toHaveText(code);
});

test('"Thêm vào Bảng kết quả lớp" on a result page adds its link to the board once, and opens the board', async ({ page }) => {
  const first = resultLink(q1, starter, 'Phương').replace('http://lop.example', '');
  const second = resultLink(q1, q1.solution.dockerfile, 'Quang').replace('http://lop.example', '');
  for (const link of [first, second, first]) {
    await page.goto(link);
    await page.getByRole('button', { name: 'Thêm vào Bảng kết quả lớp' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bảng kết quả lớp' })).toBeVisible();
  }
  const rows = page.getByTestId('board-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Phương');
  await expect(rows.nth(1)).toContainText('Quang');
  await expect(rows.nth(1)).toContainText('100%');
});

test('a paste far past the limit (5 MB) is kept whole in the box, and the board says what it did not grade', async ({ page }) => {
  const paste = `${resultLink(q1, starter, 'Bình')}\n${'x'.repeat(5_000_000)}\n${resultLink(q1, starter, 'An')}`;
  await page.goto('/results/');
  const input = page.getByTestId('board-input');
  await input.fill(paste);
  await page.getByRole('button', { name: 'Chấm các liên kết' }).click();

  await expect(page.getByTestId('board-row')).toHaveCount(1);
  await expect(page.getByTestId('board-limit')).toHaveText(
    'Đoạn dán dài hơn 1.620.000 ký tự: phần sau đó chưa được chấm. Hãy chia danh sách thành nhiều lần.',
  );
  // The pasted text is all still there, the last link too: nothing was cut unseen.
  expect(await input.evaluate((box: HTMLTextAreaElement) => box.value.length)).toBe(paste.length);
  const last = `\n${resultLink(q1, starter, 'An')}`;
  expect(await input.evaluate((box: HTMLTextAreaElement, ending: string) => box.value.endsWith(ending), last)).toBe(true);
});

test('"Xoá danh sách" can be undone, and a list edited since the last grading says the table is behind it', async ({ page }) => {
  const paste = [resultLink(q1, starter, 'Bình'), resultLink(q1, q1.solution.dockerfile, 'An')].join('\n');
  await page.goto('/results/');
  const input = page.getByTestId('board-input');
  await input.fill(paste);
  await page.getByRole('button', { name: 'Chấm các liên kết' }).click();
  await expect(page.getByTestId('board-row')).toHaveCount(2);
  await expect(page.getByTestId('board-stale')).toHaveCount(0);

  // A third link pasted but not graded yet: the table still shows two, and says so.
  await input.fill(`${paste}\n${resultLink(q10, q10.solution.dockerfile, 'Chi')}`);
  await expect(page.getByTestId('board-stale')).toHaveText(
    'Danh sách đã thay đổi sau lần chấm trước: bảng dưới đây chưa tính các thay đổi đó. Bấm “Chấm các liên kết” để chấm lại.',
  );
  await page.getByRole('button', { name: 'Chấm các liên kết' }).click();
  await expect(page.getByTestId('board-row')).toHaveCount(3);
  await expect(page.getByTestId('board-stale')).toHaveCount(0);

  // A class's links cleared by a slip of the mouse come back, graded, and stay after a reload.
  const whole = await input.inputValue();
  await page.getByRole('button', { name: 'Xoá danh sách' }).focus();
  await page.keyboard.press('Enter');
  await expect(input).toHaveValue('');
  await expect(input, 'focus stays in the form, not on the page').toBeFocused();
  await page.getByRole('button', { name: 'Hoàn tác xoá danh sách' }).click();
  await expect(input).toHaveValue(whole);
  await expect(input).toBeFocused();
  await expect(page.getByTestId('board-row')).toHaveCount(3);
  await page.reload();
  await expect(page.getByTestId('board-input')).toHaveValue(whole);
});

test('links pasted but not graded yet are still in the box after a reload, and graded then', async ({ page }) => {
  await page.goto('/results/');
  await page.getByTestId('board-input').fill(resultLink(q1, starter, 'Bình'));
  // The instructor reloads (or leaves) before pressing "Chấm các liên kết".
  await page.reload();
  await expect(page.getByTestId('board-input')).toHaveValue(resultLink(q1, starter, 'Bình'));
  await expect(page.getByTestId('board-row')).toHaveCount(1);
});
