// An instructor's and a learner's journeys through share links: nothing in a link is trusted.
import AxeBuilder from '@axe-core/playwright';
import { expect, lz, test } from './fixtures';
import { exercises } from '../content/docker/exercises';
import { exerciseContextFiles } from '../lib/content/exercise';
import { analyzeAndGrade, selectedItems } from '../lib/dockerfile/grade';
import type { SharePayload } from '../lib/share/share-payload';

const exercise = exercises.find((e) => e.id === 'q10') ?? exercises[0]!;
const learnerDockerfile = 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nENV API_KEY=sk-live-123\nCMD python app.py\n';

/** A link's hash built by hand, as the share buttons build it (or as someone tampering would). */
const hashOf = (payload: SharePayload | Record<string, unknown>) => `#${lz.compressToEncodedURIComponent(JSON.stringify(payload))}`;

test('a result link shows the learner and a grade recomputed from the Dockerfile', async ({ page }) => {
  const expected = analyzeAndGrade(learnerDockerfile, { rubric: exercise.rubric }).grade;
  await page.goto(`/share/${hashOf({ v: 1, kind: 'result', chapter: exercise.chapter, exercise: exercise.id, files: { Dockerfile: learnerDockerfile }, name: 'Nguyễn Văn A' })}`);

  await expect(page.getByRole('heading', { level: 1, name: exercise.title })).toBeVisible();
  await expect(page.getByTestId('result-name')).toHaveText('Nguyễn Văn A');
  await expect(page.getByTestId('grade-panel')).toHaveAttribute('data-score', String(expected.score));
  await expect(page.getByTestId('grade-count')).toHaveText(`${expected.passed}/${expected.graded} mục đạt`);
  await expect(page.getByText('ENV API_KEY=sk-live-123').first()).toBeVisible();
});

test('the rubric code on a result page says where it comes from: the lesson\'s exercise, or an assignment', async ({ page }) => {
  const fromLesson: SharePayload = { v: 1, kind: 'result', chapter: exercise.chapter, exercise: exercise.id, files: { Dockerfile: learnerDockerfile }, name: 'Trần Thị B' };
  await page.goto(`/share/${hashOf(fromLesson)}`);
  const rubricNote = page.locator('p').filter({ has: page.getByTestId('result-rubric-code') });
  await expect(rubricNote).toContainText('bảng tiêu chí đầy đủ của bài tập: kết quả được gửi từ bài tập trong bài học, không qua liên kết bài giao');
  await expect(rubricNote).not.toContainText('khớp với mã hiện khi tạo liên kết bài giao');

  // "Gửi kết quả" on an assignment puts the assignment's rubric in the link.
  await page.goto('/');
  await page.goto(`/share/${hashOf({ ...fromLesson, rubric: exercise.rubric })}`);
  await expect(rubricNote).toContainText('bảng của bài giao: khớp với mã hiện khi tạo liên kết bài giao');
  await expect(rubricNote).not.toContainText('bài tập trong bài học');
});

test('a result link is graded in the exercise build context: a misspelt COPY source fails the build item', async ({ page }) => {
  const misspelt = 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirement.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n';
  await page.goto(`/share/${hashOf({ v: 1, kind: 'result', chapter: exercise.chapter, exercise: exercise.id, files: { Dockerfile: misspelt } })}`);
  const item = page.locator('[data-item="builds"]');
  await expect(item).toHaveAttribute('data-status', 'fail');
  await expect(item).toContainText('COPY requirement.txt (dòng 3)');
  await expect(item).toContainText('requirements.txt?');
});

