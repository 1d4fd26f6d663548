import { expect, test } from '@playwright/test';
import { content } from '../../src/content';
import { openApp, panelHeading, seriousAxeProblems } from './fixtures';

// The questions new patients ask: every one opens by its own link and by keyboard from the start
// page, lands focus on its heading, and leads on to the pages it points to; search finds them; axe
// finds nothing serious.

test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  await page.route(/\/(BodyScene|CycleScene)[^/]*\.(js|tsx)(\?.*)?$/, () => undefined);
});

const QUESTIONS = content.questions.map((q) => ({ id: q.id, question: q.question }));

test('every question opens by its own link, with its heading and sources', async ({ page }) => {
  for (const { id, question } of QUESTIONS) {
    await openApp(page, `?page=${id}`);
    await expect(panelHeading(page)).toHaveText(question);
    await expect(page.locator('#panel .sources li').first()).toBeVisible();
  }
});

test('every question opens by keyboard from the start page, and Back returns there', async ({ page }) => {
  await openApp(page);
  const list = page.getByRole('navigation', { name: 'Questions new patients ask' });
  await expect(list.getByRole('link')).toHaveText(QUESTIONS.map((q) => q.question));
  for (const { id, question } of QUESTIONS) {
    const link = list.getByRole('link', { name: question, exact: true });
    await expect(link).toHaveAttribute('href', `?page=${id}`);
    // Tab onto the link from the one before it, as a keyboard user would.
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panelHeading(page)).toHaveText(question);
    await expect(panelHeading(page)).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`\\?page=${id}$`));
    await expect(page.getByRole('status')).toHaveText(question);
    await page.getByRole('button', { name: 'Back to the start' }).press('Enter');
    await expect(panelHeading(page)).toHaveText('What is IMS?');
  }
});

test('"Is IMS acupuncture?" leads to the comparison; the risks question to both safety pages', async ({
  page,
}) => {
  await openApp(page, '?page=is-it-acupuncture');
  await expect(page.locator('.question-page > p').first()).toHaveText(/^No\./);
  await page.getByRole('navigation', { name: 'Read more' }).getByRole('link').press('Enter');
  await expect(panelHeading(page)).toHaveText('IMS and acupuncture: what is the difference?');
  await expect(page).toHaveURL(/\?page=ims-vs-acupuncture$/);

  await openApp(page, '?page=risks-and-when-to-see-a-doctor');
  const more = page.getByRole('navigation', { name: 'Read more' });
  await expect(more.getByRole('link')).toHaveText(['Side effects and risks', 'When to see a doctor first']);
  await more.getByRole('link', { name: 'When to see a doctor first' }).click();
  await expect(panelHeading(page)).toHaveText('When to see a doctor first');
});

test('"Next question" walks through them all in order', async ({ page }) => {
  await openApp(page, `?page=${QUESTIONS[0]?.id}`);
  for (const next of QUESTIONS.slice(1)) {
    await page.locator('.next-question').getByRole('link').click();
    await expect(panelHeading(page)).toHaveText(next.question);
  }
  await expect(page.locator('.next-question')).toHaveCount(0);
});

test('search finds a question and opens it by keyboard', async ({ page }) => {
  await openApp(page);
  await page.getByRole('searchbox').fill('scared of needles');
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('button').first();
  await expect(first).toContainText("What if I don't like needles?");
  await expect(first).toContainText('Question');
  await page.getByRole('searchbox').press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toHaveText("What if I don't like needles?");
  await expect(panelHeading(page)).toBeFocused();
});

// The start page (with its list of questions) at laptop size is axe-checked by a11y.spec.ts ("home
// view"), so only the phone's start page is checked here.
for (const [size, id, startPage] of [
  [{ width: 1280, height: 800 }, 'what-happens-in-a-session', false],
  [{ width: 390, height: 844 }, 'risks-and-when-to-see-a-doctor', true],
] as const) {
  test(`axe finds nothing serious (${id} at ${size.width} wide)${startPage ? ", and the start page's list" : ''}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page, `?page=${id}`);
    await expect(page.locator('#panel .sources li').first()).toBeVisible();
    expect(await seriousAxeProblems(page)).toEqual([]);
    if (!startPage) return;
    await openApp(page);
    await expect(page.getByRole('navigation', { name: 'Questions new patients ask' })).toBeVisible();
    expect(await seriousAxeProblems(page)).toEqual([]);
  });
}
