// Question 8's layer-cache view as a learner uses it: pick "Sửa src/model.py", see the starter reinstall
// everything, reorder the Dockerfile, and watch pip install come from the cache.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const LESSON = '/docker/layer-caching/';
const EXERCISE = '[data-exercise="q8"]';

const REORDERED = `FROM python:3.11-slim AS builder
WORKDIR /build
COPY requirements.txt .
RUN pip install --no-cache-dir --user -r requirements.txt

FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /root/.local /root/.local
COPY . .
EXPOSE 8000
CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]
`;

async function openExercise(page: Page) {
  await page.goto(LESSON);
  await page.locator(EXERCISE).scrollIntoViewIfNeeded();
  await expect(page.locator(`${EXERCISE} .code-workspace`)).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
}

async function replaceEditorText(page: Page, text: string) {
  await page.locator(`${EXERCISE} .monaco-editor .view-lines`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

function step(page: Page, line: number) {
  return page.locator(`${EXERCISE} [data-testid="layer-cache"] li`).filter({ has: page.getByRole('button', { name: `Tới dòng ${line}`, exact: true }) });
}

test('"Sửa src/model.py": the starter reinstalls everything, the reordered Dockerfile keeps pip install cached', async ({ page }) => {
  await openExercise(page);
  const cache = page.locator(EXERCISE).getByTestId('layer-cache');
  const change = cache.getByLabel('Nếu tôi…');
  await change.selectOption({ label: 'Sửa src/model.py' });
  // Starter: COPY . /app on line 2 reads the model, so the pip install on line 6 rebuilds.
  await expect(step(page, 2)).toHaveAttribute('data-status', 'rebuilt');
  await expect(step(page, 6)).toHaveAttribute('data-status', 'rebuilt');

  await replaceEditorText(page, REORDERED);
  await expect(change.locator('option:checked')).toHaveText('Sửa src/model.py');
  await expect(step(page, 4)).toHaveAttribute('data-status', 'cached');
  await expect(step(page, 10)).toHaveAttribute('data-status', 'rebuilt');
  await expect(step(page, 10)).toContainText('src/model.py');

  // requirements.txt, chosen by keyboard: the builder's pip install rebuilds this time.
  await change.focus();
  await page.keyboard.press('Home');
  await expect(change.locator('option:checked')).toHaveText('Sửa requirements.txt');
  await expect(step(page, 4)).toHaveAttribute('data-status', 'rebuilt');
});

test('the chosen change stays chosen while the Dockerfile is rewritten and the list of files reorders', async ({ page }) => {
  await openExercise(page);
  const change = page.locator(EXERCISE).getByTestId('layer-cache').getByLabel('Nếu tôi…');
  await change.selectOption({ label: 'Sửa src/model.py' });
  // Half-way through the rewrite only src/ is copied: the files a COPY reads move to the top of the list.
  await replaceEditorText(page, 'FROM python:3.11-slim\nWORKDIR /app\nCOPY src/ ./src/\nRUN pip install --no-cache-dir -r requirements.txt\n');
  await expect(step(page, 3)).toContainText('src/');
  await expect(change.locator('option:checked')).toHaveText('Sửa src/model.py');
  await expect(step(page, 3)).toHaveAttribute('data-status', 'rebuilt');
  await expect(step(page, 4)).toHaveAttribute('data-status', 'rebuilt');
});

test('the view opens on the change q8 asks about, src/model.py, before and after the editor loads', async ({ page }) => {
  await page.goto(LESSON);
  const change = page.locator(EXERCISE).getByTestId('layer-cache').getByLabel('Nếu tôi…');
  // The preview drawn at build time, then the live view: both on src/model.py, which rebuilds the starter's pip install.
  await expect(change.locator('option:checked')).toHaveText('Sửa src/model.py');
  await expect(step(page, 6)).toHaveAttribute('data-status', 'rebuilt');
  await openExercise(page);
  await expect(change).toBeEnabled();
  await expect(change.locator('option:checked')).toHaveText('Sửa src/model.py');
  await expect(step(page, 2)).toHaveAttribute('data-status', 'rebuilt');
  await expect(step(page, 2)).toContainText('src/model.py');

  // The learner's own choice is theirs: picked once, it stays while they edit.
  await change.selectOption({ label: 'Sửa requirements.txt' });
  await replaceEditorText(page, REORDERED);
  await expect(change.locator('option:checked')).toHaveText('Sửa requirements.txt');
  await expect(step(page, 4)).toHaveAttribute('data-status', 'rebuilt');
});
