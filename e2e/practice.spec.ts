// The practice loop as a learner lives it: lesson 10's exercise from first markers to 100%, by mouse
// and by keyboard, across reloads, with a corrupted save, offline-only requests and axe checks.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const LESSON = '/docker/bao-mat/';
const EXERCISE = '[data-exercise="q10"]';
const STORAGE_KEY = 'hocdocker-progress';

const FIXED_DOCKERFILE = `FROM python:3.9-slim
RUN useradd --create-home --uid 1000 appuser
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=appuser:appuser . .
USER appuser
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"
CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]
`;

async function openExercise(page: Page) {
  await page.locator(EXERCISE).scrollIntoViewIfNeeded();
  await expect(page.locator(`${EXERCISE} .monaco-editor`)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(`${EXERCISE} .code-workspace`)).toHaveAttribute('data-editor-ready', 'true');
}

/** Replaces the whole content of the active Monaco model with exact text (no auto-indent). */
async function replaceEditorText(page: Page, text: string) {
  await page.locator(`${EXERCISE} .monaco-editor .view-lines`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Lesson 10 in two tabs of one browser, its editor loaded in each: the two exercises, in that order. */
async function openInBothTabs(page: Page, other: Page) {
  await page.goto(LESSON);
  await other.goto(LESSON);
  await openExercise(page);
  await openExercise(other);
  return [page.locator(EXERCISE), other.locator(EXERCISE)] as const;
}

/** Whether the focused element is inside (or is) the element that matches the selector. */
function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((inside) => Boolean(document.activeElement?.closest(inside)), selector);
}

async function gradeCount(page: Page): Promise<[number, number]> {
  const text = (await page.locator(`${EXERCISE} [data-testid="grade-count"]`).textContent()) ?? '';
  const m = /(\d+)\/(\d+)/.exec(text);
  return [Number(m?.[1]), Number(m?.[2])];
}

test('lesson 10: markers, a quick fix, typing to 100%, and everything survives a reload', async ({ page }) => {
  test.slow(); // the longest journey: two editor loads and a dozen gradings
  await page.goto(LESSON);
  await openExercise(page);
  const exercise = page.locator(EXERCISE);

  // The starter's secrets and root user show up as squiggles and as named findings.
  await expect(exercise.locator('.squiggly-error').first()).toBeVisible();
  await expect(exercise.locator('.squiggly-warning').first()).toBeVisible();
  const findings = exercise.getByTestId('findings');
  await expect(findings.locator('li[data-rule="no-secrets"]')).toHaveCount(2);
  await expect(findings.locator('li[data-rule="no-world-writable"]')).toHaveCount(1);
  await expect(findings.locator('li[data-rule="non-root-user"]')).toHaveCount(1);

  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(exercise.getByTestId('grade-panel')).toBeVisible();
  const [passedBefore, graded] = await gradeCount(page);
  expect(passedBefore).toBeLessThan(graded);
  await expect(exercise.locator('[data-item="no-secret-in-image"]')).toHaveAttribute('data-status', 'fail');

  // "Sửa nhanh" on a graded warning: pip without --no-cache-dir fails the pip cache item.
  await expect(exercise.locator('[data-item="q7-pip-no-cache"]')).toHaveAttribute('data-status', 'fail');
  const pipFinding = findings.locator('.findings-warning li[data-rule="pip-no-cache-dir"]');
  await expect(pipFinding).toHaveCount(1);
  await pipFinding.getByRole('button', { name: /Sửa nhanh/ }).click();
  await expect(findings.locator('li[data-rule="pip-no-cache-dir"]')).toHaveCount(0);
  await expect(exercise.locator('.view-lines')).toContainText('--no-cache-dir');
  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(exercise.locator('[data-item="q7-pip-no-cache"]')).toHaveAttribute('data-status', 'pass');
  await expect.poll(async () => (await gradeCount(page))[0]).toBe(passedBefore + 1);

  // Typing fixes the rest: the Dockerfile, then .env in .dockerignore.
  await replaceEditorText(page, FIXED_DOCKERFILE);
  await exercise.getByRole('tab', { name: '.dockerignore' }).click();
  await page.locator(`${EXERCISE} .monaco-editor .view-lines`).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\n.env\n');
  await exercise.getByRole('tab', { name: 'Dockerfile' }).click();
  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(exercise.getByTestId('grade-score')).toHaveText('100%');
  await expect(exercise.locator('.squiggly-error')).toHaveCount(0);
  await expect(exercise.locator('.squiggly-warning')).toHaveCount(0);
  await expect(exercise.getByTestId('save-state')).toHaveText('Đã lưu');

  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY);
  expect(saved.state.exercises.q10.completedAt).toEqual(expect.any(Number));
  expect(saved.state.exercises.q10.bestScore).toBe(100);

  await page.reload();
  await expect(exercise.locator('.exercise-best')).toHaveText(/100%.*Đã hoàn thành/);
  await openExercise(page);
  await expect(exercise.getByTestId('grade-score')).toHaveText('100%');
  await expect(exercise.locator('.view-lines')).toContainText('USER appuser');
  const afterReload = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY);
  expect(afterReload.state.exercises.q10.completedAt).toBe(saved.state.exercises.q10.completedAt);
});

