// Hints and the reference solution as a learner meets them: the solution stays locked until a first
// grade, then shows every file the learner has to write, and stays unlocked after a reload.
import { expect, test } from './fixtures';

const LESSON = '/docker/bao-mat/';
const EXERCISE = '[data-exercise="q10"]';

test('the solution opens after a first grade, shows the Dockerfile and the .dockerignore, and stays open to a reload', async ({ page }) => {
  await page.goto(LESSON);
  const exercise = page.locator(EXERCISE);
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });

  const reveal = exercise.getByRole('button', { name: 'Xem lời giải' });
  await expect(reveal).toBeDisabled();
  await expect(exercise).toContainText('Lời giải mở sau lần chấm điểm đầu tiên.');

  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(reveal).toBeEnabled();
  await reveal.click();
  const solution = exercise.getByTestId('solution');
  await expect(solution.getByTestId('solution-Dockerfile')).toContainText('USER mluser');
  // Lesson 10 grades .env in .dockerignore: the reference .dockerignore is part of the answer.
  const ignore = solution.getByTestId('solution-dockerignore');
  await expect(ignore).toContainText('.env');
  await expect(ignore).toContainText('__pycache__/');
  // The comparison says what the learner's .dockerignore (only .git) still lacks.
  await expect(solution.getByLabel('So sánh .dockerignore từng dòng')).toContainText('.env');

  await page.reload();
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  // Opened once, it is still open: the learner does not have to ask again.
  await expect(exercise.getByTestId('solution').getByTestId('solution-dockerignore')).toContainText('.env');
});

test('keyboard: focus stays with what the learner opened, the last hint and the solution', async ({ page }) => {
  await page.goto(LESSON);
  const exercise = page.locator(EXERCISE);
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  const focusIsIn = (selector: string) => page.evaluate((inside) => Boolean(document.activeElement?.closest(inside)), selector);

  await exercise.getByRole('button', { name: 'Xem gợi ý 1/3' }).focus();
  await page.keyboard.press('Enter');
  await expect(exercise.getByRole('button', { name: 'Xem gợi ý 2/3' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(exercise).toContainText('Gợi ý 3/3:');
  // The button is gone once every hint shows: focus goes to the hint it revealed, not to the page's top.
  await expect.poll(() => focusIsIn(`${EXERCISE} .hints`)).toBe(true);

  await exercise.getByRole('button', { name: 'Chấm điểm' }).focus();
  await page.keyboard.press('Enter');
  await exercise.getByRole('button', { name: 'Xem lời giải' }).focus();
  await page.keyboard.press('Enter');
  await expect(exercise.getByTestId('solution')).toBeVisible();
  await expect.poll(() => focusIsIn(`${EXERCISE} [data-testid="solution"]`)).toBe(true);
});

test('hints revealed and the solution opened are still shown after a reload, without taking focus', async ({ page }) => {
  await page.goto(LESSON);
  const exercise = page.locator(EXERCISE);
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });

  await exercise.getByRole('button', { name: 'Xem gợi ý 1/3' }).click();
  await exercise.getByRole('button', { name: 'Xem gợi ý 2/3' }).click();
  await expect(exercise.locator('.hint-list li')).toHaveCount(2);
  await exercise.getByRole('button', { name: 'Chấm điểm' }).click();
  await exercise.getByRole('button', { name: 'Xem lời giải' }).click();
  await expect(exercise.getByTestId('solution')).toBeVisible();

  await page.reload();
  await exercise.scrollIntoViewIfNeeded();
  // Before and after the editor has loaded: hints 1 and 2, the button for hint 3, and the solution.
  await expect(exercise.locator('.hint-list li')).toHaveCount(2);
  await expect(exercise.getByTestId('solution').getByTestId('solution-Dockerfile')).toContainText('USER mluser');
  await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  await expect(exercise.locator('.hint-list li')).toHaveCount(2);
  await expect(exercise.locator('.hint-list')).toContainText('Gợi ý 2/3:');
  await expect(exercise.locator('.hint-list')).not.toContainText('Gợi ý 3/3:');
  await expect(exercise.getByRole('button', { name: 'Xem gợi ý 3/3' })).toBeEnabled();
  await expect(exercise.getByTestId('solution').getByTestId('solution-Dockerfile')).toContainText('USER mluser');
  await expect(exercise.getByRole('button', { name: 'Xem lời giải' })).toHaveCount(0);
  // What was restored is shown, not focused: the page does not jump to it.
  expect(await page.evaluate((inside) => Boolean(document.activeElement?.closest(`${inside} :is(.hints, [data-testid="solution"])`)), EXERCISE)).toBe(false);

  // The third hint still comes on request, and all three stay after another reload.
  await exercise.getByRole('button', { name: 'Xem gợi ý 3/3' }).click();
  await expect(exercise.locator('.hint-list li')).toHaveCount(3);
  await page.reload();
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('.code-workspace')).toHaveAttribute('data-editor-ready', 'true', { timeout: 30_000 });
  await expect(exercise.locator('.hint-list li')).toHaveCount(3);
  await expect(exercise.getByRole('button', { name: /Xem gợi ý/ })).toHaveCount(0);
});
