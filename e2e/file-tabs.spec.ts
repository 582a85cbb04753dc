// An exercise's files, on a phone and on a desktop: every file tab is on screen with its whole name, none
// is hidden in a sideways scroll, and the last one opens its file, by touch and by keyboard.
import { readOnlyFiles } from '../components/exercise/starter';
import { exercises } from '../content/docker/exercises';
import { lessonUrl } from '../lib/dockerfile/lessons';
import { expect, test } from './fixtures';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

// The exercises with the most files have the longest row of tabs.
const mostFiles = [...exercises].sort((a, b) => b.files.length - a.files.length).slice(0, 2);
const cases = [PHONE, DESKTOP].flatMap((viewport) => mostFiles.map((exercise) => ({ viewport, exercise })));

for (const { viewport, exercise } of cases) {
  test(`question ${exercise.question} at ${viewport.width} px: every file tab is readable and the last one opens its file`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(lessonUrl(exercise.question));
    const workspace = page.locator(`[data-exercise="${exercise.id}"]`);
    await workspace.scrollIntoViewIfNeeded();
    await expect(workspace.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });

    const tablist = workspace.getByRole('tablist', { name: 'Tệp của bài' });
    const tabs = tablist.getByRole('tab');
    const paths = ['Dockerfile', '.dockerignore', ...readOnlyFiles(exercise).map((file) => file.path)];
    await expect(tabs).toHaveCount(paths.length);
    await tablist.evaluate((element) => element.scrollIntoView({ block: 'center' }));

    for (const [index, path] of paths.entries()) {
      const tab = tabs.nth(index);
      await expect(tab).toContainText(path);
      // On screen in full, not clipped by a scrolling row.
      await expect(tab).toBeInViewport({ ratio: 1 });
      const box = (await tab.boundingBox())!;
      expect(box.x, `${path}: left edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${path}: right edge`).toBeLessThanOrEqual(viewport.width);
      expect(box.height, `${path}: big enough to touch`).toBeGreaterThanOrEqual(24);
      // The name is not cut short, and a finger on the tab lands on it.
      const label = await tab.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
        return { scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, hit: hit !== null && element.contains(hit) };
      });
      expect(label.scrollWidth, `${path}: label truncated`).toBeLessThanOrEqual(label.clientWidth);
      expect(label.hit, `${path}: covered at its centre`).toBe(true);
    }

    const last = readOnlyFiles(exercise).at(-1)!;
    const lastTab = tabs.last();
    await lastTab.click();
    await expect(lastTab).toHaveAttribute('aria-selected', 'true');
    const panel = workspace.getByRole('tabpanel');
    await expect(panel).toHaveAttribute('aria-labelledby', (await lastTab.getAttribute('id'))!);
    await expect(panel.locator('.view-lines')).toContainText(last.content.split('\n')[0]!);

    // The arrow keys still walk the row, wrapping from the last tab to the first and back.
    await page.keyboard.press('ArrowRight');
    await expect(tabs.first()).toBeFocused();
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(lastTab).toBeFocused();
    await expect(lastTab).toBeInViewport({ ratio: 1 });
    // Home and End jump to the ends of the row, without scrolling the page.
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Home');
    await expect(tabs.first()).toBeFocused();
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(lastTab).toBeFocused();
    await expect(lastTab).toHaveAttribute('aria-selected', 'true');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(innerWidth);
  });
}