test('a COPY of a misspelt context file fails the grade, and says which file was meant', async ({ page }) => {
  await page.goto(LESSON);
  await openExercise(page);
  const exercise = page.locator(EXERCISE);
  await replaceEditorText(page, FIXED_DOCKERFILE.replace('COPY requirements.txt .', 'COPY requirement.txt .'));
  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  const item = exercise.locator('[data-item="builds"]');
  await expect(item).toHaveAttribute('data-status', 'fail');
  await expect(item).toContainText('COPY requirement.txt (dòng 4)');
  await expect(item).toContainText('Có phải ý bạn là requirements.txt?');
  await expect(exercise.getByTestId('grade-score')).not.toHaveText('100%');

  // Spelt right, the item is gone.
  await replaceEditorText(page, FIXED_DOCKERFILE);
  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(exercise.locator('[data-item="no-secret-in-image"]')).toBeVisible();
  await expect(item).toHaveCount(0);
});

test('reset to the starter and restore the last graded version, each undoable', async ({ page }) => {
  await page.goto(LESSON);
  await openExercise(page);
  const exercise = page.locator(EXERCISE);
  await replaceEditorText(page, FIXED_DOCKERFILE);
  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  await replaceEditorText(page, 'FROM scratch\n');
  await exercise.getByRole('button', { name: 'Về mã khởi đầu' }).click();
  await expect(exercise.locator('.view-lines')).toContainText('AWS_ACCESS_KEY_ID');
  await exercise.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(exercise.locator('.view-lines')).toContainText('FROM scratch');
  await exercise.getByRole('button', { name: 'Khôi phục bản đã chấm gần nhất' }).click();
  await expect(exercise.locator('.view-lines')).toContainText('USER appuser');
  await exercise.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(exercise.locator('.view-lines')).toContainText('FROM scratch');
});

test('keyboard: a quick fix takes its finding away, and focus goes to the finding now in its place', async ({ page }) => {
  await page.goto(LESSON);
  await openExercise(page);
  const findings = page.locator(`${EXERCISE} [data-testid="findings"]`);
  const fixes = findings.locator('.finding-fix');
  const before = await fixes.count();
  expect(before).toBeGreaterThan(0);
  await fixes.first().focus();
  await page.keyboard.press('Enter');
  await expect(fixes).toHaveCount(before - 1);
  // Not dropped to the top of the page: the next finding's "Dòng N" has it, and Tab goes on from there.
  await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.finding-line') ?? false)).toBe(true);
  expect(await focusIsIn(page, `${EXERCISE} [data-testid="findings"]`)).toBe(true);
});

test('keyboard: "Hoàn tác" gives focus back to the button that replaced the code', async ({ page }) => {
  await page.goto(LESSON);
  await openExercise(page);
  const exercise = page.locator(EXERCISE);
  await replaceEditorText(page, 'FROM scratch\n');
  const reset = exercise.getByRole('button', { name: 'Về mã khởi đầu' });
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(exercise.locator('.view-lines')).toContainText('AWS_ACCESS_KEY_ID');
  await exercise.getByRole('button', { name: 'Hoàn tác' }).focus();
  await page.keyboard.press('Enter');
  await expect(exercise.locator('.view-lines')).toContainText('FROM scratch');
  // The toast and its button are gone: focus is back where the learner acted, not on the page's top.
  await expect(reset).toBeFocused();
});