test('a tampered link shows a Vietnamese error and the rest of the site keeps working', async ({ page }) => {
  const tampered = { v: 1, kind: 'result', chapter: 'docker', exercise: exercise.id, files: { Dockerfile: learnerDockerfile }, name: 'A', score: 100 };
  await page.goto(`/share/${hashOf(tampered)}`);
  await expect(page.getByTestId('share-error')).toContainText('trường lạ “score”');
  await expect(page.getByTestId('grade-panel')).toHaveCount(0);

  // A cut-off link, read on the same page through a hash change.
  const valid = hashOf({ v: 1, kind: 'result', chapter: 'docker', exercise: exercise.id, files: { Dockerfile: learnerDockerfile }, name: 'A' });
  await page.evaluate((hash) => (window.location.hash = hash), valid.slice(0, 40));
  await expect(page.getByTestId('share-error')).toContainText('bị hỏng hoặc bị cắt');

  await page.getByRole('link', { name: 'về trang khoá học' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a result link whose rubric grades nothing is refused, not shown as 100%', async ({ page }) => {
  // Edited by hand: no requirement, no checklist item. Any Dockerfile would "pass" it.
  const rubric = { checklists: [], requirements: [] };
  await page.goto(`/share/${hashOf({ v: 1, kind: 'result', chapter: exercise.chapter, exercise: exercise.id, files: { Dockerfile: 'FROM ubuntu\n' }, rubric, name: 'A' })}`);
  await expect(page.getByTestId('share-error')).toContainText('bảng tiêu chí trong liên kết không chấm mục nào');
  await expect(page.getByTestId('grade-panel')).toHaveCount(0);
  await expect(page.getByText('Hoàn thành!')).toHaveCount(0);
});

test('a result link with its own rubric also shows the grade under the exercise\'s full rubric', async ({ page }) => {
  // A rubric narrowed to the one checklist item this insecure Dockerfile passes, requirements dropped.
  const full = analyzeAndGrade(learnerDockerfile, { rubric: exercise.rubric, contextFiles: exerciseContextFiles(exercise) }).grade;
  const passing = full.items.find((item) => item.status === 'pass' && selectedItems(exercise.rubric).some(({ item: i }) => i.id === item.id))!;
  const rubric = { ...exercise.rubric, items: [passing.id], requirements: [] };
  await page.goto(`/share/${hashOf({ v: 1, kind: 'result', chapter: exercise.chapter, exercise: exercise.id, files: { Dockerfile: learnerDockerfile }, rubric, name: 'A' })}`);

  await expect(page.getByTestId('grade-count')).toHaveText('1/1 mục đạt');
  // The instructor can tell: what the exercise's own rubric says about the same Dockerfile is on the page.
  expect(full.score).toBeLessThan(100);
  await expect(page.getByTestId('result-full-grade')).toContainText(`${full.passed}/${full.graded} mục đạt (${full.score}%)`);
});

test('an assignment shows the note as text and the starter, and sends a result link back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const note = 'Sửa lỗi bảo mật. <img src=x onerror="window.__pwned=1">';
  const starter = 'FROM ubuntu:latest\nRUN echo instructor-starter\n';
  await page.goto(`/share/${hashOf({ v: 1, kind: 'assignment', chapter: exercise.chapter, exercise: exercise.id, files: { Dockerfile: starter }, note })}`);

  await expect(page.getByTestId('assignment-note')).toHaveText(note);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The exercise opens with the instructor's starter, not the exercise's own.
  await expect(page.locator('.monaco-editor').getByText('instructor-starter')).toBeVisible({ timeout: 45_000 });

  await page.getByRole('button', { name: 'Gửi kết quả' }).click();
  await page.getByLabel('Tên của bạn').fill('Trần Thị B');
  await page.getByRole('button', { name: 'Tạo liên kết kết quả' }).click();
  const url = await page.getByTestId('send-result-url').inputValue();
  expect(url).toContain('/share/#');

  // The learner's files as the link carries them (the workspace may have saved a .dockerignore too).
  const sent = { payload: JSON.parse(lz.decompressFromEncodedURIComponent(new URL(url).hash.slice(1)) ?? 'null') as SharePayload };
  expect(sent.payload).toMatchObject({ v: 1, kind: 'result', name: 'Trần Thị B', files: { Dockerfile: starter } });
  expect(sent.payload).not.toHaveProperty('score');

  await page.goto(url);
  await expect(page.getByTestId('result-name')).toHaveText('Trần Thị B');
  const ignore = sent.payload.files['.dockerignore'];
  const expected = analyzeAndGrade(starter, { rubric: exercise.rubric, ...(ignore !== undefined ? { dockerignore: ignore } : {}) }).grade;
  await expect(page.getByTestId('grade-panel')).toHaveAttribute('data-score', String(expected.score));
});

test('a result page has no serious accessibility problems', async ({ page }) => {
  await page.goto(`/share/${hashOf({ v: 1, kind: 'result', chapter: exercise.chapter, exercise: exercise.id, files: { Dockerfile: learnerDockerfile }, name: 'A' })}`);
  await expect(page.getByTestId('grade-panel')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('an assignment keeps its own progress: the lesson save neither replaces nor is replaced by it', async ({ page }) => {
  const lessonCode = 'FROM python:3.11-slim\n# my-lesson-work\n';
  await page.addInitScript((code) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('hocdocker-progress', JSON.stringify({ version: 2, state: { lessonsRead: {}, exercises: { q10: { code } }, preferences: { plainEditor: false } } }));
  }, lessonCode);
  const starter = 'FROM ubuntu:latest\nRUN echo instructor-starter\n';
  await page.goto(`/share/${hashOf({ v: 1, kind: 'assignment', chapter: exercise.chapter, exercise: exercise.id, files: { Dockerfile: starter } })}`);
  await expect(page.locator('.monaco-editor').getByText('instructor-starter')).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('my-lesson-work');

  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('# assignment-work\n');
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('hocdocker-progress') ?? '{}').state.exercises as Record<string, { code: string }>);
  expect(saved.q10?.code).toBe(lessonCode);
  const own = Object.entries(saved).filter(([id]) => id.startsWith('assignment-q10-'));
  expect(own).toHaveLength(1);
  expect(own[0]?.[1].code).toContain('# assignment-work');

  // The result link carries the code in the editor now.
  await page.getByRole('button', { name: 'Gửi kết quả' }).click();
  await page.getByLabel('Tên của bạn').fill('C');
  await page.getByRole('button', { name: 'Tạo liên kết kết quả' }).click();
  const url = await page.getByTestId('send-result-url').inputValue();
  const payload = JSON.parse(lz.decompressFromEncodedURIComponent(new URL(url).hash.slice(1)) ?? 'null') as SharePayload;
  expect(payload.files.Dockerfile).toContain('# assignment-work');

  // Reopened, the assignment resumes its own work; the lesson still shows the lesson's.
  await page.reload();
  await expect(page.locator('.monaco-editor').getByText('assignment-work')).toBeVisible({ timeout: 45_000 });
  await page.goto('/docker/bao-mat/');
  await expect(page.locator('[data-exercise="q10"] .exercise-preview-code, [data-exercise="q10"] .view-lines').first()).toContainText('my-lesson-work');
});

test('on a lesson, the assignment link carries the code as it is in the editor now', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docker/bao-mat/');
  const lesson = page.locator('[data-exercise="q10"]');
  await lesson.scrollIntoViewIfNeeded();
  await expect(lesson.locator('.monaco-editor')).toBeVisible({ timeout: 45_000 });
  await lesson.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('# live-edit\n');
  await lesson.getByRole('button', { name: 'Chia sẻ cho học viên' }).click();
  await lesson.getByRole('button', { name: 'Tạo liên kết bài giao' }).click();
  const url = await lesson.getByTestId('share-assignment-url').inputValue();
  const payload = JSON.parse(lz.decompressFromEncodedURIComponent(new URL(url).hash.slice(1)) ?? 'null') as SharePayload;
  expect(payload).toMatchObject({ kind: 'assignment', exercise: 'q10' });
  expect(payload.files.Dockerfile).toContain('# live-edit');
  expect(payload.files.Dockerfile).toContain('AWS_ACCESS_KEY_ID');
});

