// A screen-reader user moves through a page by its headings: on every page that lists findings the
// outline starts at one h1 and goes down one level at a time (h2 → h3, never h2 → h4).
import type { Page } from '@playwright/test';
import { expect, lz, test } from './fixtures';

/** Findings of every severity, and a failing grade: every heading these pages can show. */
const LEARNER_DOCKERFILE = 'FROM python\nCOPY . .\nENV API_KEY=sk-live-123\nRUN pip install flask\nRUN chmod 777 /app\nCMD python app.py\n';

const shareHash = (payload: Record<string, unknown>) => `#${lz.compressToEncodedURIComponent(JSON.stringify(payload))}`;

interface Heading {
  level: number;
  text: string;
  /** A severity group of a findings list. */
  group: boolean;
}

/** The visible headings of the page's main content, in document order. */
function outline(page: Page): Promise<Heading[]> {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
      .filter((heading) => heading.checkVisibility())
      .map((heading) => ({
        level: Number(heading.tagName.slice(1)),
        text: (heading.textContent ?? '').trim().slice(0, 60),
        group: heading.closest('[data-testid="findings"]') !== null,
      })),
  );
}

/** Each step down goes one level only; the first heading is the page's h1; findings groups sit one level under the heading before them. */
function skips(headings: Heading[]): string[] {
  const found: string[] = [];
  headings.forEach((heading, index) => {
    const previous = headings[index - 1];
    if (!previous) {
      if (heading.level !== 1) found.push(`starts at h${heading.level} "${heading.text}"`);
      return;
    }
    if (heading.level > previous.level + 1) found.push(`h${previous.level} "${previous.text}" → h${heading.level} "${heading.text}"`);
    else if (heading.group && !previous.group && heading.level !== previous.level + 1)
      found.push(`group h${heading.level} "${heading.text}" not under h${previous.level} "${previous.text}"`);
  });
  return found;
}

async function expectNestedOutline(page: Page, mustShow: RegExp[]) {
  const headings = await outline(page);
  for (const text of mustShow) expect(headings.map((h) => h.text).some((t) => text.test(t)), `a heading matching ${text}`).toBe(true);
  expect(skips(headings), JSON.stringify(headings)).toEqual([]);
}

async function replaceEditorText(page: Page, scope: string, text: string) {
  await page.locator(`${scope} .monaco-editor .view-lines`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

test('playground: findings grouped by severity under "Phát hiện"', async ({ page }) => {
  await page.goto('/playground/');
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await replaceEditorText(page, 'main', LEARNER_DOCKERFILE);
  await page.getByLabel(/Hiện cả gợi ý mức/).check();
  await expect(page.getByTestId('findings').locator('.findings-error')).toBeVisible();
  await expectNestedOutline(page, [/^Phát hiện/, /^Lỗi/, /^Cảnh báo/, /^Gợi ý/]);
});

test('lesson exercise: the preview, then the workspace with grade, findings, hints and solution', async ({ page }) => {
  await page.goto('/docker/bao-mat/');
  const exercise = '[data-exercise="q10"]';
  await expect(page.locator(`${exercise} [data-exercise-state="preview"]`)).toBeVisible();
  await expectNestedOutline(page, [/^Bài tập/, /^Phát hiện của trình phân tích/, /^Lỗi/]);

  await page.locator(exercise).scrollIntoViewIfNeeded();
  await expect(page.locator(`${exercise} .code-workspace`)).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  await page.locator(exercise).getByRole('button', { name: 'Chấm điểm' }).click();
  await page.locator(exercise).getByRole('button', { name: 'Xem lời giải' }).click();
  await expect(page.locator(exercise).getByTestId('solution')).toBeVisible();
  await expectNestedOutline(page, [/^Checklist/, /^Phát hiện của trình phân tích/, /^Lỗi/, /^Cảnh báo/, /^Lời giải tham khảo/, /^So sánh Dockerfile/]);
});

test('lesson 8: the layer-cache view keeps the outline too', async ({ page }) => {
  await page.goto('/docker/layer-caching/');
  const exercise = '[data-exercise="q8"]';
  await page.locator(exercise).scrollIntoViewIfNeeded();
  await expect(page.locator(`${exercise} .code-workspace`)).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  await expectNestedOutline(page, [/^Phát hiện của trình phân tích/, /^Layer cache/]);
});

test('a result link: the grade and the findings under the exercise title', async ({ page }) => {
  await page.goto(`/share/${shareHash({ v: 1, kind: 'result', chapter: 'docker', exercise: 'q10', files: { Dockerfile: LEARNER_DOCKERFILE }, name: 'A' })}`);
  await expect(page.getByTestId('grade-panel')).toBeVisible();
  await expect(page.getByTestId('findings')).toBeVisible();
  await expectNestedOutline(page, [/^Checklist/, /^Phát hiện của trình phân tích/, /^Lỗi/]);
});

test('an assignment link: the exercise workspace under "Đề bài"', async ({ page }) => {
  await page.goto(`/share/${shareHash({ v: 1, kind: 'assignment', chapter: 'docker', exercise: 'q10', files: { Dockerfile: LEARNER_DOCKERFILE } })}`);
  await expect(page.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(page.getByTestId('findings')).toBeVisible();
  await expectNestedOutline(page, [/^Đề bài/, /^Checklist/, /^Phát hiện của trình phân tích/, /^Lỗi/]);
});

test('a rule page: its sections under the rule', async ({ page }) => {
  await page.goto('/rules/no-secrets/');
  await expectNestedOutline(page, [/^Vì sao/, /^Cách sửa/]);
});
