import { expect, type Page } from '@playwright/test';
import type { RegionId } from '../../src/content/regionIds';

/** Opens the app (optionally with a link's query string) and waits for the words to paint. */
export async function openApp(page: Page, search = '') {
  await page.goto(`./${search}`);
  await expect(page.getByRole('search')).toBeVisible();
}

/**
 * Points at the body, as a person would (that starts the 3D at once instead of after the page's
 * quiet time), then waits until it has drawn its first frame and the camera has settled.
 */
export async function waitForBody(page: Page) {
  await page.locator('.canvas-host').hover({ position: { x: 4, y: 4 } });
  await page.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: 30_000,
  });
  await settle(page);
}

/** A few animation frames, so a camera cut or a highlight reaches the screen. */
export async function settle(page: Page, frames = 4) {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

/** Where on the page a click lands on this region first, from the current camera. */
export async function regionPoint(page: Page, id: RegionId) {
  const point = await page.evaluate((region) => window.__imsTest?.regionScreenPoint(region) ?? null, id);
  expect(point, `region ${id} should be visible from this view`).not.toBeNull();
  return point as { x: number; y: number };
}

export async function clickRegion(page: Page, id: RegionId) {
  // Let any frame still in flight land, so the point is worked out from the camera on screen.
  await settle(page, 3);
  const { x, y } = await regionPoint(page, id);
  await page.mouse.click(x, y);
}

export async function cameraAzimuth(page: Page) {
  return page.evaluate(() => window.__imsTest?.cameraAzimuth() ?? Number.NaN);
}

/** The main panel heading (the current view's title). */
export function panelHeading(page: Page) {
  return page.locator('#panel').getByRole('heading', { level: 1 });
}