test('a result link made before more edits is withdrawn, so the learner cannot send the older Dockerfile', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docker/bao-mat/');
  const lesson = page.locator('[data-exercise="q10"]');
  await lesson.scrollIntoViewIfNeeded();
  await expect(lesson.locator('.monaco-editor')).toBeVisible({ timeout: 45_000 });
  await lesson.getByRole('button', { name: 'Gửi kết quả' }).click();
  await lesson.getByLabel('Tên của bạn').fill('Lê Văn C');
  await lesson.getByRole('button', { name: 'Tạo liên kết kết quả' }).click();
  await expect(lesson.getByTestId('send-result-url')).toHaveValue(/\/share\/#/);

  // One more fix after the link was made: the link on screen would carry the Dockerfile without it.
  await lesson.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('# fixed-after-the-link\n');
  await expect(lesson.getByTestId('send-result-url')).toHaveCount(0);
  await expect(lesson.getByTestId('send-result')).toContainText('Bài đã thay đổi sau khi tạo liên kết');

  await lesson.getByRole('button', { name: 'Tạo liên kết kết quả' }).click();
  const url = await lesson.getByTestId('send-result-url').inputValue();
  const payload = JSON.parse(lz.decompressFromEncodedURIComponent(new URL(url).hash.slice(1)) ?? 'null') as SharePayload;
  expect(payload.files.Dockerfile).toContain('# fixed-after-the-link');
});