test('keyboard only: reach the editor, type, grade, leave with Ctrl+M then Tab, open a hint', async ({ page }) => {
  test.slow(); // many key presses on a machine shared by several browsers
  // A keyboard learner arrives through the table of contents: the fragment is where Tab starts.
  // (A mouse click in the text would focus <main>, the skip link's target, and restart from the top.)
  await page.goto(`${LESSON}#luyen-tap`);
  // Monaco's focused input is a textarea or (Chromium) an EditContext div, inside .monaco-editor.
  const focusedLabel = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (active?.closest('.monaco-editor')) return `Trình soạn thảo Dockerfile (${active.getAttribute('aria-label') ?? ''})`;
      if (active?.matches('[role="tabpanel"][aria-busy="true"]')) return 'editor-loading';
      return active?.getAttribute('aria-label') ?? active?.textContent ?? '';
    });
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    // Tabbing in while Monaco still loads lands on its panel, and the editor takes that focus once ready.
    if ((await focusedLabel()) === 'editor-loading') await expect.poll(focusedLabel, { timeout: 30_000 }).toMatch(/^Trình soạn thảo Dockerfile/);
    reached = (await focusedLabel()).startsWith('Trình soạn thảo Dockerfile');
  }
  expect(reached, 'Tab reaches the Dockerfile editor').toBe(true);

  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# keyboard');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.locator(`${EXERCISE} [data-testid="grade-panel"]`)).toBeVisible();

  await expect(page.locator(EXERCISE)).toContainText('Nhấn Ctrl+M để Tab rời khỏi trình soạn thảo');
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  expect(await focusedLabel()).not.toContain('Trình soạn thảo Dockerfile');

  let onHint = false;
  for (let i = 0; i < 40 && !onHint; i++) {
    onHint = (await focusedLabel()).includes('Xem gợi ý 1/3');
    if (!onHint) await page.keyboard.press('Tab');
  }
  expect(onHint, 'Tab reaches the first hint button').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator(EXERCISE)).toContainText('Gợi ý 1/3:');
});

test('keyboard: focus on "Mở trình soạn thảo" follows the preview into the editor', async ({ page }) => {
  await page.goto(LESSON);
  const exercise = page.locator(EXERCISE);
  // Focusing the button (as Tab does) scrolls it into view, and nearing the viewport swaps the preview for the workspace.
  await exercise.getByRole('button', { name: 'Mở trình soạn thảo' }).focus();
  await expect(exercise.locator('.code-workspace')).toBeVisible({ timeout: 30_000 });
  // The swap starts Monaco loading: on a busy machine the page answers nothing for several seconds.
  await expect.poll(() => focusIsIn(page, EXERCISE), { message: 'focus stays in the exercise', timeout: 30_000 }).toBe(true);
  await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  await expect.poll(() => focusIsIn(page, `${EXERCISE} .monaco-editor`), { message: 'the ready editor takes focus', timeout: 30_000 }).toBe(true);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('# keyboard');
  await expect(exercise.locator('.view-lines')).toContainText('# keyboard');
});

test('keyboard, accessibility mode: focus on "Mở trình soạn thảo" goes on into the text area', async ({ page }) => {
  await page.addInitScript((key) => {
    const state = { lessonsRead: {}, exercises: {}, preferences: { plainEditor: true } };
    localStorage.setItem(key, JSON.stringify({ version: 2, state }));
  }, STORAGE_KEY);
  await page.goto(LESSON);
  await page.locator(EXERCISE).getByRole('button', { name: 'Mở trình soạn thảo' }).focus();
  await expect(page.locator(EXERCISE).getByLabel('Trình soạn thảo Dockerfile')).toBeFocused({ timeout: 30_000 });
});

test('scrolling to the exercise opens the editor without taking focus', async ({ page }) => {
  await page.goto(LESSON);
  await openExercise(page);
  expect(await focusIsIn(page, EXERCISE)).toBe(false);
});

