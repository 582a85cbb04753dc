// The playground: links carry the code, a broken link says so, sharing round-trips, axe is clean.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { getQuiz } from '../content/docker/quizzes';
import { answerKey } from '../lib/quiz/answer-key';
import { lessonUrl } from '../lib/dockerfile/lessons';
import { expect, lz, test } from './fixtures';

test('a bad #code= link shows a Vietnamese message and the default Dockerfile', async ({ page }) => {
  await page.goto('/playground/#code=%%%not-lz');
  await expect(page.locator('.playground-link-error')).toContainText('Liên kết không đọc được');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('FROM python:3.11', { timeout: 30_000 });
});

/** Opens the playground and empties its Dockerfile, typed as a person does. */
async function emptyPlayground(page: import('@playwright/test').Page) {
  await page.goto('/playground/');
  await expect(page.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
}

/** Replaces the playground's Dockerfile with `text`, typed, and waits for it to be saved. */
async function writeOwnWork(page: import('@playwright/test').Page, text: string) {
  await emptyPlayground(page);
  await page.keyboard.insertText(text);
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
}

test('a lesson\'s code opened in the playground and edited there leaves the learner\'s own playground work in place', async ({ page }) => {
  await writeOwnWork(page, 'FROM alpine:3.20\n# my-own-playground-work\n');

  await page.goto('/docker/bao-mat/');
  await page.getByRole('link', { name: 'Mở trong trình soạn thảo' }).first().click();
  await expect(page).toHaveURL(/\/playground\/#code=/);
  await expect(page.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('playground-from-link')).toContainText('bản bạn đã lưu trong sân chơi vẫn giữ nguyên');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\n# tried-on-the-lesson-code\n');
  // Read at once, the label may still be the one from before the keystrokes: the address is what a reload reads.
  const codeInAddress = () => lz.decompressFromEncodedURIComponent(new URL(page.url()).hash.replace(/^#code=/, '').split('&')[0]!) ?? '';
  await expect.poll(codeInAddress).toContain('# tried-on-the-lesson-code');
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');

  // The edit lives in the link: a reload keeps it.
  await page.reload();
  await page.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  await expect(page.getByLabel('Trình soạn thảo Dockerfile')).toHaveValue(/# tried-on-the-lesson-code/);

  // The learner's own work is still there, one click away.
  await page.getByRole('link', { name: 'Mở bản đã lưu của tôi' }).click();
  await expect(page.getByLabel('Trình soạn thảo Dockerfile')).toHaveValue('FROM alpine:3.20\n# my-own-playground-work\n');
  await expect(page.getByTestId('playground-from-link')).toHaveCount(0);
});

test('"Lưu thành bản của tôi" makes a link\'s code the playground\'s own, still there after a reload', async ({ page }) => {
  await writeOwnWork(page, 'FROM alpine:3.20\n# older-work\n');
  await page.goto('/docker/bao-mat/');
  await page.getByRole('link', { name: 'Mở trong trình soạn thảo' }).first().click();
  await expect(page).toHaveURL(/\/playground\/#code=/);
  await page.getByRole('button', { name: 'Lưu thành bản của tôi' }).click();
  await expect(page.getByText('Đã lưu thành bản của bạn trong sân chơi.')).toBeVisible();
  await expect(page).toHaveURL(/\/playground\/$/);
  await page.reload();
  await page.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  await expect(page.getByLabel('Trình soạn thảo Dockerfile')).toHaveValue(/USER|FROM/);
  await expect(page.getByLabel('Trình soạn thảo Dockerfile')).not.toHaveValue(/# older-work/);
  await expect(page.getByTestId('playground-from-link')).toHaveCount(0);
});

test('a broken playground link shows the learner\'s own saved work, not the default over it', async ({ page }) => {
  await writeOwnWork(page, 'FROM alpine:3.20\n# kept-when-a-link-breaks\n');
  await page.goto('/playground/#code=%%%not-lz');
  await expect(page.locator('.playground-link-error')).toHaveText('Liên kết không đọc được (có thể bị cắt hoặc sửa). Đang hiển thị bản bạn đã lưu.');
  await page.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  await expect(page.getByLabel('Trình soạn thảo Dockerfile')).toHaveValue('FROM alpine:3.20\n# kept-when-a-link-breaks\n');
});

test('a short link that stands for a huge file is refused, and the learner\'s own work stays', async ({ page }) => {
  await writeOwnWork(page, 'FROM alpine:3.20\n# kept-when-a-link-is-too-large\n');
  // 1,500 characters of link, 300,000 of Dockerfile: the kind of link that takes a tab's memory.
  const code = lz.compressToEncodedURIComponent(`FROM alpine:3.20\n${'#'.repeat(300_000)}\n`);
  expect(code.length).toBeLessThan(2_000);
  await page.goto(`/playground/#code=${code}`);
  await expect(page.locator('.playground-link-error')).toHaveText(
    'Liên kết chứa một tệp quá lớn (hơn 200.000 ký tự sau khi giải nén) nên không được mở. Đang hiển thị bản bạn đã lưu.',
  );
  await page.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  await expect(page.getByLabel('Trình soạn thảo Dockerfile')).toHaveValue('FROM alpine:3.20\n# kept-when-a-link-is-too-large\n');
});

test('a link opened within a moment of typing shows the last keystrokes, not the save before them', async ({ page }) => {
  await emptyPlayground(page);
  // The emptied file is saved; the text typed next still waits for its save when the link opens.
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
  await page.waitForTimeout(600);
  await page.keyboard.insertText('FROM alpine:3.20\n# typed-just-before-the-link\n');
  await page.goto('/playground/#code=%%%not-lz');
  await expect(page.locator('.playground-link-error')).toHaveText('Liên kết không đọc được (có thể bị cắt hoặc sửa). Đang hiển thị bản bạn đã lưu.');
  await page.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  await expect(page.getByLabel('Trình soạn thảo Dockerfile')).toHaveValue('FROM alpine:3.20\n# typed-just-before-the-link\n');
  await page.goto('/playground/');
  await expect(page.getByLabel('Trình soạn thảo Dockerfile')).toHaveValue('FROM alpine:3.20\n# typed-just-before-the-link\n');
});

test('"Xuất tiến độ" right after typing exports the last keystrokes too', async ({ page }) => {
  await emptyPlayground(page);
  await page.keyboard.insertText('FROM alpine:3.20\n# typed-just-before-the-export\n');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tiến độ' }).click();
  const exported = await readFile((await (await downloading).path())!, 'utf8');
  expect(exported).toContain('# typed-just-before-the-export');
});

test('typing faster than any person keeps every character', async ({ page }) => {
  await page.goto('/playground/');
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // Key by key with no pause: each keystroke re-renders the page while the next ones arrive.
  const text = 'FROM python:3.11-slim\nRUN pip install --no-cache-dir flask==3.0.3 requests==2.32.3\nUSER nobody\n';
  await page.keyboard.type(text);
  await page.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  await expect(page.getByLabel('Trình soạn thảo Dockerfile')).toHaveValue(text);
});

test('share writes the code into the hash; opening that link restores it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/playground/');
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('FROM alpine:3.20\nRUN apk add curl\n');
  await page.getByRole('button', { name: 'Chia sẻ liên kết' }).click();
  await expect(page.locator('.share-message')).toBeVisible();
  await expect(page).toHaveURL(/#code=/);
  const link = page.url();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await context.newPage();
  await other.goto(link);
  await other.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  await expect(other.getByLabel('Trình soạn thảo Dockerfile')).toHaveValue('FROM alpine:3.20\nRUN apk add curl\n');
  await other.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').uncheck();
});

test('a Dockerfile too large for a link is not shared: the playground says so and keeps its address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/playground/');
  await page.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  await page.getByLabel('Trình soạn thảo Dockerfile').fill(`FROM alpine:3.20\n# ${'x'.repeat(250_000)}\n`);
  // The browser's clipboard outlives a test: what the learner copied before must still be there.
  await page.evaluate(() => navigator.clipboard.writeText('copied-before-sharing'));
  await page.getByRole('button', { name: 'Chia sẻ liên kết' }).click();
  await expect(page.locator('.share-message')).toHaveText(
    'Dockerfile quá lớn để chia sẻ qua liên kết (250.020 ký tự, tối đa 200.000). Hãy rút gọn Dockerfile.',
  );
  expect(new URL(page.url()).hash).toBe('');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('copied-before-sharing');
});

test('Ctrl+Enter says what it does here: the playground grades nothing, it goes to the findings', async ({ page }) => {
  await page.goto('/playground/');
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  const hint = page.locator('.editor-hint');
  await expect(hint).toContainText('để tới danh sách phát hiện');
  await expect(hint).not.toContainText('chấm điểm');

  // The shortcuts button looks like a button before it is hovered, in either theme.
  const shortcuts = page.getByRole('button', { name: 'Phím tắt' });
  await expect(shortcuts).toBeVisible();
  const toggleHeight = (await page.locator('.plain-editor-toggle').boundingBox())?.height ?? 0;
  expect((await shortcuts.boundingBox())?.height).toBeCloseTo(toggleHeight, 0);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((name) => (document.documentElement.dataset.theme = name), theme);
    const border = await shortcuts.evaluate((button) => getComputedStyle(button).borderTopColor);
    expect(border, `${theme} theme border`).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  }
  await shortcuts.click();
  const dialog = page.getByRole('dialog', { name: 'Phím tắt của trình soạn thảo' });
  await expect(dialog.getByRole('row', { name: /Ctrl\/⌘ \+ Enter/ })).toContainText('Tới danh sách phát hiện');
  await expect(dialog).not.toContainText('Chấm điểm');
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByRole('heading', { name: /^Phát hiện/ })).toBeFocused();

  // Accessibility mode says the same.
  await page.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  await expect(hint).toHaveText('Nhấn Ctrl+Enter trong ô để tới danh sách phát hiện.');
  await page.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').uncheck();
});

test('info findings appear only on request', async ({ page }) => {
  await page.goto('/playground/');
  const findings = page.getByTestId('findings');
  await expect(findings).toBeVisible({ timeout: 30_000 });
  await expect(findings.locator('.findings-info')).toHaveCount(0);
  await page.getByLabel(/Hiện cả gợi ý mức/).check();
  await expect(findings.locator('.findings-info')).toHaveCount(1);
});

test('axe: the playground has no serious or critical violations', async ({ page }) => {
  await page.goto('/playground/');
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('"Xuất tiến độ" takes the quiz scores along: imported on another device, the course page shows them', async ({ page, browser }) => {
  const q8 = getQuiz('q8')!;
  await page.goto(lessonUrl(8));
  const quiz = page.getByTestId('lesson-quiz');
  for (const question of q8.questions) {
    for (const id of answerKey(question).correct) await quiz.locator(`fieldset[data-question="${question.id}"] input[value="${id}"]`).check();
  }
  await quiz.getByRole('button', { name: 'Nộp bài' }).click();
  await expect(quiz.getByTestId('quiz-score')).toHaveAttribute('data-correct', String(q8.questions.length));

  await page.goto('/playground/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tiến độ' }).click();
  const file = await (await downloading).path();

  // Another device: nothing saved yet.
  const other = await (await browser.newContext()).newPage();
  await other.goto('/playground/');
  // Chosen as a person does, once the page is live: a file set before React hydrated the input was
  // lost (a CI run waited 10 s for the message of an import that never started).
  await expect(other.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  const choosing = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Nhập tiến độ' }).click();
  await (await choosing).setFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Đã nhập tiến độ' })).toContainText('1 điểm trắc nghiệm');
  await other.goto('/');
  const card = other.locator('.question-card').filter({ has: other.locator(`a[href="${lessonUrl(8)}"]`) });
  await expect(card).toContainText(`Kiểm tra nhanh: ${q8.questions.length}/${q8.questions.length}`);
  await other.close();
});

test('an imported file with broken quiz scores says so in Vietnamese and still brings the exercises in', async ({ page }) => {
  await page.goto('/playground/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tiến độ' }).click();
  const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as Record<string, unknown>;
  const broken = { ...exported, exercises: { q1: { code: 'FROM python:3.11-slim\n', bestScore: 40 } }, quiz: { best: 'mười điểm' } };
  await page.getByTestId('progress-import').setInputFiles({ name: 'tien-do.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const message = page.getByRole('status').filter({ hasText: 'Đã nhập tiến độ' });
  await expect(message).toContainText('1 bài tập');
  await expect(message).toContainText('Phần điểm trắc nghiệm trong tệp bị hỏng nên không được nhập');
});

test('"Xuất tiến độ" over an unreadable quiz save says, there, that the quiz results were reset and their old copy kept', async ({ page }) => {
  const unreadable = 'not json{';
  await page.addInitScript((quiz) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('hocdocker-quiz', quiz);
  }, unreadable);
  await page.goto('/playground/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tiến độ' }).click();
  const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as { quiz: { best: Record<string, unknown> } };
  expect(exported.quiz.best).toEqual({});
  // The file has no quiz scores: the learner is told why, beside the button, not on another page.
  const notice = page.locator('.progress-transfer').getByTestId('quiz-notice');
  await expect(notice).toContainText('Kết quả trắc nghiệm đã lưu bị hỏng');
  await expect(notice).toContainText('Bản cũ được giữ lại trong bộ nhớ trình duyệt.');
  expect(await page.evaluate(() => localStorage.getItem('hocdocker-quiz-backup'))).toBe(unreadable);
});

test('the playground open in two tabs: each takes up what the other saved, so neither erases the other\'s typing', async ({ page, context }) => {
  test.slow(); // two Monaco editors on a shared machine
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto('/playground/');
    await expect(tab.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  }
  const typeAtEnd = async (tab: typeof page, text: string) => {
    await tab.locator('.monaco-editor .view-lines').click();
    await tab.keyboard.press('ControlOrMeta+End');
    await tab.keyboard.insertText(text);
    await expect(tab.getByTestId('save-state')).toHaveText('Đã lưu');
  };
  await typeAtEnd(other, '\n# typed-in-the-second-tab\n');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('typed-in-the-second-tab');
  await expect(page.getByText('Mã đã được cập nhật theo bản vừa lưu ở một tab khác.')).toBeVisible();

  await typeAtEnd(page, '# typed-in-the-first-tab\n');
  await expect(other.locator('.monaco-editor .view-lines')).toContainText('typed-in-the-first-tab');
  await other.close();
  await page.reload();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('typed-in-the-second-tab', { timeout: 30_000 });
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('typed-in-the-first-tab');
});