test('"Gửi kết quả" without a name asks for it in Vietnamese, also when only spaces were typed', async ({ page }) => {
  const starter = 'FROM python:3.11-slim\nRUN echo instructor-starter\n';
  await page.goto(`/share/${hashOf({ v: 1, kind: 'assignment', chapter: exercise.chapter, exercise: exercise.id, files: { Dockerfile: starter } })}`);
  await page.getByRole('button', { name: 'Gửi kết quả' }).click();
  const name = page.getByLabel('Tên của bạn');
  const create = page.getByRole('button', { name: 'Tạo liên kết kết quả' });

  await create.click();
  // The browser's own bubble would speak the browser's language, not the course's.
  await expect(name).toHaveJSProperty('validationMessage', 'Hãy nhập tên của bạn để giảng viên biết bài này của ai.');
  await name.fill('   ');
  await create.click();
  await expect(name).toHaveJSProperty('validationMessage', 'Hãy nhập tên của bạn để giảng viên biết bài này của ai.');
  await expect(page.getByTestId('send-result-url')).toHaveCount(0);
  await expect(page.getByText('Liên kết không hợp lệ')).toHaveCount(0);

  await name.fill('Võ Thị Đào');
  await expect(name).toHaveJSProperty('validationMessage', '');
  await create.click();
  await expect(page.getByTestId('send-result-url')).toHaveValue(/\/share\/#/);
});

test('a second assignment link opened in the same tab shows its own starter, and each keeps its own work', async ({ page }) => {
  const first = { v: 1, kind: 'assignment', chapter: 'docker', exercise: 'q10', files: { Dockerfile: 'FROM ubuntu:22.04\nRUN echo starter-first\n' } } as const;
  const second = { v: 1, kind: 'assignment', chapter: 'docker', exercise: 'q1', files: { Dockerfile: 'FROM ubuntu:22.04\nRUN echo starter-second\n' } } as const;
  await page.goto(`/share/${hashOf(first)}`);
  await expect(page.locator('.monaco-editor').getByText('starter-first')).toBeVisible({ timeout: 45_000 });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('# work-on-the-first\n');
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');

  // Pasting the next link over this one changes only the hash: the page is not reloaded.
  await page.evaluate((hash) => (window.location.hash = hash), hashOf(second));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(exercises.find((e) => e.id === 'q1')!.title);
  await expect(page.locator('.monaco-editor').getByText('starter-second')).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('work-on-the-first');

  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('hocdocker-progress') ?? '{}').state.exercises as Record<string, { code: string }>);
  const own = (exercise: string) => Object.entries(saved).filter(([id]) => id.startsWith(`assignment-${exercise}-`)).map(([, progress]) => progress.code);
  expect(own('q10')).toEqual([expect.stringContaining('# work-on-the-first')]);
  for (const code of own('q1')) expect(code).not.toContain('work-on-the-first');
});

