import { expect, type Page, test } from '@playwright/test';
import { BAD_LINKS, CORRUPT_SETTINGS } from '../data/badInput';
import { appLive, keepThe3DAway, panelHeading } from './fixtures';

// The bad-input corpus (tests/data/badInput.ts) in the browser: every broken link and every damaged
// setting gives a friendly notice, and the page still works. One page is reused for speed; the 3D
// is kept away (its own failures have their own tests) so each load is the words alone.

test.use({ reducedMotion: 'reduce' });

/** The page works: no script error, the header and search are there, and the notice can be closed. */
async function expectFriendlyNotice(page: Page, errors: string[], what: string) {
  const notice = page.getByRole('alert');
  await expect(notice, what).toBeVisible();
  const text = (await notice.textContent()) ?? '';
  expect(text, what).toMatch(/[a-z]{3}/);
  expect(text, what).not.toMatch(/[<>]/);
  // Plain words, no programmer's words (what the link itself said is shown in quotes).
  const ownWords = text.replace(/"[^"]*"/g, '');
  expect(ownWords, what).not.toMatch(/error|exception|undefined|null|\bNaN\b|object/i);
  await expect(page.getByRole('banner'), what).toBeVisible();
  await expect(page.getByRole('searchbox'), what).toBeVisible();
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice, what).toHaveCount(0);
  expect(errors, what).toEqual([]);
}

test('every malformed link gives a friendly notice and a working page', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await keepThe3DAway(page);
  for (const { what, link } of BAD_LINKS) {
    await page.goto(`./${link}`);
    await expectFriendlyNotice(page, errors, what);
  }
  // After all that, the page still does its job.
  await page.getByRole('searchbox').fill('plantar');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await expect(panelHeading(page)).toHaveText(/Plantar fasciitis/);
});

test('every damaged saved setting gives a friendly notice and a working page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await keepThe3DAway(page);
  await page.goto('./');
  // (The app's code starts after the first paint: once it is live, it no longer writes settings.)
  await appLive(page);
  for (const { what, storage, key, value } of CORRUPT_SETTINGS) {
    await page.evaluate(
      ({ storage, key, value }) => {
        localStorage.clear();
        sessionStorage.clear();
        window[storage].setItem(key, value);
      },
      { storage, key, value },
    );
    await page.reload();
    await expectFriendlyNotice(page, errors, what);
    // Replaced by good settings: the next visit is quiet.
    await page.reload();
    await appLive(page);
    await expect(page.getByRole('searchbox'), what).toBeVisible();
    await expect(page.getByRole('alert'), what).toHaveCount(0);
  }
});