test('the editor is as tall as the Dockerfile: short starters get a small frame, long files scroll inside it', async ({ page }) => {
  // Lesson 1 starts from a 3-line Dockerfile.
  await page.goto('/docker/docker-la-gi/');
  const exercise = page.locator('[data-exercise="q1"]');
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  const editor = exercise.locator('.monaco-editor');
  const height = async () => (await editor.boundingBox())?.height ?? 0;
  const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const cap = Math.min(0.6 * (page.viewportSize()?.height ?? 0), 28 * rem);
  const short = await height();
  expect(short).toBeLessThan(cap - 100);

  // Typing lines grows the frame, up to its cap.
  await exercise.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\nRUN echo step'.repeat(12));
  await expect.poll(height).toBeGreaterThan(short + 100);
  await page.keyboard.insertText('\nRUN echo more'.repeat(60));
  await expect.poll(height).toBeCloseTo(cap, 0);
});

test('accessibility mode: the text box is as tall as the editor it replaces, for a short file, a longer one and a long one', async ({ page }) => {
  test.slow(); // Monaco mounts again after each switch back
  await page.goto('/docker/docker-la-gi/');
  const exercise = page.locator('[data-exercise="q1"]');
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  const toggle = exercise.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)');
  const textBox = exercise.getByRole('textbox', { name: 'Trình soạn thảo Dockerfile' });
  const heightOf = async (selector: string) => (await exercise.locator(selector).boundingBox())?.height ?? 0;

  await toggle.check();
  const starter = await textBox.inputValue();
  // Lesson 1's 3-line starter, 12 lines, then 60: the smallest frame, one in between, the tallest.
  for (const more of ['', '\nRUN echo step'.repeat(9), '\nRUN echo step'.repeat(57)]) {
    await toggle.check();
    await textBox.fill(`${starter}${more}`);
    const plain = await heightOf('.plain-editor');
    await toggle.uncheck();
    await expect(exercise.locator('.monaco-editor')).toBeVisible();
    // Monaco measures its content a frame or two after it mounts.
    await expect.poll(() => heightOf('.monaco-editor')).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const monaco = await heightOf('.monaco-editor');
    expect(Math.abs(plain - monaco), `text box ${plain} px, editor ${monaco} px`).toBeLessThanOrEqual(3);
  }
});

// Lesson 9's starter has a line long enough to wrap in the lesson column; on a phone most starters wrap.
for (const { page: where, path, scope, width } of [
  { page: 'lesson 9', path: '/docker/large-model-files/', scope: '[data-exercise="q9"]', width: 1280 },
  { page: 'lesson 10 on a phone', path: LESSON, scope: EXERCISE, width: 360 },
  { page: 'the playground on a phone', path: '/playground/', scope: '.playground', width: 360 },
]) {
  test(`${where}: the editor's frame and the text under it stay put while Monaco loads`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    // Every painted frame, from the workspace's first: the frame's height and where the hint under it sits.
    await page.addInitScript((workspace) => {
      const frames: { monaco: boolean; height: number; hintTop: number }[] = [];
      Object.assign(window, { editorFrames: frames });
      const sample = () => {
        const panel = document.querySelector(`${workspace} .code-workspace-panel`);
        const hint = document.querySelector(`${workspace} .editor-hint`);
        // From the workspace on: the exercise preview before it is layout-shift.spec.ts's concern.
        if (panel && hint && !panel.querySelector('.exercise-preview-code')) {
          frames.push({
            monaco: panel.querySelector('.monaco-editor') !== null,
            height: panel.getBoundingClientRect().height,
            hintTop: hint.getBoundingClientRect().top + window.scrollY,
          });
        }
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    }, scope);
    await page.goto(path);
    await page.locator(scope).scrollIntoViewIfNeeded();
    await expect(page.locator(`${scope} .code-workspace`)).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
    // Monaco measures its content a frame or two after it mounts.
    await page.waitForTimeout(500);

    const frames = await page.evaluate(() => (window as unknown as { editorFrames: { monaco: boolean; height: number; hintTop: number }[] }).editorFrames);
    const loading = frames.filter((frame) => !frame.monaco);
    const mounted = frames.at(-1);
    expect(loading.length, 'frames painted with the loading notice').toBeGreaterThan(0);
    expect(mounted?.monaco).toBe(true);
    for (const frame of loading) {
      expect(Math.abs(frame.height - (mounted?.height ?? 0)), `frame height ${frame.height} → ${mounted?.height}`).toBeLessThanOrEqual(3);
      expect(Math.abs(frame.hintTop - (mounted?.hintTop ?? 0)), `hint top ${frame.hintTop} → ${mounted?.hintTop}`).toBeLessThanOrEqual(3);
    }
  });
}

