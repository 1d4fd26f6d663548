import { expect, type Page, test } from '@playwright/test';
import { keepThe3DAway } from './fixtures';

// Issue 13: the embed for a clinic's own web page. A page frames the app (`embed=1`) 400 px wide,
// as the README's snippet does: the body and the panel only, in the clinic's colours; choosing an
// area works in the frame; "Open full screen" and the ways out open the full app in a new tab, at
// the same view. A site that clinic.json does not name cannot frame it (frame-ancestors).
// The 3D is kept away: this is about the page around it.

test.use({ reducedMotion: 'reduce' });

const CLINIC = {
  name: 'Riverside Physiotherapy',
  colours: { accent: '#1f5f8b', background: '#eef3f6' },
};

/** A clinic's page with the README's <iframe> snippet, served at `url` by the test itself. */
async function hostPage(page: Page, url: string, appUrl: string) {
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Riverside Physiotherapy</title><h1>Our clinic</h1>
<iframe src="${appUrl}" title="IMS Explorer: where IMS is used on the body" width="100%" height="720"
  loading="lazy" allow="fullscreen"></iframe>`,
    }),
  );
}

test('framed 400 px wide: body and panel, clinic colours, areas work, ways out open a new tab', async ({
  page,
  context,
  baseURL,
}) => {
  await page.setViewportSize({ width: 416, height: 800 });
  // Kept away from the new tabs too (the whole context): only their addresses are checked.
  await context.route(/\/(BodyScene|CycleScene)[^/]*\.(js|tsx)(\?.*)?$/, () => undefined);
  await page.route('**/clinic.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(CLINIC) }),
  );
  const host = new URL('clinic-page.html', baseURL).href;
  await hostPage(page, host, './?embed=1');
  await page.goto(host);
  const frameBox = await page.locator('iframe').boundingBox();
  expect(frameBox?.width).toBeGreaterThanOrEqual(380);
  expect(frameBox?.width).toBeLessThanOrEqual(420);

  const app = page.frameLocator('iframe');
  // The body and the panel, a slim bar instead of the header, no consultation tools.
  await expect(app.getByRole('link', { name: /Open full screen/ })).toBeVisible();
  await expect(app.locator('.stage')).toBeVisible();
  await expect(app.locator('#panel')).toBeVisible();
  await expect(app.locator('.header')).toHaveCount(0);
  await expect(app.getByRole('button', { name: /Present/ })).toHaveCount(0);
  await expect(app.locator('.embed-bar')).toContainText('from Riverside Physiotherapy');
  // The clinic's colours, and nothing wider than the frame.
  await expect(app.getByRole('link', { name: /Open full screen/ })).toHaveCSS(
    'background-color',
    'rgb(31, 95, 139)',
  );
  await expect(app.locator('.stage')).toHaveCSS('background-color', 'rgb(238, 243, 246)');
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('no frame');
  expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await frame.evaluate(() => window.innerWidth),
  );

  // An area, chosen in the frame, opens in the frame; the frame's link keeps the compact mode.
  await app.getByRole('region', { name: 'Body areas' }).getByRole('button', { name: 'Lower back' }).click();
  await expect(app.locator('#panel').getByRole('heading', { level: 1 })).toHaveText(/Lower back/);
  await expect.poll(() => new URL(frame.url()).searchParams.get('embed')).toBe('1');
  expect(new URL(frame.url()).searchParams.get('region')).toBe('lower-back');

  // "Open full screen": the full app in a new tab, at the same view.
  const full = app.getByRole('link', { name: /Open full screen/ });
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('rel', /noopener/);
  const [fullTab] = await Promise.all([context.waitForEvent('page'), full.click()]);
  const fullUrl = new URL(fullTab.url());
  expect(fullUrl.searchParams.get('region')).toBe('lower-back');
  expect(fullUrl.searchParams.has('embed')).toBe(false);
  await fullTab.close();

  // The pain cycle is a page of its own: it opens in the full app, the frame stays as it was.
  await app
    .locator('#panel')
    .getByRole('button', { name: /Spinal pain/ })
    .first()
    .click();
  const cycle = app.getByRole('link', { name: /See how this pain keeps itself going/ });
  const [cycleTab] = await Promise.all([context.waitForEvent('page'), cycle.click()]);
  const cycleUrl = new URL(cycleTab.url());
  expect(cycleUrl.searchParams.get('cycle')).toBeTruthy();
  expect(cycleUrl.searchParams.has('embed')).toBe(false);
  await cycleTab.close();
  await expect(app.locator('#panel').getByRole('heading', { level: 1 })).toHaveText(/Spinal pain/);
  await expect(app.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
  // "Take this visit home" (a consultation tool) is there after a condition, but not shown here.
  await expect(app.locator('.take-home-entry')).toHaveCount(1);
  await expect(app.locator('.take-home-entry')).toBeHidden();

  // Presenter mode (its P key) is the full app's too; the frame keeps its view.
  await app.locator('#panel').getByRole('heading', { level: 1 }).click();
  const [presenterTab] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  expect(new URL(presenterTab.url()).searchParams.get('tour')).toBeTruthy();
  await presenterTab.close();
  await expect(app.locator('#panel').getByRole('heading', { level: 1 })).toHaveText(/Spinal pain/);
  await expect(app.locator('.presenter-bar')).toHaveCount(0);
});

test('a page clinic.json does not name cannot frame the app (frame-ancestors)', async ({ page, baseURL }) => {
  await keepThe3DAway(page);
  const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
  // A page of no site at all (about:blank's origin is none of the app's or the clinic's).
  await page.setContent(
    `<iframe src="${new URL('./?embed=1', baseURL).href}" title="IMS Explorer" width="400" height="600"></iframe>`,
  );
  expect((await refused).text()).toContain("frame-ancestors 'self'");
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
});
