import { expect, type Page, test } from '@playwright/test';
import { openApp, panelHeading } from './fixtures';

// When part of the page does not arrive (the network dropped after the first load), or storage is
// blocked: a plain message, a way back, and the rest of the page still working.

test.use({ reducedMotion: 'reduce' });

const LOAD_FAILED = 'Could not load — check your connection';

/** Makes the browser fail to fetch these files, as when the connection drops; counts the tries. */
async function dropFiles(page: Page, pattern: string) {
  const tries = { count: 0 };
  await page.route(pattern, (route) => {
    tries.count += 1;
    return route.abort('internetdisconnected');
  });
  return tries;
}

async function searchStillWorks(page: Page) {
  await page.getByRole('searchbox').fill('plantar');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await expect(panelHeading(page)).toHaveText(/Plantar fasciitis/);
}

async function headerStillWorks(page: Page) {
  const largeText = page.getByRole('button', { name: 'Large text' });
  await largeText.click();
  await expect(largeText).toHaveAttribute('aria-pressed', 'true');
  await largeText.click();
  await expect(largeText).toHaveAttribute('aria-pressed', 'false');
}

test.describe('a part of the page that fails to load', () => {
  test('the pain cycle: says so with Retry, the header still works, and Retry loads it once online', async ({
    page,
    context,
  }) => {
    await openApp(page);
    // The connection drops after the first load.
    await context.setOffline(true);
    await page.getByRole('link', { name: /Why the pain keeps going/ }).click();

    await expect(page.getByRole('heading', { name: LOAD_FAILED })).toBeVisible();
    await expect(page.getByText(/The pain cycle did not arrive/)).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await headerStillWorks(page);

    // Still offline: Retry says so, and keeps focus for the next try.
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText(/There is still no connection/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toBeFocused();

    // Back online: Retry opens the pain cycle.
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Why the pain keeps going' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole('heading', { name: LOAD_FAILED })).toHaveCount(0);
  });

  test('the pain cycle: "Back to the body explorer" leads back to a working page', async ({ page }) => {
    await openApp(page);
    await dropFiles(page, '**/assets/CycleView-*.js');
    await page.getByRole('link', { name: /Why the pain keeps going/ }).click();
    await page.getByRole('button', { name: 'Back to the body explorer' }).click();
    await expect(page.getByRole('heading', { name: LOAD_FAILED })).toHaveCount(0);
    await searchStillWorks(page);
  });

  test('the 3D body: says so (not "no 3D graphics"), the lists and search still work, Retry loads it', async ({
    page,
  }) => {
    const tries = await dropFiles(page, '**/assets/BodyScene-*.js');
    await openApp(page);
    // Pointing at the body starts the 3D at once.
    await page.locator('.canvas-host').hover({ position: { x: 4, y: 4 } });
    const stage = page.getByRole('region', { name: '3D body' });
    await expect(stage.getByRole('heading', { name: LOAD_FAILED })).toBeVisible();
    await expect(stage.getByText(/The 3D body did not arrive/)).toBeVisible();
    await expect(page.getByText(/does not support 3D graphics/)).toHaveCount(0);
    await headerStillWorks(page);
    await searchStillWorks(page);
    expect(tries.count).toBe(1);

    await page.unroute('**/assets/BodyScene-*.js');
    await stage.getByRole('button', { name: 'Retry' }).click();
    await page.locator('.canvas-host').hover({ position: { x: 4, y: 4 } });
    await page.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
      timeout: 30_000,
    });
    await expect(page.locator('.canvas-host canvas')).toBeVisible();
    await expect(stage.getByRole('heading', { name: LOAD_FAILED })).toHaveCount(0);
    // What was on screen is still there.
    await expect(panelHeading(page)).toHaveText(/Plantar fasciitis/);
  });

  test('the search code: says so under the box, and the rest of the page works', async ({ page }) => {
    await dropFiles(page, '**/assets/search-*.js');
    await openApp(page);
    await page.getByRole('searchbox').fill('plantar');
    await expect(page.getByText(/Search did not load/)).toBeVisible();
    await headerStillWorks(page);
    await page.getByRole('link', { name: /Why the pain keeps going/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Why the pain keeps going' })).toBeVisible();
  });

  test("the pain cycle's 3D close-up: the steps still work, Retry loads it", async ({ page }) => {
    await dropFiles(page, '**/assets/CycleScene-*.js');
    await page.goto('./?cycle=nerve-root');
    await expect(page.getByRole('heading', { level: 1, name: 'Why the pain keeps going' })).toBeVisible();
    await expect(page.getByRole('heading', { name: LOAD_FAILED })).toBeVisible();
    await expect(page.getByText(/The 3D close-up did not arrive/)).toBeVisible();
    await expect(page.getByText(/can't be shown here/)).toHaveCount(0);
    // The words and controls of the explainer carry on.
    const caption = page.getByTestId('cycle-caption');
    const before = await caption.textContent();
    await page.keyboard.press('ArrowRight');
    await expect(caption).not.toHaveText(before ?? '');

    await page.unroute('**/assets/CycleScene-*.js');
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.cycleReady === 'true', null, {
      timeout: 30_000,
    });
    await expect(page.getByRole('heading', { name: LOAD_FAILED })).toHaveCount(0);
  });
});

test.describe('saved settings', () => {
  const BROKEN = /saved settings could not be read/;

  test('blocked storage shows no message, visit after visit, and Large text still works', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openApp(page);
    await expect(page.getByText(BROKEN)).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('search')).toBeVisible();
    await expect(page.getByText(BROKEN)).toHaveCount(0);
    await headerStillWorks(page);
  });

  test('damaged saved settings are reported once, then replaced', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => localStorage.setItem('ims-explorer:preferences', '{oops'));
    await page.reload();
    await expect(page.getByText(BROKEN)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('search')).toBeVisible();
    await expect(page.getByText(BROKEN)).toHaveCount(0);
  });

  test('settings saved by a newer version are used, not dropped', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() =>
      localStorage.setItem(
        'ims-explorer:preferences',
        JSON.stringify({ state: { largeText: true, theme: 'dark' }, version: 2 }),
      ),
    );
    await page.reload();
    await expect(page.getByRole('button', { name: 'Large text' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(BROKEN)).toHaveCount(0);
  });
});