test('"Mở trong trình soạn thảo" opens the playground with the same code', async ({ page }) => {
  await page.goto('/docker/cau-truc-dockerfile/');
  const link = page.getByRole('link', { name: 'Mở trong trình soạn thảo' }).first();
  const block = page.locator('figure, .code-block').filter({ has: link }).first();
  const normalize = (text: string) =>
    text
      .replace(/\u00a0/g, ' ')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
  const code = normalize((await block.locator('pre code').first().textContent()) ?? '');
  expect(code).toContain('FROM');
  await link.click();
  await expect(page).toHaveURL(/\/playground\/#code=/);
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.monaco-editor .view-lines')).toContainText(code.split('\n')[0] ?? '');
  // The accessibility textarea shows the same model text in full, which the visible lines cannot.
  await page.getByLabel('Chế độ trợ năng (ô nhập văn bản thường)').check();
  expect(normalize(await page.getByLabel('Trình soạn thảo Dockerfile').inputValue())).toBe(code);
});

test('a corrupted saved state loads with a notice and resets only the broken part', async ({ page }) => {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 2,
        state: {
          lessonsRead: { 'docker/bao-mat': 1 },
          exercises: { q10: { code: 12345 }, q1: { code: 'FROM python:3.11-slim\n', bestScore: 50 } },
          preferences: { plainEditor: false },
        },
      }),
    );
  }, STORAGE_KEY);
  await page.goto(LESSON);
  await expect(page.getByTestId('progress-notice')).toContainText('q10');
  await expect(page.getByTestId('progress-notice')).toContainText('bị hỏng');
  await expect(page.locator(`${EXERCISE} .exercise-preview-code`)).toContainText('AWS_ACCESS_KEY_ID');
  const state = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').state, STORAGE_KEY);
  expect(state.exercises.q10).toBeUndefined();
  expect(state.exercises.q1.bestScore).toBe(50);
  expect(state.lessonsRead['docker/bao-mat']).toBe(1);
  await openExercise(page);
});

test('unreadable saved state: a notice, an empty progress, a working exercise', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{"state":{"exer'), STORAGE_KEY);
  await page.goto(LESSON);
  await expect(page.getByTestId('progress-notice')).toContainText('bị hỏng');
  await openExercise(page);
  await expect(page.locator(`${EXERCISE} .squiggly-error`).first()).toBeVisible();
});

test('unreadable saved state: the notice is seen at the top of the page, and "Đã hiểu" hands focus on', async ({ page }) => {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(key, 'not json{');
  }, STORAGE_KEY);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(LESSON);
  const notice = page.getByTestId('progress-notice');
  await expect(notice).toContainText('bị hỏng');
  // Where a person reads first, not below the footer of a page many screens long.
  await expect(notice).toBeInViewport();
  const box = await notice.boundingBox();
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(box!.y).toBeLessThan(heading!.y);

  await notice.getByRole('button', { name: 'Đã hiểu' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});

const BAD_PASTES = [
  {
    what: 'binary junk',
    // The start of a zip file, as a browser pastes it from a binary file opened as text.
    text: 'PK\u0003\u0004\u0014\u0000\u0008\u0000\uFFFD\uFFFDmodel.bin\u0000\u0000\u0001\u0002',
    alert: 'Dòng 1 có ký tự của dữ liệu nhị phân, không phải văn bản',
    saveState: 'Chưa lưu: mã có ký tự của dữ liệu nhị phân',
  },
  {
    what: 'a 5 MB build log',
    // Pasted by mistake: 100,000 lines of 50 characters.
    text: 'Step 3/9 : RUN pip install -r requirements.txt ok\n'.repeat(100_000),
    alert: 'Tệp quá lớn để phân tích: 5.000.000 ký tự, tối đa 100.000.',
    saveState: 'Chưa lưu: mã quá lớn để lưu trên máy này',
  },
];

for (const paste of BAD_PASTES) {
  test(`${paste.what} pasted over the code: a Vietnamese message, nothing saved, undo and reload give the code back`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(LESSON);
    await openExercise(page);
    const exercise = page.locator(EXERCISE);
    await exercise.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\n# my-work-before-the-paste\n');
    await expect(exercise.getByTestId('save-state')).toHaveText('Đã lưu');

    await page.evaluate((text) => navigator.clipboard.writeText(text), paste.text);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(exercise.getByRole('alert')).toContainText(paste.alert);
    await expect(exercise.getByTestId('save-state')).toHaveText(paste.saveState);

    await page.keyboard.press('ControlOrMeta+Z');
    await expect(exercise.locator('.view-lines')).toContainText('my-work-before-the-paste');
    await expect(exercise.getByRole('alert')).toHaveCount(0);
    await expect(exercise.getByTestId('findings')).toContainText('no-secrets');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(exercise.getByTestId('save-state')).toHaveText(paste.saveState);
    await page.reload();
    await expect(exercise.locator('.exercise-preview-code, .view-lines').first()).toContainText('my-work-before-the-paste');
  });
}

