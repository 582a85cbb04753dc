// A learner checks a lesson with its short quiz, then takes a mixed, timed quiz across lessons.
// Expected answers come from the same key the app computes (the analyzer for Dockerfile items).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page, type Route } from '@playwright/test';
import { getQuiz } from '../content/docker/quizzes';
import { answerKey } from '../lib/quiz/answer-key';
import { lessonUrl } from '../lib/dockerfile/lessons';
import type { QuizQuestion } from '../lib/quiz/types';

const q8 = getQuiz('q8')!;

// Long journeys on a shared, busy machine: give them room beyond the 60 s default.
test.describe.configure({ timeout: 120_000 });

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('favicon')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function answer(page: Page, question: QuizQuestion, choices: string[]) {
  const fieldset = page.locator(`fieldset[data-question="${question.id}"]`);
  for (const id of choices) await fieldset.locator(`input[value="${id}"]`).check();
}

/**
 * Scrolls to a lesson's quiz, as a learner does, and waits for its code: the quiz is drawn by the
 * server and its code loads near the viewport, so a test that reads what the code shows (saved
 * answers, scores, notices) first brings the quiz near, as the learner would have to.
 */
async function reachLessonQuiz(page: Page) {
  // The quiz's frame, not its form: the form is replaced when the code comes, maybe mid-scroll.
  await page.locator('[data-quiz-code]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-quiz-code="ready"]')).toHaveCount(1);
}

async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a lesson quiz: answer, submit, see the score and a review linked to the lesson, then retry', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(lessonUrl(8));
  const quiz = page.getByTestId('lesson-quiz');
  await expect(page.getByRole('heading', { level: 2, name: 'Kiểm tra nhanh' })).toBeVisible();
  await expect(quiz.locator('fieldset')).toHaveCount(q8.questions.length);

  // Everything right except the first question, answered with the keyboard (a wrong radio).
  const [first, ...rest] = q8.questions;
  const wrongChoice = first!.kind === 'single' ? first!.choices.find((c) => c.id !== first!.answer)! : null;
  await quiz.locator(`fieldset[data-question="${first!.id}"] input[value="${wrongChoice!.id}"]`).focus();
  await page.keyboard.press('Space');
  await expect(quiz.locator(`fieldset[data-question="${first!.id}"] input[value="${wrongChoice!.id}"]`)).toBeChecked();
  for (const question of rest) await answer(page, question, answerKey(question).correct);
  await expect(quiz.getByText(`Đã trả lời ${q8.questions.length}/${q8.questions.length} câu`)).toBeVisible();

  await quiz.getByRole('button', { name: 'Nộp bài' }).click();
  const score = quiz.getByTestId('quiz-score');
  await expect(score).toHaveAttribute('data-correct', String(q8.questions.length - 1));
  await expect(score.getByRole('heading')).toHaveText(`Kết quả: ${q8.questions.length - 1}/${q8.questions.length} câu đúng (83%)`);
  await expect(score.getByRole('heading')).toBeFocused();

  const wrong = quiz.locator(`[data-review="${first!.id}"]`);
  await expect(wrong).toHaveAttribute('data-correct', 'false');
  await expect(wrong).toContainText('✗ Sai');
  await expect(wrong).toContainText(first!.explanation);
  await expect(wrong.getByRole('link')).toHaveAttribute('href', lessonUrl(8, first!.anchor));
  const cacheItem = rest.find((q) => q.kind === 'dockerfile-cache')!;
  await expect(quiz.locator(`[data-review="${cacheItem.id}"]`)).toContainText('✓ Đúng');
  await quiz.locator(`[data-review="${cacheItem.id}"] summary`).click();
  await expect(quiz.locator(`[data-review="${cacheItem.id}"]`)).toContainText('build lại');
  expect(await seriousViolations(page, '[data-testid="lesson-quiz"]')).toEqual([]);

  await quiz.getByRole('button', { name: 'Làm lại' }).click();
  await expect(quiz.locator('[data-review]')).toHaveCount(0);
  await expect(quiz.locator('input:checked')).toHaveCount(0);
  await expect(quiz.getByTestId('quiz-best')).toHaveText(`Điểm cao nhất: ${q8.questions.length - 1}/${q8.questions.length}`);

  await page.reload();
  await expect(page.getByTestId('quiz-best')).toHaveText(`Điểm cao nhất: ${q8.questions.length - 1}/${q8.questions.length}`);
  expect(errors).toEqual([]);
});