/** On the lesson: grade once, perhaps open the reference solution, then make a result link. */
async function sendResultFromLesson(page: import('@playwright/test').Page, { openSolution }: { openSolution: boolean }) {
  await page.goto('/docker/bao-mat/');
  const lesson = page.locator('[data-exercise="q10"]');
  await lesson.scrollIntoViewIfNeeded();
  await expect(lesson.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 45_000 });
  await lesson.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(lesson.getByTestId('grade-panel')).toBeVisible();
  if (openSolution) {
    await lesson.getByRole('button', { name: 'Xem lời giải' }).click();
    await expect(lesson.getByTestId('solution')).toBeVisible();
  }
  await lesson.getByRole('button', { name: 'Gửi kết quả' }).click();
  await lesson.getByLabel('Tên của bạn').fill('Phạm Thị D');
  await lesson.getByRole('button', { name: 'Tạo liên kết kết quả' }).click();
  return { lesson, url: await lesson.getByTestId('send-result-url').inputValue() };
}

test('a learner who opened the reference solution sends a result link that says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { lesson, url } = await sendResultFromLesson(page, { openSolution: true });
  // Told before sending, not reported behind their back.
  await expect(lesson.getByTestId('send-result-solution-seen')).toHaveText('Liên kết sẽ ghi rằng bạn đã xem lời giải mẫu của bài này.');

  const instructor = await context.newPage();
  await instructor.goto(url);
  await expect(instructor.getByTestId('result-name')).toHaveText('Phạm Thị D');
  const notice = instructor.getByTestId('result-solution-seen');
  await expect(notice).toContainText('Học viên đã xem lời giải mẫu trước khi gửi kết quả này.');
  // Honest about what it is: a record from the learner's browser, carried in an editable link.
  await expect(notice).toContainText('không phải bằng chứng');
  await instructor.close();
});

test('a learner who never opened the solution sends a result link without that notice', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { lesson, url } = await sendResultFromLesson(page, { openSolution: false });
  await expect(lesson.getByTestId('send-result-solution-seen')).toHaveCount(0);

  const instructor = await context.newPage();
  await instructor.goto(url);
  await expect(instructor.getByTestId('grade-panel')).toBeVisible();
  await expect(instructor.getByTestId('result-solution-seen')).toHaveCount(0);
  await expect(instructor.getByText('lời giải mẫu')).toHaveCount(0);
  await instructor.close();
});

test('a Dockerfile too long for a result link is refused in words for the sender, not as an "invalid link"', async ({ page }) => {
  await page.goto('/docker/bao-mat/');
  const lesson = page.locator('[data-exercise="q10"]');
  await lesson.scrollIntoViewIfNeeded();
  await lesson.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  await lesson.getByLabel('Trình soạn thảo Dockerfile').fill(`FROM python:3.11-slim\n${'RUN echo a-long-build-step\n'.repeat(900)}`);
  await lesson.getByRole('button', { name: 'Gửi kết quả' }).click();
  await lesson.getByLabel('Tên của bạn').fill('E');
  await lesson.getByRole('button', { name: 'Tạo liên kết kết quả' }).click();
  const error = lesson.getByTestId('send-result').getByRole('alert');
  await expect(error).toHaveText('Không tạo được liên kết: trường “Dockerfile” quá dài (tối đa 20.000 ký tự).');
  await expect(lesson.getByTestId('send-result-url')).toHaveCount(0);
});
