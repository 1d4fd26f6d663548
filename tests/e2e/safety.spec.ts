import { expect, type Page, test } from '@playwright/test';
import { keepThe3DAway, openApp, panelHeading, seriousAxeProblems } from './fixtures';

// The two safety pages ("When to see a doctor first", "Side effects and risks"): each has its own
// link, opens from the start page and from every condition, by pointer and by keyboard, lands
// focus on its heading, is announced, and has no serious accessibility problem.

test.use({ reducedMotion: 'reduce' });

// The words are what is tested: the 3D (started at once by a condition's link) stays away.
test.beforeEach(async ({ page }) => keepThe3DAway(page));

const DOCTOR = 'When to see a doctor first';
const RISKS = 'Side effects and risks';

/** Tabs forward (at most `limit` times) until the link with this name has focus. */
async function tabTo(page: Page, name: string, limit = 12) {
  const link = page.locator('#panel').getByRole('link', { name, exact: true }).first();
  for (let i = 0; i < limit; i++) {
    if (await link.evaluate((el) => el === document.activeElement)) return link;
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  return link;
}

test.describe('safety pages', () => {
  test('from the start page by pointer: the warning signs, announced, with a way back', async ({ page }) => {
    await openApp(page);
    const safety = page.getByRole('navigation', { name: 'Safety' });
    await expect(safety.getByRole('link', { name: DOCTOR })).toHaveAttribute(
      'href',
      '?page=see-a-doctor-first',
    );
    await safety.getByRole('link', { name: DOCTOR }).click();

    await expect(panelHeading(page)).toHaveText(DOCTOR);
    await expect(panelHeading(page)).toBeFocused();
    await expect(page).toHaveURL(/\?page=see-a-doctor-first$/);
    await expect(page.getByRole('status')).toHaveText(`${DOCTOR}.`);
    const signs = page.getByRole('list', { name: 'Warning signs' }).getByRole('listitem');
    await expect(signs).toHaveCount(8);
    await expect(signs.filter({ hasText: /worst headache/ })).toHaveCount(1);
    await expect(signs.filter({ hasText: /bladder or bowels/ })).toHaveCount(1);

    await page.getByRole('button', { name: /Back to the start/ }).click();
    await expect(panelHeading(page)).toHaveText('What is IMS?');
    await expect(panelHeading(page)).toBeFocused();
    await expect(page).toHaveURL(/\/$/);
  });

  test('from the start page by keyboard: side effects with their rates', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the information' })).toBeFocused();
    await page.keyboard.press('Enter');
    await tabTo(page, RISKS);
    await page.keyboard.press('Enter');

    await expect(panelHeading(page)).toHaveText(RISKS);
    await expect(panelHeading(page)).toBeFocused();
    // The skip link left #panel in the address; the page key is what matters.
    await expect(page).toHaveURL(/\?page=side-effects(#panel)?$/);
    const rates = page.getByRole('list', { name: /How often each mild side effect/ });
    await expect(rates.getByRole('listitem')).toHaveCount(5);
    await expect(rates.getByRole('listitem').first()).toHaveText(
      /^Bruising 7\.55% of treatments, about 8 in 100$/,
    );
    await expect(page.locator('#panel')).toContainText(/collapsed lung/);
    // Back in the browser returns to the start page.
    await page.goBack();
    await expect(panelHeading(page)).toHaveText('What is IMS?');
  });

  test('a condition names its own warning sign and links to both pages', async ({ page }) => {
    await openApp(page, '?condition=shin-splints');
    await expect(panelHeading(page)).toHaveText('Shin splints');
    const before = page.getByRole('region', { name: 'Before you try IMS' });
    await expect(before.getByRole('list', { name: 'Warning signs for Shin splints' })).toContainText(
      /at night: it can be a stress fracture/,
    );
    await expect(page.getByRole('heading', { name: 'What the research shows', level: 2 })).toBeVisible();
    await expect(page.locator('.evidence-facts')).toContainText(/very low to moderate/i);

    await before.getByRole('link', { name: DOCTOR }).click();
    await expect(panelHeading(page)).toHaveText(DOCTOR);
    await expect(panelHeading(page)).toBeFocused();
    await expect(page).toHaveURL(/\?condition=shin-splints(&view=\w+)?&page=see-a-doctor-first$/);
    await page.getByRole('button', { name: /Back to Shin splints/ }).click();
    await expect(panelHeading(page)).toHaveText('Shin splints');
    await expect(panelHeading(page)).toBeFocused();
    await expect(page).toHaveURL(/\?condition=shin-splints(&view=\w+)?$/);
  });

  test('from a condition by keyboard, and the headache and back-pain signs', async ({ page }) => {
    await openApp(page, '?condition=headaches');
    await expect(
      page.getByRole('list', { name: 'Warning signs for Headaches' }).getByRole('listitem'),
    ).toContainText([/worst headache/, /fever, a stiff neck or confusion/, /New weakness/]);
    await panelHeading(page).focus();
    await tabTo(page, RISKS, 30);
    await page.keyboard.press('Enter');
    await expect(panelHeading(page)).toHaveText(RISKS);
    await expect(panelHeading(page)).toBeFocused();
    // The camera may settle exactly at a preset side, which the link then names too.
    await expect(page).toHaveURL(/\?condition=headaches(&view=\w+)?&page=side-effects$/);

    await openApp(page, '?condition=spinal-pain');
    await expect(page.getByRole('list', { name: 'Warning signs for Spinal pain' })).toContainText(
      /loss of control of your bladder or bowels, or numbness between your legs/,
    );
  });

  for (const [search, title] of [
    ['?page=side-effects', RISKS],
    ['?condition=tennis-elbow&page=see-a-doctor-first', DOCTOR],
  ] as const) {
    test(`opened by its own link, it passes axe (${search})`, async ({ page }) => {
      await openApp(page, search);
      await expect(panelHeading(page)).toHaveText(title);
      await expect(page.locator('#panel .sources li').first()).toBeVisible();
      expect(await seriousAxeProblems(page)).toEqual([]);
    });
  }
});