/**
 * Holds every script the page asks for after its first load (the quiz's code among them) until the
 * returned function is called: what a slow connection does to a learner who reaches the quiz early.
 */
async function holdLateScripts(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let holding = true;
  await page.route('**/_next/static/chunks/**', (route) => (holding ? held.push(route) : route.continue()));
  return async () => {
    holding = false;
    await Promise.all(held.map((route) => route.continue()));
  };
}

test('a lesson quiz answered before its code came: the choices and the focus are taken up when it comes', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(lessonUrl(8));
  const release = await holdLateScripts(page);
  const quiz = page.getByTestId('lesson-quiz');
  const [first, second] = q8.questions;
  const firstChoice = quiz.locator(`fieldset[data-question="${first!.id}"] input[value="${answerKey(first!).correct[0]}"]`);
  const secondChoice = quiz.locator(`fieldset[data-question="${second!.id}"] input[value="${answerKey(second!).correct[0]}"]`);
  await firstChoice.check();
  await secondChoice.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter'); // on a choice: chooses, does not hand in
  await expect(page.locator('[data-quiz-code="pending"]')).toHaveCount(1);

  await release();
  await expect(page.locator('[data-quiz-code="ready"]')).toHaveCount(1);
  await expect(quiz.getByText(`Đã trả lời 2/${q8.questions.length} câu`)).toBeVisible();
  await expect(secondChoice).toBeChecked();
  await expect(secondChoice).toBeFocused();
  await expect(quiz).toHaveAttribute('data-state', 'answering');

  // Kept as answers are: a reload finds both.
  await page.reload();
  await reachLessonQuiz(page);
  await expect(quiz.getByText(`Đã trả lời 2/${q8.questions.length} câu`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('"Nộp bài" pressed before the quiz\'s code came hands the quiz in once it comes, without leaving the page', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(lessonUrl(8));
  const release = await holdLateScripts(page);
  const quiz = page.getByTestId('lesson-quiz');
  const [first] = q8.questions;
  for (const id of answerKey(first!).correct) await quiz.locator(`fieldset[data-question="${first!.id}"] input[value="${id}"]`).check();
  await quiz.getByRole('button', { name: 'Nộp bài' }).click();
  await expect(page.locator('[data-quiz-code="pending"]')).toHaveCount(1);
  expect(new URL(page.url()).search).toBe(''); // not sent to itself as a form

  await release();
  const score = quiz.getByTestId('quiz-score');
  await expect(score).toHaveAttribute('data-correct', '1');
  await expect(score.getByRole('heading')).toHaveText(`Kết quả: 1/${q8.questions.length} câu đúng (17%)`);
  await expect(page.getByTestId('quiz-best')).toHaveText(`Điểm cao nhất: 1/${q8.questions.length}`);
  expect(new URL(page.url()).search).toBe('');
  expect(errors).toEqual([]);
});

test('a lesson quiz keeps its answers across a reload until it is handed in', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(lessonUrl(8));
  const quiz = page.getByTestId('lesson-quiz');
  const [first, second, ...rest] = q8.questions;
  await answer(page, first!, answerKey(first!).correct);
  await answer(page, second!, answerKey(second!).correct);
  await expect(quiz.getByText(`Đã trả lời 2/${q8.questions.length} câu`)).toBeVisible();

  await page.reload();
  await expect(quiz.getByText(`Đã trả lời 2/${q8.questions.length} câu`)).toBeVisible();
  for (const id of answerKey(first!).correct) await expect(quiz.locator(`fieldset[data-question="${first!.id}"] input[value="${id}"]`)).toBeChecked();

  for (const question of rest) await answer(page, question, answerKey(question).correct);
  await quiz.getByRole('button', { name: 'Nộp bài' }).click();
  await expect(quiz.getByTestId('quiz-score')).toHaveAttribute('data-correct', String(q8.questions.length));
  // Handed in: the review still shows what was chosen, and a reload starts afresh.
  for (const id of answerKey(first!).correct) await expect(quiz.locator(`fieldset[data-question="${first!.id}"] input[value="${id}"]`)).toBeChecked();
  await page.reload();
  await expect(page.getByTestId('quiz-best')).toHaveText(`Điểm cao nhất: ${q8.questions.length}/${q8.questions.length}`);
  await expect(quiz.getByText(`Đã trả lời 0/${q8.questions.length} câu`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('/quiz/ keeps its shuffled order across a reload, and a perfect run is remembered', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/quiz/');
  await expect(page.getByRole('heading', { level: 1, name: 'Trắc nghiệm tổng hợp' })).toBeVisible();
  const setup = page.getByTestId('quiz-setup');
  await expect(setup.getByRole('checkbox')).toHaveCount(10);
  await expect(setup.getByRole('checkbox', { checked: true })).toHaveCount(10); // all ten by default
  await expect(setup.getByRole('radio', { name: 'Không bấm giờ' })).toBeChecked(); // timer off by default

  await setup.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await setup.getByRole('checkbox', { name: /Câu 8\./ }).check();
  await setup.getByRole('radio', { name: /Tất cả/ }).check();
  await setup.getByRole('button', { name: `Bắt đầu (${q8.questions.length} câu)` }).click();

  const quiz = page.getByTestId('mixed-quiz');
  const order = await quiz.locator('fieldset').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-question')));
  expect([...order].sort()).toEqual(q8.questions.map((q) => q.id).sort());
  await answer(page, q8.questions[0]!, answerKey(q8.questions[0]!).correct);

  await page.reload();
  await expect(quiz.locator('fieldset')).toHaveCount(q8.questions.length);
  expect(await quiz.locator('fieldset').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-question')))).toEqual(order);
  await expect(quiz.locator(`fieldset[data-question="${q8.questions[0]!.id}"] input:checked`)).toHaveCount(1);

  for (const question of q8.questions.slice(1)) await answer(page, question, answerKey(question).correct);
  await quiz.getByRole('button', { name: 'Nộp bài' }).first().click();
  const result = page.getByTestId('mixed-result');
  await expect(result.getByTestId('quiz-score')).toHaveAttribute('data-correct', String(q8.questions.length));
  await expect(result).toContainText('Bạn trả lời đúng tất cả');

  await result.getByRole('button', { name: 'Làm bài mới' }).click();
  await setup.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await setup.getByRole('checkbox', { name: /Câu 8\./ }).check();
  await setup.getByRole('radio', { name: /Tất cả/ }).check();
  await expect(page.getByTestId('mixed-best')).toContainText(`${q8.questions.length}/${q8.questions.length} (100%)`);
  expect(errors).toEqual([]);
});

test('/quiz/ with "Bấm giờ" submits itself when the time runs out and reviews the wrong answers', async ({ page }) => {
  const errors = watchConsole(page);
  await page.clock.install();
  await page.goto('/quiz/');
  const setup = page.getByTestId('quiz-setup');
  await setup.getByRole('radio', { name: '5 câu', exact: true }).check();
  await setup.getByRole('radio', { name: '5 phút', exact: true }).check();
  await setup.getByRole('button', { name: 'Bắt đầu (5 câu)' }).click();

  const quiz = page.getByTestId('mixed-quiz');
  await expect(quiz.locator('fieldset')).toHaveCount(5);
  await expect(page.getByTestId('quiz-timer')).toHaveText(/^(05:00|04:[0-5]\d)$/);
  expect(await seriousViolations(page)).toEqual([]);

  // The fake clock still runs in real time between steps: after two fast-forwarded minutes, at most 3:00 is left.
  await page.clock.fastForward('02:00');
  await expect(page.getByTestId('quiz-timer')).toHaveText(/^(03:00|0[0-2]:[0-5]\d)$/);
  await page.clock.fastForward('03:01');

  const result = page.getByTestId('mixed-result');
  await expect(result.getByRole('alert')).toHaveText('Hết giờ: bài đã được nộp tự động.');
  await expect(result.getByTestId('quiz-score')).toHaveAttribute('data-correct', '0'); // nothing was answered
  await expect(result.getByRole('heading', { name: 'Xem lại câu sai' })).toBeVisible();
  const reviews = result.locator('[data-review]');
  await expect(reviews).toHaveCount(5);
  await expect(reviews.first()).toContainText('✗ Chưa trả lời');
  await expect(reviews.first()).toContainText('Đáp án đúng:');
  await expect(reviews.first().getByRole('link')).toHaveAttribute('href', /^\/docker\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  expect(await seriousViolations(page)).toEqual([]);

  await result.getByRole('button', { name: 'Luyện lại 5 câu sai' }).click();
  await expect(page.getByTestId('mixed-quiz').locator('fieldset')).toHaveCount(5);
  expect(errors).toEqual([]);
});

test('/quiz/ has no serious or critical axe violations', async ({ page }) => {
  await page.goto('/quiz/');
  await expect(page.getByTestId('quiz-setup')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('two lesson quizzes in two tabs: the second one submitted keeps the first one\'s best score', async ({ page, context }) => {
  const errors = watchConsole(page);
  const q2 = getQuiz('q2')!;
  const other = await context.newPage();
  await other.goto(lessonUrl(2));
  await expect(other.getByTestId('lesson-quiz').locator('fieldset')).toHaveCount(q2.questions.length);

  await page.goto(lessonUrl(8));
  for (const question of q8.questions) await answer(page, question, answerKey(question).correct);
  await page.getByTestId('lesson-quiz').getByRole('button', { name: 'Nộp bài' }).click();
  await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-correct', String(q8.questions.length));

  // The tab opened before that submission submits its own quiz.
  for (const question of q2.questions) await answer(other, question, answerKey(question).correct);
  await other.getByTestId('lesson-quiz').getByRole('button', { name: 'Nộp bài' }).click();
  await expect(other.getByTestId('quiz-score')).toHaveAttribute('data-correct', String(q2.questions.length));
  await other.close();

  await page.reload();
  await expect(page.getByTestId('quiz-best')).toHaveText(`Điểm cao nhất: ${q8.questions.length}/${q8.questions.length}`);
  expect(errors).toEqual([]);
});

/** Lesson 8's quiz open in `page` and in a second tab of the same browser, both watched for console errors. */
async function lessonQuizInTwoTabs(page: Page, context: BrowserContext) {
  const errors = watchConsole(page);
  const other = await context.newPage();
  const otherErrors = watchConsole(other);
  await page.goto(lessonUrl(8));
  await other.goto(lessonUrl(8));
  await reachLessonQuiz(page);
  await reachLessonQuiz(other);
  const otherQuiz = other.getByTestId('lesson-quiz');
  await expect(otherQuiz.getByText(`Đã trả lời 0/${q8.questions.length} câu`)).toBeVisible();
  return { other, quiz: page.getByTestId('lesson-quiz'), otherQuiz, errors: () => [...errors, ...otherErrors] };
}

test('the same lesson quiz half-answered in two tabs: each tab shows the other\'s answers and neither erases them', async ({ page, context }) => {
  const [first, second] = q8.questions;
  const { other, quiz, otherQuiz, errors } = await lessonQuizInTwoTabs(page, context);

  await answer(page, first!, answerKey(first!).correct);
  // The answer given in the first tab shows in the second, which then answers the next question.
  for (const id of answerKey(first!).correct) await expect(otherQuiz.locator(`fieldset[data-question="${first!.id}"] input[value="${id}"]`)).toBeChecked();
  await answer(other, second!, answerKey(second!).correct);
  for (const id of answerKey(second!).correct) await expect(quiz.locator(`fieldset[data-question="${second!.id}"] input[value="${id}"]`)).toBeChecked();
  await expect(quiz.getByText(`Đã trả lời 2/${q8.questions.length} câu`)).toBeVisible();
  await expect(otherQuiz.getByText(`Đã trả lời 2/${q8.questions.length} câu`)).toBeVisible();

  // Both answers were saved: a reload of either tab finds them.
  await page.reload();
  await expect(quiz.getByText(`Đã trả lời 2/${q8.questions.length} câu`)).toBeVisible();
  for (const id of answerKey(first!).correct) await expect(quiz.locator(`fieldset[data-question="${first!.id}"] input[value="${id}"]`)).toBeChecked();
  for (const id of answerKey(second!).correct) await expect(quiz.locator(`fieldset[data-question="${second!.id}"] input[value="${id}"]`)).toBeChecked();
  await other.close();
  expect(errors()).toEqual([]);
});

test('a lesson quiz handed in in one tab: the other tab shows the same answers graded, not an emptied form', async ({ page, context }) => {
  const [first, second] = q8.questions;
  const { other, quiz, otherQuiz, errors } = await lessonQuizInTwoTabs(page, context);

  await answer(page, first!, answerKey(first!).correct);
  await answer(other, second!, answerKey(second!).correct);
  await expect(quiz.getByText(`Đã trả lời 2/${q8.questions.length} câu`)).toBeVisible();
  await quiz.getByRole('button', { name: 'Nộp bài' }).click();
  await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-correct', '2');

  // The other tab keeps both answers, graded as they were handed in, and says where that happened.
  await expect(otherQuiz).toHaveAttribute('data-state', 'graded');
  await expect(other.getByTestId('quiz-score')).toHaveAttribute('data-correct', '2');
  await expect(other.getByTestId('quiz-handed-in-elsewhere')).toHaveText('Bài này vừa được nộp ở một tab khác: đây là kết quả của các câu trả lời đã nộp.');
  for (const id of answerKey(second!).correct) await expect(otherQuiz.locator(`fieldset[data-question="${second!.id}"] input[value="${id}"]`)).toBeChecked();

  // "Làm lại" there starts over, as it does in the tab that handed the quiz in.
  await otherQuiz.getByRole('button', { name: 'Làm lại' }).click();
  await expect(otherQuiz.getByText(`Đã trả lời 0/${q8.questions.length} câu`)).toBeVisible();
  await expect(other.getByTestId('quiz-handed-in-elsewhere')).toHaveCount(0);
  await other.close();
  expect(errors()).toEqual([]);
});

test('answering a lesson quiz in another tab keeps the /quiz/ in progress', async ({ page, context }) => {
  const errors = watchConsole(page);
  const lesson = await context.newPage();
  await lesson.goto(lessonUrl(8));
  await expect(lesson.getByTestId('lesson-quiz').getByText(`Đã trả lời 0/${q8.questions.length} câu`)).toBeVisible();

  await startFiveQuestions(page);
  await expect(page.getByText('Đã trả lời 0/5 câu').first()).toBeVisible();
  await page.locator('fieldset input').first().check();
  await expect(page.getByText('Đã trả lời 1/5 câu').first()).toBeVisible();

  // The lesson tab, opened before the mixed quiz began, saves an answer of its own.
  const [first] = q8.questions;
  await answer(lesson, first!, answerKey(first!).correct);
  await expect(lesson.getByTestId('lesson-quiz').getByText(`Đã trả lời 1/${q8.questions.length} câu`)).toBeVisible();
  await lesson.close();

  await page.reload();
  await expect(page.getByText('Đã trả lời 1/5 câu').first()).toBeVisible();
  expect(errors).toEqual([]);
});

/** /quiz/ with five questions across every lesson, untimed. */
async function startFiveQuestions(page: Page) {
  await page.goto('/quiz/');
  const setup = page.getByTestId('quiz-setup');
  await setup.getByRole('radio', { name: '5 câu', exact: true }).check();
  await setup.getByRole('button', { name: 'Bắt đầu (5 câu)' }).click();
}

test('keyboard: Enter on an answer chooses it and does not hand in the quiz', async ({ page }) => {
  const errors = watchConsole(page);
  await startFiveQuestions(page);

  const quiz = page.getByTestId('mixed-quiz');
  await quiz.locator('fieldset input').first().focus();
  await page.keyboard.press('Space');
  // Enter is how many people confirm a choice: handing in four unanswered questions would be a surprise.
  await page.keyboard.press('Enter');
  await expect(quiz).toContainText('Đã trả lời 1/5 câu');
  await expect(page.getByTestId('mixed-result')).toHaveCount(0);

  // The same in a lesson's quiz.
  await page.goto(lessonUrl(8));
  const lessonQuiz = page.getByTestId('lesson-quiz');
  await lessonQuiz.locator('fieldset input').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(lessonQuiz).toContainText(`Đã trả lời 1/${q8.questions.length} câu`);
  await expect(lessonQuiz).toHaveAttribute('data-state', 'answering');
  expect(errors).toEqual([]);
});

test('"Nộp bài" with questions left says how many and asks again; "Trả lời tiếp" leads to the first one left', async ({ page }) => {
  const errors = watchConsole(page);
  await startFiveQuestions(page);
  const quiz = page.getByTestId('mixed-quiz');
  await quiz.locator('fieldset').first().locator('input').first().check();
  await expect(quiz).toContainText('Đã trả lời 1/5 câu');

  await quiz.getByRole('button', { name: 'Nộp bài' }).last().click();
  const confirm = quiz.getByRole('group', { name: 'Còn 4 câu chưa trả lời. Vẫn nộp bài?' });
  await expect(confirm).toBeVisible();
  await expect(page.getByTestId('mixed-result')).toHaveCount(0);
  // A second Enter must not hand it in: focus is on going back, and going back lands on question 2.
  await expect(confirm.getByRole('button', { name: 'Trả lời tiếp' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(quiz.locator('fieldset').nth(1).locator('input').first()).toBeFocused();
  await expect(quiz).toContainText('Đã trả lời 1/5 câu');

  await quiz.getByRole('button', { name: 'Nộp bài' }).first().click();
  await quiz.getByRole('group', { name: 'Còn 4 câu chưa trả lời. Vẫn nộp bài?' }).getByRole('button', { name: 'Vẫn nộp bài' }).click();
  await expect(page.getByTestId('mixed-result').getByTestId('quiz-score')).toHaveAttribute('data-total', '5');
  expect(errors).toEqual([]);
});

test('keyboard: "Nộp bài" on /quiz/, confirmed, hands it in and puts focus on the score', async ({ page }) => {
  const errors = watchConsole(page);
  await startFiveQuestions(page);

  await page.getByTestId('mixed-quiz').getByRole('button', { name: 'Nộp bài' }).first().focus();
  await page.keyboard.press('Enter');
  // Nothing answered: it asks first, and "Vẫn nộp bài" is one step back from the safe default.
  await expect(page.getByRole('button', { name: 'Trả lời tiếp' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Vẫn nộp bài' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The button that had focus is gone: a keyboard or screen-reader user lands on the result, not the page's top.
  await expect(page.getByRole('heading', { name: 'Điểm: 0/5 câu đúng (0%)' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('"Huỷ bài" asks before it throws answers away, and "Làm tiếp" keeps them', async ({ page }) => {
  const errors = watchConsole(page);
  await startFiveQuestions(page);
  const quiz = page.getByTestId('mixed-quiz');

  // Nothing answered yet: nothing to lose, no question asked.
  await quiz.getByRole('button', { name: 'Huỷ bài' }).click();
  await expect(page.getByTestId('quiz-setup')).toBeVisible();

  await startFiveQuestions(page);
  await quiz.locator('fieldset input').first().check();
  await expect(quiz).toContainText('Đã trả lời 1/5 câu');
  await quiz.getByRole('button', { name: 'Huỷ bài' }).click();
  const confirm = quiz.getByRole('group', { name: 'Huỷ bài và bỏ 1 câu đã trả lời?' });
  await expect(confirm).toBeVisible();
  // Keeping the work is the default a keyboard user lands on.
  await expect(confirm.getByRole('button', { name: 'Làm tiếp' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(quiz).toContainText('Đã trả lời 1/5 câu');
  await expect(quiz.getByRole('button', { name: 'Huỷ bài' })).toBeFocused();

  await quiz.getByRole('button', { name: 'Huỷ bài' }).click();
  await quiz.getByRole('button', { name: 'Bỏ bài' }).click();
  await expect(page.getByTestId('quiz-setup')).toBeVisible();
  expect(errors).toEqual([]);
});

test('keyboard: starting, retrying and leaving /quiz/ put focus on the first control of what appears', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/quiz/');
  const setup = page.getByTestId('quiz-setup');
  await setup.getByRole('radio', { name: '5 câu', exact: true }).check();
  await setup.getByRole('button', { name: 'Bắt đầu (5 câu)' }).focus();
  await page.keyboard.press('Enter');
  // The button pressed is gone: focus goes to the first answer of question 1, not back to the page's top.
  const quiz = page.getByTestId('mixed-quiz');
  await expect(quiz.locator('fieldset').first().locator('input').first()).toBeFocused();

  await quiz.getByRole('button', { name: 'Nộp bài' }).first().click();
  await quiz.getByRole('button', { name: 'Vẫn nộp bài' }).click();
  await page.getByRole('button', { name: 'Luyện lại 5 câu sai' }).focus();
  await page.keyboard.press('Enter');
  await expect(quiz.locator('fieldset').first().locator('input').first()).toBeFocused();

  await page.keyboard.press('Space'); // one answer: leaving now asks first
  await quiz.getByRole('button', { name: 'Huỷ bài' }).click();
  await quiz.getByRole('button', { name: 'Bỏ bài' }).focus();
  await page.keyboard.press('Enter');
  await expect(setup.getByRole('button', { name: 'Chọn tất cả', exact: true })).toBeFocused();

  await setup.getByRole('radio', { name: '5 câu', exact: true }).check();
  await setup.getByRole('button', { name: 'Bắt đầu (5 câu)' }).click();
  await quiz.getByRole('button', { name: 'Nộp bài' }).first().click();
  await quiz.getByRole('button', { name: 'Vẫn nộp bài' }).click();
  await page.getByRole('button', { name: 'Làm bài mới' }).focus();
  await page.keyboard.press('Enter');
  await expect(setup.getByRole('button', { name: 'Chọn tất cả', exact: true })).toBeFocused();
  expect(errors).toEqual([]);
});

test('one broken saved quiz score costs only that score: the other scores stay', async ({ page }) => {
  const errors = watchConsole(page);
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const best = {
      'lesson:q8': { percent: 50, correct: 3, total: 6, at: 1 },
      'lesson:q2': { percent: 140, correct: 7, total: 5, at: 1 }, // impossible: written by hand, or by a bug
    };
    localStorage.setItem('hocdocker-quiz', JSON.stringify({ state: { best, session: null }, version: 1 }));
  });
  await page.goto(lessonUrl(8));
  await reachLessonQuiz(page);
  await expect(page.getByTestId('quiz-best')).toHaveText('Điểm cao nhất: 3/6');
  await expect(page.getByTestId('quiz-notice')).toContainText('bị hỏng');
  await expect(page.getByTestId('quiz-notice')).toContainText('các điểm khác vẫn giữ nguyên');
  await page.reload();
  await reachLessonQuiz(page);
  await expect(page.getByTestId('quiz-best')).toHaveText('Điểm cao nhất: 3/6');
  expect(errors).toEqual([]);
});

test('an unreadable quiz save is kept whole under a backup key and the notice says so; lessons and exercises lose nothing', async ({ page }) => {
  const errors = watchConsole(page);
  const unreadable = '{"state":{"best":{"lesson:q8":{"percent":50,"corr';
  const progress = JSON.stringify({
    version: 2,
    state: { lessonsRead: { 'docker/layer-caching': 1 }, exercises: { q8: { code: 'FROM python:3.11-slim\n', bestScore: 75, savedAt: 1 } }, revealed: {}, preferences: { plainEditor: false } },
  });
  await page.addInitScript(
    ([quiz, saved]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('hocdocker-quiz', quiz);
      localStorage.setItem('hocdocker-progress', saved);
    },
    [unreadable, progress] as const,
  );
  await page.goto('/');
  const notice = page.getByTestId('quiz-notice');
  await expect(notice).toContainText('Kết quả trắc nghiệm đã lưu bị hỏng');
  await expect(notice).toContainText('Bản cũ được giữ lại trong bộ nhớ trình duyệt.');
  expect(await page.evaluate(() => localStorage.getItem('hocdocker-quiz-backup'))).toBe(unreadable);
  // The learner's other work is as it was, on the page and in storage.
  const card = page.locator('.question-card').filter({ has: page.locator(`a[href="${lessonUrl(8)}"]`) });
  await expect(card).toContainText('Bài tập: 75%');
  await expect(card).toContainText('Đã đọc');
  await expect(page.getByTestId('progress-notice')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('hocdocker-progress'))).toBe(progress);

  // A new score is saved over the unreadable one; the backup stays as it was.
  await page.goto(lessonUrl(8));
  const quiz = page.getByTestId('lesson-quiz');
  for (const question of q8.questions) await answer(page, question, answerKey(question).correct);
  await quiz.getByRole('button', { name: 'Nộp bài' }).click();
  await expect(quiz.getByTestId('quiz-score')).toHaveAttribute('data-correct', String(q8.questions.length));
  await page.reload();
  await expect(page.getByTestId('quiz-best')).toHaveText(`Điểm cao nhất: ${q8.questions.length}/${q8.questions.length}`);
  await expect(page.getByTestId('quiz-notice')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('hocdocker-quiz-backup'))).toBe(unreadable);
  expect(errors).toEqual([]);
});

test('a broken quiz save met first on the course page is said there, not reset silently', async ({ page }) => {
  const errors = watchConsole(page);
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const best = {
      'lesson:q8': { percent: 50, correct: 3, total: 6, at: 1 },
      'lesson:q2': 'hỏng',
    };
    localStorage.setItem('hocdocker-quiz', JSON.stringify({ state: { best, session: null, drafts: {} }, version: 1 }));
  });
  await page.goto('/');
  await expect(page.getByText('Kiểm tra nhanh: 3/6')).toBeVisible();
  await expect(page.getByTestId('quiz-notice')).toContainText('Một số điểm trắc nghiệm đã lưu bị hỏng nên đã bị bỏ');
  await page.getByTestId('quiz-notice').getByRole('button', { name: 'Đã hiểu' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quiz-notice')).toHaveCount(0);
  // Its button gone, focus goes on to the course, not to the page's top.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.question-card') !== null)).toBe(true);
  expect(errors).toEqual([]);
});
