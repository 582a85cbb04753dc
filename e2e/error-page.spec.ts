// A page that crashes in the learner's browser says so in Vietnamese and offers a way on. Not the
// shared fixture: this test breaks the page on purpose, so it expects errors in the console.
import { expect, test } from '@playwright/test';

test('a page that crashes while shown says so in Vietnamese, keeps the site frame, and leads on', async ({ page }) => {
  // A browser API Monaco reads while its modules load, broken: the playground throws as its editor arrives.
  await page.addInitScript(() => {
    window.matchMedia = () => {
      throw new Error('matchMedia broken on purpose by the test');
    };
  });
  await page.goto('/playground/');
  const alert = page.getByRole('alert').filter({ hasText: 'Trang này gặp lỗi khi hiển thị' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText('Bài làm đã lưu vẫn còn nguyên');
  await expect(page.getByText('Application error')).toHaveCount(0);
  // The header is the layout's and still works: the learner can go elsewhere.
  await expect(page.getByRole('link', { name: 'Khoá học' }).first()).toBeVisible();
  await expect(alert.getByRole('link', { name: '← Về trang khoá học' })).toBeVisible();

  // "Thử lại" with the cause still there: the same page again, not Next's English one.
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(alert).toBeVisible();
  await expect(page.getByText('Application error')).toHaveCount(0);

  // The way on: the course page, which does not need what broke.
  await alert.getByRole('link', { name: '← Về trang khoá học' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(alert).toHaveCount(0);
});
