// Nothing on a lesson page moves under the reader: not when the web fonts arrive, not when the
// exercise's preview gives way to the workspace, not when Monaco and the first findings come in.
// Measured as the browser scores it for Cumulative Layout Shift (layout-shift entries, those right
// after an input left out), on a phone and on a desktop.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { lessons } from './site-lessons';

/** Well under the 0.1 that Core Web Vitals calls good: a lesson page should not move at all. */
const MAX_SHIFT = 0.01;

interface Shift {
  value: number;
  /** What moved, for the failure message. */
  sources: string[];
}

/** Records every layout shift from the first paint on, before any script of the page runs. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = entry.sources.map((source) => {
          const node = source.node instanceof Element ? `${source.node.tagName.toLowerCase()}.${source.node.className}` : (source.node?.nodeName ?? '?');
          return `${node} y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)} h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)}`;
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function shifts(page: Page): Promise<Shift[]> {
  // Two frames, so a shift of the last layout is reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
}

/**
 * A learner who worked here before: the starter with a line that adds findings, saved on this device
 * and seen analysed on that visit (the workspace's findings, from its own analysis, on screen).
 */
async function visitWithSavedWork(page: Page, lesson: (typeof lessons)[number]) {
  const exercise = page.locator(`[data-exercise="q${lesson.question}"]`);
  await page.goto(lesson.href);
  const starter = (await exercise.locator('.exercise-preview-code').textContent()) ?? '';
  const code = `${starter.replace(/\n?$/, '\n')}RUN pip install flask\n`;
  // Saved before the page's scripts run (they write their own state as they go), on the next load only.
  await page.addInitScript(
    ([id, saved]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('hocdocker-progress', JSON.stringify({ version: 2, state: { lessonsRead: {}, exercises: { [id]: { code: saved } }, preferences: { plainEditor: false } } }));
    },
    [`q${lesson.question}`, code] as const,
  );
  await page.reload();
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.getByTestId('findings').locator('li[data-rule^="pip-"] .finding-line').first()).toBeEnabled({ timeout: 30_000 });
}

function expectStill(found: Shift[]) {
  const total = found.reduce((sum, shift) => sum + shift.value, 0);
  const detail = found.map((shift) => `${shift.value.toFixed(4)}: ${shift.sources.join(' · ')}`).join('\n');
  expect(total, `layout shift score ${total.toFixed(4)}\n${detail}`).toBeLessThan(MAX_SHIFT);
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await recordShifts(page);
    });

    for (const lesson of lessons) {
      test(`question ${lesson.question}: the top of the lesson stays put while it loads`, async ({ page }) => {
        await page.goto(lesson.href);
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.fonts.ready);
        expectStill(await shifts(page));
      });

      test(`question ${lesson.question}: the exercise stays put while its editor arrives`, async ({ page }) => {
        const exercise = page.locator(`[data-exercise="q${lesson.question}"]`);
        // As after following a link to the exercise: it is on screen before the page has finished loading.
        await page.goto(lesson.href, { waitUntil: 'commit' });
        await exercise.evaluate((element) => element.scrollIntoView({ block: 'start' }));
        await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
        await expect(exercise.locator('.monaco-editor')).toBeVisible();
        await expect(exercise.getByTestId('findings').or(exercise.locator('.findings-empty'))).toBeVisible();
        // Monaco measures its content a frame or two after it mounts.
        await page.waitForTimeout(500);
        await expect(page.locator(`#exercise-q${lesson.question}-title`)).toBeInViewport();
        expectStill(await shifts(page));
      });

      // The quiz is drawn by the server and its code replaces that drawing when it nears the screen.
      if (lesson.question === 8 || lesson.question === 10) {
        test(`question ${lesson.question}: the quiz stays put when its code takes over`, async ({ page }) => {
          await page.goto(lesson.href, { waitUntil: 'commit' });
          const frame = page.locator('[data-quiz-code]');
          await frame.evaluate((element) => element.scrollIntoView({ block: 'start' }));
          await expect(frame).toHaveAttribute('data-quiz-code', 'ready', { timeout: 30_000 });
          await expect(page.getByTestId('lesson-quiz').getByRole('button', { name: 'Nộp bài' })).toBeVisible();
          await page.waitForTimeout(300);
          expectStill(await shifts(page));
        });
      }

      // Lesson 8 draws a layer-cache simulation under the findings: there from the first paint too.
      for (const visitor of lesson.question === 8 ? (['first-time', 'returning'] as const) : (['returning'] as const)) {
        test(`question ${lesson.question}, ${visitor} learner: the findings and what follows them stay put while the editor arrives`, async ({ page }) => {
          if (visitor === 'returning') await visitWithSavedWork(page, lesson);
          const exercise = page.locator(`[data-exercise="q${lesson.question}"]`);
          await page.goto(lesson.href, { waitUntil: 'commit' });
          // Scrolled down to the end of the exercise, the end of the findings on screen.
          await exercise.getByRole('button', { name: 'Xem lời giải' }).evaluate((element) => element.scrollIntoView({ block: 'center' }));
          if (visitor === 'returning') {
            // The HTML cannot know what this device saved: it paints the starter, and the page's
            // scripts swap in the learner's code. When the HTML paints first (a busy machine, a slow
            // phone) that swap moves the page, and it is not what this test is about: what follows
            // the code must not move when the analysis of the saved code arrives. Counted from then.
            await page.waitForFunction(
              () =>
                document.querySelector('.exercise-preview-code')?.textContent?.includes('pip install flask') ||
                document.querySelector('.monaco-editor') !== null,
            );
            await page.evaluate(() => ((window as unknown as { layoutShifts: unknown[] }).layoutShifts.length = 0));
          }
          await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
          await expect(exercise.locator('.monaco-editor')).toBeVisible();
          // The workspace's own findings, not the preview's: their buttons answer.
          await expect(exercise.getByTestId('findings').locator('.finding-line').first()).toBeEnabled();
          if (visitor === 'returning') await expect(exercise.getByTestId('findings').locator('li[data-rule^="pip-"]').first()).toBeAttached();
          if (lesson.question === 8) await expect(exercise.getByTestId('layer-cache').locator('.layer-line').first()).toBeEnabled();
          // Monaco measures its content a frame or two after it mounts.
          await page.waitForTimeout(500);
          expectStill(await shifts(page));
        });
      }
    }
  });
}

// On a phone the server's HTML is on screen long before the page's scripts run: the code box must
// already be as tall as Monaco will be at this width, soft-wrapped lines included.
for (const width of [360, 390, 1280]) {
  test.describe(`at ${width} px, scripts slow to arrive`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await recordShifts(page);
      await page.route('/_next/static/chunks/**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
    });

    for (const lesson of lessons) {
      test(`question ${lesson.question}: the exercise painted before its scripts stays put when they arrive`, async ({ page }) => {
        const exercise = page.locator(`[data-exercise="q${lesson.question}"]`);
        await page.goto(lesson.href, { waitUntil: 'domcontentloaded' });
        // The code box at the top of the screen, what follows it under the reader's eyes.
        await exercise.locator('.code-workspace').evaluate((element) => element.scrollIntoView({ block: 'start' }));
        await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
        await expect(exercise.locator('.monaco-editor')).toBeVisible();
        // Monaco measures its content a frame or two after it mounts.
        await page.waitForTimeout(500);
        expectStill(await shifts(page));
      });
    }
  });
}
