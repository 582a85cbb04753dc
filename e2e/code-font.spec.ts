// Vietnamese letters in code are drawn from a font that has them. Linux's monospace (DejaVu Sans
// Mono) lacks ễ, ẫ, ổ…: Chromium then draws ê and a tilde beside it. The site's code font has them.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const VIETNAMESE = '# Người dùng không phải root: ễ ẫ ổ ể ỗ ữ';

/** The fonts Chromium drew the text of the element marked `data-font-probe` with (DevTools' "Rendered Fonts"). */
async function renderedFonts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((font) => font.familyName);
}

/** Waits until the page's code font, every subset of it, is loaded. */
async function codeFontLoaded(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        const family = style.getPropertyValue('--font-jetbrains-mono-vietnamese').trim();
        return family !== '' && document.fonts.check(`14px ${family}`, 'ễ');
      }),
    )
    .toBe(true);
}

test('the editor draws a learner’s Vietnamese comment in the code font, every letter', async ({ page }) => {
  await page.goto('/playground/');
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(`${VIETNAMESE}\nFROM python:3.11-slim\n`);
  await codeFontLoaded(page);
  // The comment's token: Monaco draws a line as one span per token, the text in the innermost.
  const comment = page.locator('.monaco-editor .view-line span span', { hasText: 'ễ ẫ ổ' });
  await expect(comment).toHaveCount(1);
  // Marked just before asking: Monaco redraws its lines when it measures the font again.
  await expect
    .poll(async () => {
      await comment.evaluate((element) => element.setAttribute('data-font-probe', ''));
      return renderedFonts(page);
    })
    .toEqual(['JetBrains Mono']);
});

test('a lesson’s code block draws its Vietnamese comments in the code font', async ({ page }) => {
  await page.goto('/docker/cau-truc-dockerfile/');
  await codeFontLoaded(page);
  const comment = page.locator('pre code').getByText('Kiểm tra sức khỏe container').first();
  await expect(comment).toBeVisible();
  await comment.evaluate((element) => element.setAttribute('data-font-probe', ''));
  await expect.poll(() => renderedFonts(page)).toEqual(['JetBrains Mono']);
});
