// Monaco's own widgets as a learner meets them: in Vietnamese, and drawn on a background.
import { expect, test } from './fixtures';

/** Opens the playground with `pip install flask` in the Dockerfile editor, its findings marked. */
async function playgroundWithPipInstall(page: import('@playwright/test').Page) {
  await page.goto('/playground/');
  await expect(page.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('FROM python:3.11\nRUN pip install flask\n');
  // Findings of this text, not of the playground's default one (which installs no flask).
  await expect(page.locator('li[data-rule="pip-pin-versions"]')).toContainText('flask');
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeAttached();
}

test('the hover on a finding, the problem navigator and the find widget speak Vietnamese', async ({ page }) => {
  await playgroundWithPipInstall(page);

  // The mouse resting on `pip install flask`, which two findings underline.
  await page.locator('.monaco-editor .view-line span span').filter({ hasText: 'install' }).hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'hocdocker' });
  await expect(hover).toContainText('Xem vấn đề');
  await expect(hover).not.toContainText('View Problem');

  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('F8');
  const navigator = page.locator('.monaco-editor .zone-widget');
  await expect(navigator).toContainText(/Vấn đề \d+\/\d+/);
  await page.keyboard.press('Escape');

  await page.keyboard.press('ControlOrMeta+F');
  await page.keyboard.insertText('zzz-not-there');
  const find = page.locator('.monaco-editor .find-widget');
  await expect(find).toContainText('Không có kết quả');
  await expect(find.getByRole('checkbox', { name: /Phân biệt chữ hoa, chữ thường/ })).toBeVisible();
  await expect(find.getByRole('button', { name: /^Đóng/ })).toBeVisible();
});

test('the quick-fix menu shows whole fix titles in Vietnamese, and the context menu is in Vietnamese on a background', async ({ page }) => {
  await playgroundWithPipInstall(page);

  // The cursor on the `pip install` finding, which has a quick fix.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('ControlOrMeta+.');
  const menu = page.locator('.action-widget:visible');
  await expect(menu).toContainText('Sửa nhanh');
  const fixTitle = menu.locator('.title').filter({ hasText: '--no-cache-dir' });
  await expect(fixTitle).toHaveText('Thêm --no-cache-dir');
  // Shown whole, not cut to "Thêm --no-cach…" by the menu's ellipsis.
  expect(await fixTitle.evaluate((title) => title.scrollWidth - title.clientWidth)).toBeLessThanOrEqual(0);
  await page.keyboard.press('Escape');

  await page.locator('.monaco-editor .view-lines').click({ button: 'right' });
  // Monaco draws the context menu in a shadow root, beside the editor.
  const contextMenu = page.locator('.shadow-root-host .monaco-menu');
  await expect(contextMenu).toContainText('Sao chép');
  await expect(contextMenu).toContainText('Dán');
  await expect(contextMenu).not.toContainText('Paste');
  const background = await contextMenu.evaluate((element) => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor;
      if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
    }
    return 'transparent';
  });
  expect(background, 'the context menu must not show the page through it').not.toBe('transparent');
});