test('two lessons open in two tabs: saving in one keeps the work done in the other', async ({ page, context }) => {
  test.slow(); // two Monaco editors on a shared machine
  const other = await context.newPage();
  const typeAtEnd = async (tab: Page, exercise: string, text: string) => {
    await tab.locator(exercise).scrollIntoViewIfNeeded();
    await expect(tab.locator(`${exercise} .code-workspace`)).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
    await tab.locator(`${exercise} .monaco-editor .view-lines`).click();
    await tab.keyboard.press('ControlOrMeta+End');
    await tab.keyboard.insertText(text);
    // "Đã lưu" is also what shows before the keystrokes register: wait for the text in storage.
    await expect.poll(() => tab.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY)).toContain(text.trim());
    await expect(tab.locator(`${exercise} [data-testid="save-state"]`)).toHaveText('Đã lưu');
  };
  await page.goto('/docker/docker-la-gi/');
  await other.goto(LESSON);
  await expect(other.locator(`${EXERCISE} .exercise-preview-code`)).toBeVisible();

  await typeAtEnd(page, '[data-exercise="q1"]', '\n# work-from-the-first-tab\n');
  await typeAtEnd(other, EXERCISE, '\n# work-from-the-second-tab\n');
  await other.close();

  await page.reload();
  await page.locator('[data-exercise="q1"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-exercise="q1"] .exercise-preview-code, [data-exercise="q1"] .view-lines').first()).toContainText('work-from-the-first-tab');
  await page.goto(LESSON);
  await expect(page.locator(`${EXERCISE} .exercise-preview-code, ${EXERCISE} .view-lines`).first()).toContainText('work-from-the-second-tab');
});

test('the same exercise in two tabs: each editor takes up the other\'s saves, and grading in one loses nothing typed in the other', async ({ page, context }) => {
  test.slow(); // two Monaco editors on a shared machine
  const other = await context.newPage();
  const [exercise, otherExercise] = await openInBothTabs(page, other);

  await otherExercise.locator('.monaco-editor .view-lines').click();
  await other.keyboard.press('ControlOrMeta+End');
  await other.keyboard.insertText('\n# typed-in-the-second-tab\n');
  await expect(otherExercise.getByTestId('save-state')).toHaveText('Đã lưu');
  // The first tab, opened before, shows that work: what it types next goes after it.
  await expect(exercise.locator('.view-lines')).toContainText('typed-in-the-second-tab');

  await exercise.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\n# typed-in-the-first-tab\n');
  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(exercise.getByTestId('grade-count')).toBeVisible();

  // The second tab shows both, and the grade, and its save state is true.
  await expect(otherExercise.locator('.view-lines')).toContainText('typed-in-the-first-tab');
  await expect(otherExercise.locator('.view-lines')).toContainText('typed-in-the-second-tab');
  await expect(otherExercise.getByTestId('grade-count')).toBeVisible();
  await expect(otherExercise.getByRole('button', { name: 'Xem lời giải' })).toBeEnabled();
  await expect(otherExercise.getByTestId('save-state')).toHaveText('Đã lưu');
  // It says why its code changed, and can take the change back.
  await expect(otherExercise.getByText('Mã đã được cập nhật theo bản vừa lưu ở một tab khác.')).toBeVisible();
  await other.close();

  await page.reload();
  await page.locator(EXERCISE).scrollIntoViewIfNeeded();
  const saved = page.locator(`${EXERCISE} .exercise-preview-code, ${EXERCISE} .view-lines`).first();
  await expect(saved).toContainText('typed-in-the-second-tab');
  await expect(saved).toContainText('typed-in-the-first-tab');
});

