// A learner reads why a rule fired, sees a bad and a good example, and goes to the lesson behind it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { rules } from '../lib/dockerfile/rules';
import { lessonUrl } from '../lib/dockerfile/lessons';

const pip = rules.find((rule) => rule.meta.id === 'pip-no-cache-dir')!.meta;

test('the catalog lists every rule by category and filters without accents', async ({ page }) => {
  await page.goto('/rules/');
  await expect(page.getByRole('heading', { level: 1, name: 'Quy tắc kiểm tra Dockerfile' })).toBeVisible();
  const items = page.locator('li[data-rule]');
  await expect(items).toHaveCount(rules.length);
  await expect(page.getByRole('heading', { level: 2, name: 'Bảo mật' })).toBeVisible();

  await page.getByLabel('Lọc quy tắc').fill('DL3042');
  await expect(items).toHaveCount(rules.filter((rule) => rule.meta.aliases.includes('DL3042')).length);
  await expect(page.locator('li[data-rule="pip-no-cache-dir"]')).toBeVisible();

  await page.getByLabel('Lọc quy tắc').fill('');
  await page.getByLabel('Mức độ').selectOption('error');
  await expect(items).toHaveCount(rules.filter((rule) => rule.meta.severity === 'error').length);
});

test('the filter is still there after opening a rule and going back', async ({ page }) => {
  await page.goto('/rules/');
  await page.getByLabel('Lọc quy tắc').fill('pip');
  await page.getByLabel('Mức độ').selectOption('warning');
  const items = page.locator('li[data-rule]');
  await expect(items).not.toHaveCount(rules.length);
  const shown = await items.count();
  expect(shown).toBeGreaterThan(0);

  await page.locator('li[data-rule="pip-no-cache-dir"] a').click();
  await expect(page.getByRole('heading', { level: 1, name: 'pip-no-cache-dir' })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Lọc quy tắc')).toHaveValue('pip');
  await expect(page.getByLabel('Mức độ')).toHaveValue('warning');
  await expect(items).toHaveCount(shown);
});

test('a rule page explains, shows both examples, and links to its lesson section', async ({ page }) => {
  await page.goto('/rules/pip-no-cache-dir/');
  await expect(page.getByRole('heading', { level: 1, name: 'pip-no-cache-dir' })).toBeVisible();
  await expect(page).toHaveTitle(/pip-no-cache-dir/);
  await expect(page.locator('[data-example="bad"] pre')).toBeVisible();
  await expect(page.locator('[data-example="good"] pre')).toBeVisible();
  await expect(page.getByText(`# hocdocker-ignore ${pip.id}`)).toBeVisible();
  for (const alias of pip.aliases) await expect(page.locator('code', { hasText: alias }).first()).toBeVisible();

  const lessonLink = page.locator('[data-lesson-link]');
  await expect(lessonLink).toHaveAttribute('href', lessonUrl(pip.lesson.question, pip.lesson.anchor));
  await lessonLink.click();
  await expect(page.locator(`[id="${pip.lesson.anchor}"]`)).toBeVisible();
});

test('every rule has its page', async ({ request }) => {
  for (const rule of rules) {
    const response = await request.get(`/rules/${rule.meta.id}/`);
    expect(response.status(), rule.meta.id).toBe(200);
  }
});

test('the rule pages have no serious accessibility problems', async ({ page }) => {
  for (const path of ['/rules/', '/rules/pip-no-cache-dir/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
});
