// A save that is partly broken, as a learner meets it: told once, what could be read kept, the
// broken text kept aside, and the next visit quiet.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { lessonUrl } from '../lib/dockerfile/lessons';

const progress = JSON.stringify({
  version: 2,
  state: {
    lessonsRead: { 'docker/layer-caching': 1 },
    exercises: { q8: { code: 'FROM python:3.11-slim\n', bestScore: 75, savedAt: 1 }, q2: { code: 12345 } },
    revealed: {},
    preferences: { plainEditor: false },
  },
});
const quiz = JSON.stringify({
  state: { best: { 'lesson:q8': { percent: 50, correct: 3, total: 6, at: 1 }, 'lesson:q2': 'hỏng' }, session: null, drafts: {} },
  version: 1,
});

/** Both saves, once per tab: a reload then reads what the page saved over them. */
async function seedBrokenSaves(page: import('@playwright/test').Page) {
  await page.addInitScript(
    ([progressSave, quizSave]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('hocdocker-progress', progressSave);
      localStorage.setItem('hocdocker-quiz', quizSave);
    },
    [progress, quiz] as const,
  );
}

test('a partly broken save is told once: the next visit finds the progress that could be read, and no notice', async ({ page }) => {
  await seedBrokenSaves(page);
  const card = page.locator('.question-card').filter({ has: page.locator(`a[href="${lessonUrl(8)}"]`) });

  await page.goto('/');
  await expect(page.getByTestId('progress-notice')).toContainText('q2');
  await expect(page.getByTestId('progress-notice')).toContainText('Bản cũ được giữ lại trong bộ nhớ trình duyệt.');
  await expect(page.getByTestId('quiz-notice')).toContainText('Một số điểm trắc nghiệm đã lưu bị hỏng');
  await expect(card).toContainText('Bài tập: 75%');
  await expect(card).toContainText('Đã đọc');
  await expect(card).toContainText('Kiểm tra nhanh: 3/6');
  // What could be read is saved over the broken save, which the next visit then reads whole.
  const saved = () => page.evaluate(() => [localStorage.getItem('hocdocker-progress'), localStorage.getItem('hocdocker-quiz')].join('\n'));
  await expect.poll(saved).not.toMatch(/"q2"|"lesson:q2"/);

  await page.reload();
  await expect(card).toContainText('Bài tập: 75%');
  await expect(card).toContainText('Đã đọc');
  await expect(card).toContainText('Kiểm tra nhanh: 3/6');
  await expect(page.getByTestId('progress-notice')).toHaveCount(0);
  await expect(page.getByTestId('quiz-notice')).toHaveCount(0);
  // What could not be read is still there, whole, for whoever wants it back.
  expect(await page.evaluate(() => localStorage.getItem('hocdocker-progress-backup'))).toBe(progress);
  expect(await page.evaluate(() => localStorage.getItem('hocdocker-quiz-backup'))).toBe(quiz);
});

test('the old save a notice says is kept downloads whole from that notice, for progress and quiz scores alike', async ({ page }) => {
  await seedBrokenSaves(page);
  await page.goto('/');
  for (const [notice, kept, name] of [
    [page.getByTestId('progress-notice'), progress, /^tien-do-hocdocker-ban-cu-\d{4}-\d{2}-\d{2}\.txt$/],
    [page.getByTestId('quiz-notice'), quiz, /^trac-nghiem-hocdocker-ban-cu-\d{4}-\d{2}-\d{2}\.txt$/],
  ] as const) {
    await expect(notice).toContainText('Bản cũ được giữ lại trong bộ nhớ trình duyệt.');
    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Tải bản cũ về máy' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(name);
    expect(await readFile((await download.path())!, 'utf8')).toBe(kept);
  }

  // Gone from storage (cleared by hand, another tab): the button says so instead of a blank file.
  await page.evaluate(() => localStorage.removeItem('hocdocker-progress-backup'));
  await page.getByTestId('progress-notice').getByRole('button', { name: 'Tải bản cũ về máy' }).click();
  await expect(page.getByTestId('progress-notice')).toContainText('Bộ nhớ trình duyệt không còn bản cũ này.');
});

test('when the browser refuses the backup, the notice does not claim the old save was kept', async ({ page }) => {
  await page.addInitScript(() => {
    // A full storage: it takes the (small) reset save, not the copy of the broken one.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'hocdocker-progress-backup') throw new DOMException('Bộ nhớ đầy', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('hocdocker-progress', '{"state":{"exercises":');
  });
  await page.goto('/');
  const notice = page.getByTestId('progress-notice');
  await expect(notice).toContainText('Dữ liệu tiến độ đã lưu bị hỏng nên đã được đặt lại.');
  await expect(notice).not.toContainText('Bản cũ được giữ lại');
  await expect(notice.getByRole('button', { name: 'Tải bản cũ về máy' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('hocdocker-progress-backup'))).toBeNull();
});
