import { type CDPSession, devices, expect, type Page, test } from '@playwright/test';
import { openApp, panelHeading, regionPoint, settle, waitForBody } from './fixtures';

test.use({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: devices['Pixel 7'].userAgent,
  reducedMotion: 'reduce',
});

test.describe('on a phone', () => {
  // One page load (the 3D is slow to start at a phone's pixel density) for the layout and a tap.
  test('body on top, panel as a sheet below, no sideways scroll; a tap on the body selects a region', async ({
    page,
  }) => {
    await openApp(page);
    await waitForBody(page);
    const stage = await page.getByRole('region', { name: '3D body' }).boundingBox();
    const panel = await page.locator('#panel').boundingBox();
    expect(stage && panel).toBeTruthy();
    if (!stage || !panel) return;
    expect(stage.width).toBeGreaterThan(380);
    expect(panel.y).toBeGreaterThan(stage.y + stage.height / 2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await test.step('a tap on the body selects a region', async () => {
      const { x, y } = await regionPoint(page, 'shin-left');
      await page.touchscreen.tap(x, y);
      await expect(panelHeading(page)).toHaveText('Left shin');
    });
  });

  test('a condition reads well with no sideways scroll', async ({ page }) => {
    await openApp(page, '?condition=iliotibial-band-syndrome');
    await expect(panelHeading(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test.describe('touch, as on an embedded map', () => {
    // The gestures do not depend on pixel density; fewer pixels keep software rendering quick.
    test.use({ deviceScaleFactor: 1 });

    const state = (page: Page) =>
      page.evaluate(() => ({
        scrollY: window.scrollY,
        azimuth: window.__imsTest?.cameraAzimuth() ?? Number.NaN,
        distance: window.__imsTest?.cameraDistance() ?? Number.NaN,
      }));

    /** The middle of the body's picture, clear of the view buttons. */
    async function bodyMiddle(page: Page) {
      const box = await page.locator('.canvas-host').boundingBox();
      if (!box) throw new Error('The 3D body is not on the page.');
      return { x: box.x + box.width / 2, y: box.y + box.height * 0.45 };
    }

    // One page load for the three gestures: the 3D body is slow to start in software rendering.
    test('a vertical swipe scrolls the page, a sideways one turns the body, a pinch zooms', async ({
      page,
    }) => {
      const touch = await startTouch(page);

      let { x, y } = await bodyMiddle(page);
      let before = await state(page);
      await swipe(touch, page, [
        [
          { x, y: y + 100 },
          { x, y: y - 120 },
        ],
      ]);
      let after = await state(page);
      expect(after.scrollY, 'a vertical swipe scrolls the page').toBeGreaterThan(before.scrollY + 50);
      expect(after.azimuth, 'a vertical swipe leaves the body as it was').toBeCloseTo(before.azimuth, 6);

      // Back to the top once the swipe's fling has run out (one still running would scroll on).
      await scrollStill(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await scrollStill(page);
      ({ x, y } = await bodyMiddle(page));
      before = await state(page);
      await swipe(touch, page, [
        [
          { x: x - 100, y },
          { x: x + 80, y: y + 30 },
        ],
      ]);
      after = await state(page);
      expect(Math.abs(after.azimuth - before.azimuth), 'a sideways swipe turns the body').toBeGreaterThan(
        0.3,
      );
      expect(after.scrollY, 'a sideways swipe does not scroll').toBe(before.scrollY);

      before = after;
      await swipe(touch, page, [
        [
          { x: x - 20, y },
          { x: x - 110, y: y - 40 },
        ],
        [
          { x: x + 20, y },
          { x: x + 110, y: y + 40 },
        ],
      ]);
      after = await state(page);
      expect(after.distance, 'two fingers spread apart zoom in').toBeLessThan(before.distance * 0.9);
      expect(after.scrollY, 'a pinch does not scroll').toBe(before.scrollY);
    });
  });
});

/** Opens the start page, waits for the body and returns a way to send real touches. */
async function startTouch(page: Page) {
  await openApp(page);
  await waitForBody(page);
  return page.context().newCDPSession(page);
}

type Point = { x: number; y: number };

/** Until the page has not scrolled for ten frames in a row. */
async function scrollStill(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 10) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Real touch input (not synthetic DOM events): each finger moves from its first point to its second. */
async function swipe(cdp: CDPSession, page: Page, fingers: [Point, Point][], steps = 6) {
  const at = (t: number) =>
    fingers.map(([from, to], id) => ({
      x: from.x + (to.x - from.x) * t,
      y: from.y + (to.y - from.y) * t,
      id,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= steps; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / steps) });
    await page.waitForTimeout(20);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await settle(page, 3);
}
