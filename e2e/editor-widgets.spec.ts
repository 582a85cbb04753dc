// Monaco's own widgets as a learner meets them: in Vietnamese, and drawn on a background.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens the playground with `dockerfile` in its editor, typed in, the cursor at its end. */
async function playgroundWith(page: Page, dockerfile: string) {
  await page.goto('/playground/');
  await expect(page.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(dockerfile);
}

/** Opens the playground with `pip install flask` in the Dockerfile editor, its findings marked. */
async function playgroundWithPipInstall(page: Page) {
  await playgroundWith(page, 'FROM python:3.11\nRUN pip install flask\n');
  // Findings of this text, not of the playground's default one (which installs no flask).
  await expect(page.locator('li[data-rule="pip-pin-versions"]')).toContainText('flask');
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeAttached();
}

/**
 * Where `widget` and the text of its `texts` stand against the screen: the rows of text that lie
 * outside the screen, the widget, or any box between them that clips its overflow; and how many rows
 * the text takes. Shown whole, `outside` is empty.
 */
async function textOnScreen(widget: Locator, texts: string) {
  return widget.evaluate((element, selector) => {
    const screenWidth = document.documentElement.clientWidth;
    const box = element.getBoundingClientRect();
    const outside: string[] = [];
    if (box.left < -0.5 || box.right > screenWidth + 0.5) outside.push(`the widget spans ${Math.round(box.left)}–${Math.round(box.right)} of ${screenWidth} px`);
    let rows = 0;
    for (const text of element.querySelectorAll(selector)) {
      let clip = { left: Math.max(0, box.left), right: Math.min(screenWidth, box.right), top: box.top, bottom: box.bottom };
      for (let node: Element | null = text; node && node !== element; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = node.getBoundingClientRect();
        clip = { left: Math.max(clip.left, r.left), right: Math.min(clip.right, r.right), top: Math.max(clip.top, r.top), bottom: Math.min(clip.bottom, r.bottom) };
      }
      const range = document.createRange();
      range.selectNodeContents(text);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      rows += new Set(lines.map((r) => Math.round(r.top))).size;
      for (const r of lines) {
        if (r.left < clip.left - 0.5 || r.right > clip.right + 0.5 || r.top < clip.top - 0.5 || r.bottom > clip.bottom + 0.5)
          outside.push(`"${range.toString().slice(0, 20)}…" has a row at ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)}, shown in ${Math.round(clip.left)}–${Math.round(clip.right)} × ${Math.round(clip.top)}–${Math.round(clip.bottom)}`);
      }
    }
    return { outside, rows };
  }, texts);
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

test('the hover on a finding fits a 390 px screen, its text wrapped, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await playgroundWithPipInstall(page);
  const hover = page.locator('.monaco-resizable-hover').filter({ hasText: 'hocdocker' });

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator(colorScheme === 'dark' ? '.monaco-editor.vs-dark' : '.monaco-editor.vs')).toBeVisible();
    await page.mouse.move(0, 0);
    await page.locator('.monaco-editor .view-line span span').filter({ hasText: 'install' }).hover();
    await expect(hover).toContainText('--no-cache-dir');
    await expect.poll(async () => (await textOnScreen(hover, '.hover-row')).outside, `the hover in ${colorScheme}`).toEqual([]);
  }
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

test('the quick-fix menu shows a long fix title whole: on one line at 1280 px, wrapped inside a 390 px screen, light and dark', async ({ page }) => {
  const longTitle = 'Chép requirements.txt và cài dependencies trước khi chép mã nguồn';
  const menu = page.locator('.action-widget:visible');
  const openMenuOnTheSourceCopy = async () =>
    // Again if the markers or the lightbulb, still arriving after a resize or the typing, closed it.
    expect(async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('ControlOrMeta+Home');
      for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
      await page.keyboard.press('ControlOrMeta+.');
      await expect(menu.locator('.title')).toHaveText([longTitle], { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });

  await page.setViewportSize({ width: 1280, height: 900 });
  await playgroundWith(page, 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "app.py"]\n');
  await expect(page.locator('li[data-rule="deps-before-source"]')).toBeVisible();
  await openMenuOnTheSourceCopy();
  await expect.poll(() => textOnScreen(menu, '.title')).toEqual({ outside: [], rows: 1 });

  await page.setViewportSize({ width: 390, height: 844 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator(colorScheme === 'dark' ? '.monaco-editor.vs-dark' : '.monaco-editor.vs')).toBeVisible();
    await openMenuOnTheSourceCopy();
    await expect.poll(async () => (await textOnScreen(menu, '.title')).outside, `the menu in ${colorScheme}`).toEqual([]);
  }
  // Still a menu that works: Enter applies the fix, and the finding is gone.
  await page.keyboard.press('Enter');
  await expect(page.locator('li[data-rule="deps-before-source"]')).toHaveCount(0);
  await expect(page.locator('li[data-rule="non-root-user"]')).toBeVisible();
});

test('F8 shows a long finding whole, wrapped to the peek, at 1280 px and at 390 px, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await playgroundWith(page, 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nENV API_KEY=sk-live-123\nCMD python app.py\n');
  // The secret's finding: one of the longest, with a long unbroken `--mount=type=secret`.
  const finding = page.locator('li[data-rule="no-secrets"]');
  await expect(finding).toBeVisible();
  const message = (await finding.locator('.finding-message').textContent()) ?? '';
  expect(message.length, 'a finding longer than a 390 px line').toBeGreaterThan(150);
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('F8');
  const peek = page.locator('.monaco-editor .marker-widget');
  await expect(peek).toContainText(message);

  /** Every row of the message lies inside the peek: nothing runs off to the right or is cut off below. */
  const expectWholeMessage = async () =>
    expect
      .poll(() =>
        peek.evaluate((widget) => {
          const box = widget.getBoundingClientRect();
          const text = widget.querySelector('.descriptioncontainer .message');
          if (!text) return 'no message';
          const range = document.createRange();
          range.selectNodeContents(text);
          const rows = [...range.getClientRects()].filter((r) => r.width > 0);
          const outside = rows.filter((r) => r.right > box.right + 0.5 || r.left < box.left - 0.5 || r.bottom > box.bottom + 0.5);
          return outside.length === 0 ? 'whole' : `${outside.length} of ${rows.length} rows outside the peek (${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)})`;
        }),
      )
      .toBe('whole');

  await expectWholeMessage();
  await page.setViewportSize({ width: 390, height: 900 });
  await expectWholeMessage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible();
  await expectWholeMessage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectWholeMessage();
  // The code under the peek is pushed down, not covered: the line after the finding shows below it.
  const nextLine = page.locator('.monaco-editor .view-line').filter({ hasText: 'CMD python app.py' });
  await expect
    .poll(async () => {
      const [box, line] = [await peek.boundingBox(), await nextLine.boundingBox()];
      return box && line ? line.y - (box.y + box.height) : -1;
    })
    .toBeGreaterThanOrEqual(-1);
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true });

  test('a line with more quick fixes than the menu holds: a swipe brings up the last one, drawn in the menu, and a tap applies it', async ({ page }) => {
    const packages = ['flask', 'numpy', 'pandas', 'scipy', 'torch', 'requests', 'boto3', 'pyyaml', 'click', 'rich', 'tqdm', 'httpx', 'fastapi', 'uvicorn', 'jinja2', 'lxml', 'pillow', 'sympy', 'nltk', 'spacy'];
    await page.setViewportSize({ width: 390, height: 664 });
    await playgroundWith(page, `FROM python:3.11-slim\nRUN apt-get update && apt-get install -y curl && ${packages.map((name) => `pip install ${name}`).join(' && ')}\n`);
    const noCacheDir = page.locator('li[data-rule="pip-no-cache-dir"]');
    await expect(noCacheDir).toHaveCount(packages.length);
    // The line near the top of the screen, so the menu opens below it.
    await page.locator('.code-workspace').evaluate((workspace) => window.scrollBy(0, workspace.getBoundingClientRect().top - 16));

    const menu = page.locator('.action-widget:visible');
    const rows = menu.locator('.monaco-list-row');
    await expect(async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('ControlOrMeta+Home');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ControlOrMeta+.');
      await expect(rows.first()).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    const fixes = packages.length + 1; // and the apt lists' cleanup
    await expect(rows.last(), 'more fixes than the menu holds at once').not.toHaveAttribute('data-index', String(fixes));

    // A finger drags the list up until the last fix is drawn.
    const touch = await page.context().newCDPSession(page);
    const list = (await menu.locator('.monaco-list').boundingBox())!;
    await expect(async () => {
      const x = list.x + list.width / 2;
      let y = list.y + list.height - 12;
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let step = 0; step < 8; step++) {
        y -= 30;
        await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
        await page.waitForTimeout(16); // a finger's pace: one move a frame
      }
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect(rows.last()).toHaveAttribute('data-index', String(fixes), { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });

    // The menu is filled with fixes from its top edge to its bottom one: none drawn above it, no blank below.
    const filled = () =>
      menu.locator('.monaco-list').evaluate((element) => {
        const box = element.getBoundingClientRect();
        const rowAt = (y: number) => document.elementFromPoint(box.left + box.width / 2, y)?.closest('.monaco-list-row')?.getAttribute('data-index') ?? 'nothing';
        return { top: rowAt(box.top + 4), bottom: rowAt(box.bottom - 4) };
      });
    await expect.poll(filled).toEqual({ top: expect.not.stringMatching(/^nothing$/), bottom: String(fixes) });
    const last = rows.last();
    await expect(last).toHaveText('Thêm --no-cache-dir');
    await expect(last).toBeInViewport({ ratio: 1 });

    await last.tap();
    await expect(noCacheDir).toHaveCount(packages.length - 1);
    const text = await page.locator('.monaco-editor .view-lines').evaluate((lines) => (lines as HTMLElement).innerText.replace(/\u00a0/g, ' ').replace(/\s+/g, ' '));
    expect(text, 'the fix of the last pip install, not of another').toContain('pip install --no-cache-dir spacy');
    expect(text).toContain('pip install nltk &&');
  });
});