test('several saves taken up from another tab are one change: "Hoàn tác" goes back to what this tab showed before them', async ({ page, context }) => {
  test.slow(); // two Monaco editors on a shared machine
  const other = await context.newPage();
  const [exercise, otherExercise] = await openInBothTabs(page, other);
  const typeAndSave = async (tab: Page, text: string) => {
    await tab.locator(`${EXERCISE} .monaco-editor .view-lines`).click();
    await tab.keyboard.press('ControlOrMeta+End');
    await tab.keyboard.insertText(`\n# ${text}\n`);
    await expect.poll(() => tab.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY)).toContain(text);
  };

  // This tab's own work, saved and taken up by the other tab.
  await typeAndSave(page, 'mine-in-this-tab');
  await expect(otherExercise.locator('.view-lines')).toContainText('mine-in-this-tab');

  // Three saves in the other tab, each taken up here in turn.
  for (const text of ['other-tab-save-1', 'other-tab-save-2', 'other-tab-save-3']) {
    await typeAndSave(other, text);
    await expect(exercise.locator('.view-lines')).toContainText(text);
    await expect(exercise.getByText('Mã đã được cập nhật theo bản vừa lưu ở một tab khác.')).toBeVisible();
  }

  await exercise.getByRole('button', { name: 'Hoàn tác' }).click();
  const lines = exercise.locator('.view-lines');
  await expect(lines).toContainText('mine-in-this-tab');
  await expect(lines).not.toContainText('other-tab-save-1');
  await expect(lines).not.toContainText('other-tab-save-3');
  // What undo brought back is saved, and the other tab takes it up in turn.
  await expect(exercise.getByTestId('save-state')).toHaveText('Đã lưu');
  await expect(otherExercise.locator('.view-lines')).not.toContainText('other-tab-save-1');
  await expect(otherExercise.locator('.view-lines')).toContainText('mine-in-this-tab');
  await other.close();
});

test('network: no Monaco before the exercise nears the viewport', async ({ page }) => {
  const monacoScripts: string[] = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.includes('/_next/') || !/\.js(\?|$)/.test(url)) return;
    const body = await response.text().catch(() => '');
    if (body.includes('MonacoEnvironment')) monacoScripts.push(url);
  });
  await page.goto(LESSON);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(monacoScripts).toEqual([]);
  await expect(page.locator('.monaco-editor')).toHaveCount(0);

  await page.locator(EXERCISE).scrollIntoViewIfNeeded();
  await expect(page.locator(`${EXERCISE} .monaco-editor`)).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => monacoScripts.length).toBeGreaterThan(0);
});

test('axe: a lesson with the editor open has no serious or critical violations', async ({ page }) => {
  test.slow(); // axe walks the whole long lesson plus Monaco's DOM: over a minute when the machine is busy
  await page.goto(LESSON);
  await openExercise(page);
  await page.locator(EXERCISE).getByRole('button', { name: 'Chấm điểm' }).click();
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('screen reader: every "Chấm điểm" is announced, also when the result is the same as the last one', async ({ page }) => {
  await page.goto(LESSON);
  await openExercise(page);
  const exercise = page.locator(EXERCISE);
  const status = exercise.getByTestId('grade-announcement');
  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(status).toHaveText(/^Đã chấm: \d+\/\d+ mục đạt \(\d+%\)\.?\s*$/);
  const first = await status.textContent();

  // A live region speaks when its text changes: the same words again would be silent.
  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(status).toHaveText(/^Đã chấm: \d+\/\d+ mục đạt \(\d+%\)\.?\s*$/);
  await expect.poll(() => status.textContent()).not.toBe(first);
});
