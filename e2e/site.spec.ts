// The reading journey: the course page, each lesson, moving between questions, anchors, copying code.
import { test, expect } from './fixtures';
import { lessons } from './site-lessons';
import { getQuiz } from '../content/docker/quizzes';
import { answerKey } from '../lib/quiz/answer-key';

test.describe('course site', () => {
  test('the course page groups the ten questions by level and leads to each lesson', async ({ page }) => {
    test.setTimeout(240_000);
    expect(lessons).toHaveLength(10);
    for (const lesson of lessons) {
      await page.goto('/');
      await expect(page).toHaveTitle(/Docker cho phỏng vấn MLOps/);
      await expect(page.getByRole('heading', { level: 3, name: /Câu hỏi cơ bản/ })).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: /Câu hỏi nâng cao/ })).toBeVisible();
      const group = page.locator('.question-group').filter({ has: page.getByRole('heading', { name: lesson.level === 'basic' ? /cơ bản/ : /nâng cao/ }) });
      await group.getByRole('link', { name: `Câu ${lesson.question}. ${lesson.title}` }).click();

      await expect(page).toHaveURL(lesson.href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Câu ${lesson.question}. ${lesson.title}`);
      await expect(page).toHaveTitle(new RegExp(`^Câu ${lesson.question}\\.`));
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `Câu ${lesson.question}. ${lesson.title}`);
      await expect(page.getByRole('navigation', { name: 'Vị trí trang' })).toHaveText(/Khoá học›?\s*Docker & Dockerfile›?\s*Câu \d+/);
      await expect(page.locator('.prose table')).toHaveCount(lesson.tables);
      for (const id of lesson.headingIds) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);

      const dockerfiles = page.locator('.code-block[data-language="dockerfile"]');
      await expect(dockerfiles).toHaveCount(lesson.dockerfiles);
      if (lesson.dockerfiles > 0) {
        // Highlighted at build time: tokens carry a light and a dark colour, and FROM is coloured.
        const from = dockerfiles.first().locator('span[style*="--shiki-light"]', { hasText: /^FROM$/ }).first();
        await expect(from).toBeVisible();
        expect(await from.evaluate((el) => getComputedStyle(el).color)).not.toBe(await page.locator('.prose').evaluate((el) => getComputedStyle(el).color));
        const links = page.getByRole('link', { name: 'Mở trong trình soạn thảo' });
        await expect(links).toHaveCount(lesson.dockerfiles);
        await expect(links.first()).toHaveAttribute('href', /^\/playground\/#code=/);
      }
      await expect(page.locator('.key-points')).toHaveCount(1);
    }
    // Across the chapter, lessons show both tables and Dockerfile blocks.
    expect(lessons.filter((l) => l.tables > 0).length).toBeGreaterThan(0);
    expect(lessons.filter((l) => l.dockerfiles > 0).length).toBeGreaterThan(0);
  });

  test('the course page shows which lessons were read, and keeps earlier ones', async ({ page }) => {
    const [first, second, third] = lessons;
    await page.goto('/');
    await expect(page.getByText('Đã đọc')).toHaveCount(0);
    await expect(page.getByText('Docker Compose — sắp ra mắt')).toBeVisible();
    // A lesson counts as read once its page has run in the browser: the heading is in the HTML before
    // that, and leaving at once on a busy machine left before the visit was saved.
    const visitSaved = (slug: string) =>
      expect.poll(() => page.evaluate((key) => localStorage.getItem('hocdocker-progress')?.includes(`"${key}"`) ?? false, `docker/${slug}`)).toBe(true);
    await page.goto(first!.href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await visitSaved(first!.slug);
    await page.goto(second!.href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await visitSaved(second!.slug);
    await page.goto('/');
    const card = (slug: string) => page.locator('.question-card').filter({ has: page.locator(`a[href="/docker/${slug}/"]`) });
    await expect(card(first!.slug).getByText('Đã đọc')).toBeVisible();
    await expect(card(second!.slug).getByText('Đã đọc')).toBeVisible();
    await expect(card(third!.slug).getByText('Đã đọc')).toHaveCount(0);
  });

  test('the course page shows a lesson quiz\'s best score once it is handed in', async ({ page }) => {
    const lesson = lessons.find((l) => l.question === 8)!;
    const quiz = getQuiz('q8')!;
    await page.goto(lesson.href);
    const form = page.getByTestId('lesson-quiz');
    for (const question of quiz.questions) {
      for (const id of answerKey(question).correct) await form.locator(`fieldset[data-question="${question.id}"] input[value="${id}"]`).check();
    }
    await form.getByRole('button', { name: 'Nộp bài' }).click();
    await expect(form.getByTestId('quiz-score')).toHaveAttribute('data-correct', String(quiz.questions.length));

    await page.goto('/');
    const card = (slug: string) => page.locator('.question-card').filter({ has: page.locator(`a[href="/docker/${slug}/"]`) });
    await expect(card(lesson.slug)).toContainText(`Kiểm tra nhanh: ${quiz.questions.length}/${quiz.questions.length}`);
    await expect(card(lessons[0]!.slug)).not.toContainText('Kiểm tra nhanh');
  });

  test('previous and next walk all ten questions, ending on the upcoming chapter', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(lessons[0]!.href);
    await expect(page.getByRole('link', { name: /Câu trước/ })).toHaveCount(0);
    for (const [index, lesson] of lessons.entries()) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Câu ${lesson.question}. ${lesson.title}`);
      if (index < lessons.length - 1) await page.getByRole('link', { name: /Câu sau/ }).click();
    }
    await expect(page.getByRole('link', { name: /Câu sau/ })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Câu trước và câu sau' })).toContainText('Docker Compose — sắp ra mắt');
    for (const lesson of [...lessons].reverse().slice(1)) {
      await page.getByRole('link', { name: /Câu trước/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Câu ${lesson.question}. ${lesson.title}`);
    }
  });

  test('heading anchors and the table of contents scroll to their heading', async ({ page }) => {
    const lesson = lessons.find((l) => l.headingIds.length >= 8) ?? lessons[5]!;
    const id = lesson.headingIds[Math.floor(lesson.headingIds.length / 2)]!;
    await page.goto(lesson.href);
    const heading = page.locator(`[id="${id}"]`);
    const anchor = page.locator(`a.heading-anchor[href="#${id}"]`);
    await expect(anchor).toHaveAccessibleName(/^Liên kết tới mục: .+/);
    await heading.scrollIntoViewIfNeeded();
    await heading.hover();
    await anchor.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await heading.boundingBox())!.y).toBeLessThan(200);

    // A deep link lands on the heading too, below the sticky header.
    const other = lesson.headingIds[2]!;
    await page.goto(`${lesson.href}#${other}`);
    const target = page.locator(`[id="${other}"]`);
    await expect.poll(async () => (await target.boundingBox())?.y ?? -1).toBeGreaterThan(40);
    expect((await target.boundingBox())!.y).toBeLessThan(200);

    // The table of contents beside the answer (wide screens) jumps as well.
    await page.goto(lesson.href);
    const toc = page.getByRole('navigation', { name: 'Trong câu này' });
    await toc.locator(`a[href="#${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await heading.boundingBox())!.y).toBeLessThan(200);
  });

  test('the copy button copies the code block', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const lesson = lessons.find((l) => l.firstDockerfile)!;
    await page.goto(lesson.href);
    const block = page.locator('.code-block[data-language="dockerfile"]').first();
    const button = block.getByRole('button', { name: 'Sao chép' });
    await button.click();
    await expect(block.getByRole('button', { name: 'Đã sao chép' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${lesson.firstDockerfile}\n`);
    await expect(block.getByRole('button', { name: 'Sao chép' })).toBeVisible({ timeout: 5000 });
  });

  test('an unknown address shows the Vietnamese not-found page', async ({ page, siteGuard }) => {
    siteGuard.allowConsoleError(/404/);
    const response = await page.goto('/docker/khong-co-cau-nay/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await page.getByRole('link', { name: /Về trang khoá học/ }).click();
    await expect(page).toHaveURL('/');
  });

  test('sitemap and robots list the site', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const lesson of lessons) expect(sitemap).toContain(lesson.href);
    for (const path of ['/playground/', '/quiz/', '/rules/', '/rules/non-root-user/']) expect(sitemap).toContain(path);
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
  });
});

// Next.js prefetches the pages a page links to and preloads their stylesheets; Chromium warns in the
// console about each one that this page never uses. Every page is checked once its links are in view.
test('no page preloads a stylesheet it does not use', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/', '/docker/bao-mat/', '/quiz/', '/rules/', '/rules/from-first/', '/results/', '/share/', '/playground/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const unused = await page.evaluate(() => {
      const used = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href));
      return [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"]')].map((link) => link.href).filter((href) => !used.has(href));
    });
    expect(unused, path).toEqual([]);
  }
});
