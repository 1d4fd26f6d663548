import { expect, type Page, test } from '@playwright/test';
import { openApp, panelHeading } from './fixtures';

// No dead ends: an address that leads nowhere gets the app's own page, in its look, with a way to
// the start. The tests run against the same server as `npm start`, on the build's 404.html.

const NOT_FOUND = "We can't find that page";
const TOO_LONG = 'That address is too long';
const HOME_LINK = 'Go to the start page';

/** The page's colours and font, as the browser applies them. */
function look(page: Page) {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return { background: root.backgroundColor, color: root.color, font: root.fontFamily };
  });
}

async function appLook(page: Page) {
  await openApp(page);
  return look(page);
}

/** Follows the page's link back to the start, and checks it lands on the working app. */
async function backToStart(page: Page) {
  await page.getByRole('link', { name: HOME_LINK }).click();
  await expect(page.getByRole('search')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(panelHeading(page)).toBeVisible();
}

test.describe('an address that leads nowhere', () => {
  // One page for the four addresses: the app's look is read once, each address then opens in turn.
  test('each gives the app\'s own "not found" page, with a way to the start', async ({ page }) => {
    const expected = await appLook(page);
    for (const path of ['/nonexistent/deep/path', '/conditions/tennis-elbow', '/index.htm', '/assets/']) {
      await test.step(path, async () => {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole('heading', { level: 1, name: NOT_FOUND })).toBeVisible();
        await expect(page).toHaveTitle(/IMS Explorer/);
        expect(await look(page), path).toEqual(expected);
        await backToStart(page);
      });
    }
  });

  test('the build carries the page as 404.html, for static hosts', async ({ request }) => {
    const response = await request.get('/404.html');
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(NOT_FOUND.replace("'", '&#39;'));
  });
});

test.describe('a very long address', () => {
  test('a 20,000-character path gets the "not found" page', async ({ page }) => {
    const response = await page.goto(`/${'a'.repeat(20_000)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: NOT_FOUND })).toBeVisible();
    await backToStart(page);
  });

  test('an address too long for the server gets a friendly page, not an empty error', async ({ page }) => {
    const expected = await appLook(page);
    const response = await page.goto(`/?condition=${'x'.repeat(100_000)}`);
    expect(response?.status()).toBe(431);
    await expect(page.getByRole('heading', { level: 1, name: TOO_LONG })).toBeVisible();
    expect(await look(page)).toEqual(expected);
    await backToStart(page);
  });

  test('a long query on a real page still opens the app', async ({ page }) => {
    const response = await page.goto(`/?condition=tennis-elbow&note=${'x'.repeat(20_000)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('search')).toBeVisible();
    await expect(panelHeading(page)).toHaveText(/Tennis elbow/);
  });
});

test('a deep link with a query on the start page still works', async ({ page }) => {
  const response = await page.goto('/?condition=tennis-elbow');
  expect(response?.status()).toBe(200);
  await expect(panelHeading(page)).toHaveText(/Tennis elbow/);
});
