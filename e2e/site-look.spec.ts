// Look and feel: dark mode without a flash, small screens, print, accessibility in both themes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { lessons } from './site-lessons';

const THEME_KEY = 'hocdocker-theme';
const pages = ['/', ...lessons.map((l) => l.href)];

const htmlBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const isDark = (rgb: string) => {
  expect(rgb, 'an opaque background').toMatch(/^rgb\(/);
  const [r = 255, g = 255, b = 255] = (rgb.match(/\d+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
};

/** The sizes of the shown elements matching `selector` that are narrower or shorter than `least` px. */
const smallTargets = (page: Page, selector: string, least: number) =>
  page.locator(selector).evaluateAll(
    (elements, min) =>
      elements
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && (box.width < min || box.height < min))
        .map((box) => `${Math.round(box.width)}×${Math.round(box.height)}`),
    least,
  );

test.describe('look and feel', () => {
  test('dark mode follows the system when nothing is chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(lessons[2]!.href);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(isDark(await htmlBackground(page))).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(isDark(await htmlBackground(page))).toBe(false);
  });

  test('the toggle switches the theme and the choice survives a reload without a flash', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    // Records the theme at the moment <body> is first parsed, i.e. before the first paint and before
    // any deferred or async script (hydration) runs.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.body) return;
        observer.disconnect();
        const w = window as unknown as { firstParse: { theme?: string } };
        w.firstParse = { theme: document.documentElement.dataset.theme };
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(lessons[5]!.href);
    expect(isDark(await htmlBackground(page))).toBe(false);

    await page.getByRole('button', { name: 'Đổi giao diện sáng/tối' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(isDark(await htmlBackground(page))).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');

    await page.reload();
    const firstParse = await page.evaluate(() => (window as unknown as { firstParse: { theme?: string } }).firstParse);
    expect(firstParse.theme).toBe('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(isDark(await htmlBackground(page))).toBe(true);

    // Another page of the site opens dark as well, and toggling back to light sticks.
    await page.goto('/');
    expect((await page.evaluate(() => (window as unknown as { firstParse: { theme?: string } }).firstParse)).theme).toBe('dark');
    await page.getByRole('button', { name: 'Đổi giao diện sáng/tối' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    expect((await page.evaluate(() => (window as unknown as { firstParse: { theme?: string } }).firstParse)).theme).toBe('light');
    expect(isDark(await htmlBackground(page))).toBe(false);
  });

  test('at 360 px no page scrolls sideways; wide tables scroll inside their frame', async ({ page, siteGuard }) => {
    test.setTimeout(180_000);
    siteGuard.allowConsoleError(/404/);
    await page.setViewportSize({ width: 360, height: 740 });
    const sideways: string[] = [];
    for (const path of [...pages, '/khong-co-trang-nay/']) {
      await page.goto(path);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      if (scrollWidth > innerWidth) sideways.push(`${path}: ${scrollWidth}px`);
    }
    expect(sideways, 'pages wider than 360 px').toEqual([]);
    const withTable = lessons.find((l) => l.tables > 0)!;
    await page.goto(withTable.href);
    const frame = page.locator('.table-scroll').first();
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // On a small screen the table of contents is a collapsed disclosure above the answer.
    const lesson = lessons.find((l) => l.headingIds.length >= 8)!;
    await page.goto(lesson.href);
    await expect(page.getByRole('navigation', { name: 'Trong câu này' })).toBeHidden();
    const toc = page.locator('details.toc');
    await expect(toc.getByRole('link').first()).toBeHidden();
    await toc.locator('summary').click();
    await expect(toc.getByRole('link').first()).toBeVisible();
  });

  test('on a phone, a heading\'s anchor and a finding\'s "Dòng N" are big enough to touch (24×24 px)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/docker/bao-mat/');
    const small = (selector: string) => smallTargets(page, selector, 24);
    await expect(page.locator('.heading-anchor').first()).toBeAttached();
    expect(await small('.heading-anchor'), 'heading anchors').toEqual([]);
    // The findings drawn before the editor arrives, then the live ones.
    await expect(page.locator('[data-exercise="q10"] .finding-line').first()).toBeAttached();
    expect(await small('.finding-line'), '"Dòng N" buttons').toEqual([]);
  });

  test('on a phone, the graded exercise\'s controls and the breadcrumbs are big enough to touch (24×24 px)', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    // A hair under 24 is layout rounding, not a smaller target.
    const small = (selector: string) => smallTargets(page, selector, 23.5);
    await page.goto('/docker/bao-mat/');
    expect(await small('.breadcrumbs a'), 'breadcrumb links').toEqual([]);
    const exercise = page.locator('[data-exercise="q10"]');
    await exercise.scrollIntoViewIfNeeded();
    await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
    await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
    // q10's starter fails items with lines to jump to, and has checklist items only the learner can tick.
    await expect(exercise.locator('.grade-jump').first()).toBeVisible();
    await expect(exercise.locator('.grade-self-check').first()).toBeVisible();
    expect(await small('.grade-jump'), '"Tới dòng N" in the grade').toEqual([]);
    expect(await small('.grade-self-check'), 'self-check boxes').toEqual([]);
    expect(await small('.finding-rule'), 'rule links of the findings').toEqual([]);

    await page.goto('/rules/no-secrets/');
    expect(await small('main a[href="/rules/"]'), 'the rule page\'s way back').toEqual([]);
  });

  test('a lesson prints without navigation, and long code lines wrap', async ({ page }) => {
    await page.goto(lessons[5]!.href);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.lesson-pager')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Sao chép' }).first()).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.locator('.code-block pre').first().evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violation, ${theme} theme`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
      const serious: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page }).analyze();
        for (const violation of results.violations) {
          if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
          serious.push(`${path} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
        }
      }
      expect(serious, `serious or critical violations (${theme})`).toEqual([]);
    });
  }
});
