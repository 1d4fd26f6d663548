import { expect, type Page, test } from '@playwright/test';
import { addStyle, openApp, panelHeading, pixelDifference, settle, waitForBody } from './fixtures';

/**
 * Loses the body's drawing context, or gives it back, through WEBGL_lose_context. The extension is
 * kept from the loss: a lost context hands out no extensions.
 */
async function contextSwitch(page: Page, action: 'loseContext' | 'restoreContext') {
  await page.evaluate((what) => {
    const holder = window as { __loseContext?: WEBGL_lose_context | null };
    if (what === 'loseContext') {
      const canvas = document.querySelector('.canvas-host canvas') as HTMLCanvasElement | null;
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      holder.__loseContext = gl?.getExtension('WEBGL_lose_context');
    }
    const control = holder.__loseContext;
    if (!control) throw new Error('no WEBGL_lose_context');
    control[what]();
  }, action);
}

/**
 * The body as drawn by WebGL: the stand-in picture (which looks the same) is hidden, so what is
 * on screen can only come from the 3D. A strip beside the centre, clear of the message card.
 */
async function bodyShot(page: Page) {
  const box = await page.locator('.canvas-host').boundingBox();
  if (!box) throw new Error('no stage');
  return page.screenshot({
    clip: { x: box.x + box.width * 0.3, y: box.y + 8, width: box.width * 0.4, height: box.height * 0.28 },
    animations: 'disabled',
  });
}

/** The 3D body's canvas has a working drawing context again. */
async function expectLiveContext(page: Page) {
  const lost = await page.evaluate(() => {
    const canvas = document.querySelector('.canvas-host canvas') as HTMLCanvasElement | null;
    return canvas?.getContext('webgl2')?.isContextLost() ?? true;
  });
  expect(lost).toBe(false);
}

const STOPPED = 'The 3D body stopped working';

test.describe('when the WebGL context is lost', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a context given back after 5 s brings the body back, without a reload', async ({ page }) => {
    await openApp(page);
    await addStyle(page, '.body-poster { visibility: hidden !important; }');
    await waitForBody(page);
    await page.evaluate(() => Object.assign(window, { __sameVisit: true }));
    const before = await bodyShot(page);

    await contextSwitch(page, 'loseContext');
    await expect(page.getByRole('heading', { name: STOPPED })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    const lost = await bodyShot(page);
    // The comparison means something: without the 3D the body is gone from the picture.
    expect(await pixelDifference(page, before, lost)).toBeGreaterThan(0.05);

    await page.waitForTimeout(5000);
    await contextSwitch(page, 'restoreContext');
    await expect(page.getByRole('heading', { name: STOPPED })).toHaveCount(0);
    await settle(page, 6);
    // The same body again (software rendering leaves a little shading noise).
    expect(await pixelDifference(page, before, await bodyShot(page))).toBeLessThan(0.03);
    expect(await page.evaluate(() => (window as { __sameVisit?: boolean }).__sameVisit)).toBe(true);
  });

  // One page load for both: the first loss is mended by "Try again", the second shows the lists at work.
  test('"Try again" starts the 3D afresh when the context does not come back; while lost, the person is told and the lists work', async ({
    page,
  }) => {
    await openApp(page);
    await addStyle(page, '.body-poster { visibility: hidden !important; }');
    await waitForBody(page);
    const before = await bodyShot(page);

    await contextSwitch(page, 'loseContext');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: STOPPED })).toHaveCount(0);
    await expect(page.locator('.canvas-host canvas')).toHaveCount(1);
    await expect(page.locator('.canvas-host')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await expectLiveContext(page);
    await settle(page, 6);
    expect(await pixelDifference(page, before, await bodyShot(page))).toBeLessThan(0.03);

    await test.step('tells the person and keeps the lists working', async () => {
      await contextSwitch(page, 'loseContext');
      await expect(page.getByRole('heading', { name: STOPPED })).toBeVisible();
      await page
        .getByRole('region', { name: 'Conditions this clinic treats with IMS' })
        .getByRole('button', { name: /Trigger finger/ })
        .click();
      await expect(panelHeading(page)).toHaveText(/Trigger finger/);
    });
  });

  test('a context that does not come back: the flat body map takes over, says so, and the 3D can be tried again', async ({
    page,
  }) => {
    await openApp(page);
    await waitForBody(page);
    // The wait before giving up (12 s) shortened for the test.
    await page.evaluate(() => window.__imsTest?.setContextGiveUp(500));
    await contextSwitch(page, 'loseContext');
    // ("The 3D body stopped working" shows first, for the half second before the map takes over.)
    const map = page.getByRole('region', { name: 'Body map' });
    await expect(map.getByRole('alert')).toContainText(
      'The 3D body stopped working and did not come back, so here is a flat map of the body.',
    );
    await expect(page.locator('canvas')).toHaveCount(0);
    await map.getByRole('button', { name: 'Left wrist', exact: true }).click();
    await expect(panelHeading(page)).toHaveText('Left wrist');

    await map.getByRole('button', { name: 'Try the 3D body again' }).click();
    await expect(map).toHaveCount(0);
    // the keyboard lands on the 3D body, not on the vanished button
    await expect(page.locator('.canvas-host')).toBeFocused();
    await expect(page.locator('.canvas-host')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await expectLiveContext(page);
    await expect(panelHeading(page)).toHaveText('Left wrist');
  });
});
