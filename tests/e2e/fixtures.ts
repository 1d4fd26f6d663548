import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { RegionId } from '../../src/content/regionIds';

/**
 * For tests of the words only: the 3D scenes' code never arrives, so the body never starts (a link
 * to an area or a condition starts it at once) and software WebGL does not take the CPU. The
 * still picture of the body stands in for it.
 */
export async function keepThe3DAway(page: Page) {
  await page.route(/\/(BodyScene|CycleScene)[^/]*\.(js|tsx)(\?.*)?$/, () => undefined);
}

/**
 * Adds CSS to the page as a constructed style sheet: the app's Content-Security-Policy refuses
 * an inline <style> (page.addStyleTag), not a sheet built by script.
 */
export async function addStyle(page: Page, css: string) {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/**
 * Opens the app (optionally with a link's query string) and waits until it is live: the words
 * paint first (pre-rendered), the app's code starts right after.
 */
export async function openApp(page: Page, search = '') {
  await page.goto(`./${search}`);
  await expect(page.getByRole('search')).toBeVisible();
  await appLive(page);
}

/** Waits until the app's code has taken over the pre-rendered page (it answers taps and keys). */
export async function appLive(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true');
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

/** Serious and critical axe findings (WCAG 2.1 A/AA and best practice), one line each; [] when clean. */
export async function seriousAxeProblems(page: Page, include?: string): Promise<string[]> {
  // A part of the page only (`include`, a CSS selector) is much quicker where the 3D is busy.
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The main panel heading (the current view's title). */
export function panelHeading(page: Page) {
  return page.locator('#panel').getByRole('heading', { level: 1 });
}

const base64 = (png: string | Buffer) => (typeof png === 'string' ? png : png.toString('base64'));

/** Each pixel's change between two shots (sum over R, G, B), kept in the page by storePixelChange. */
export interface PixelChange {
  width: number;
  height: number;
  change: Uint16Array;
}

declare global {
  interface Window {
    __imsPixelChange?: PixelChange;
  }
}

/**
 * Decodes two PNGs (base64 or bytes) in the browser and keeps each pixel's change there, as
 * window.__imsPixelChange, for a later page.evaluate to read. False when their sizes differ.
 */
export async function storePixelChange(page: Page, a: string | Buffer, b: string | Buffer): Promise<boolean> {
  return page.evaluate(
    async ([a, b]) => {
      // Decoded as a picture: the page's CSP allows data: pictures, not fetching data: addresses.
      const load = async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const bitmap = await createImageBitmap(image);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D context');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([load(a), load(b)]);
      if (x.width !== y.width || x.height !== y.height) return false;
      const change = new Uint16Array(x.width * x.height);
      for (let p = 0; p < change.length; p++) {
        const i = p * 4;
        change[p] =
          Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)) +
          Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)) +
          Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0));
      }
      window.__imsPixelChange = { width: x.width, height: x.height, change };
      return true;
    },
    [base64(a), base64(b)] as const,
  );
}

/** Share of pixels that differ clearly between two same-sized PNGs (base64 or bytes), worked out in the browser. */
export async function pixelDifference(page: Page, a: string | Buffer, b: string | Buffer): Promise<number> {
  if (!(await storePixelChange(page, a, b))) return 1;
  return page.evaluate(() => {
    const { change } = window.__imsPixelChange ?? { change: new Uint16Array(1) };
    return change.filter((d) => d > 24).length / change.length;
  });
}

/** Opens a link inside the running page, as Back or Forward would, and lets the camera land. */
export async function followLink(page: Page, search: string) {
  await page.evaluate((query) => {
    window.history.pushState(null, '', query);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, search);
  // Reduced motion makes the camera cut; a few frames draw it.
  await settle(page, 3);
}

/**
 * Where the body is on screen in the starting view: the bounding box of the still picture's opaque
 * pixels. The picture is drawn at the height of the canvas host and centred in it, like the 3D
 * view it stands in for.
 */
export async function bodyBox(
  page: Page,
): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return page.evaluate(async () => {
    const host = document.querySelector('.canvas-host')?.getBoundingClientRect();
    const poster = document.querySelector<HTMLImageElement>('.body-poster');
    if (!host || !poster) throw new Error('no canvas host or picture');
    const image = new Image();
    image.src = poster.src;
    await image.decode();
    const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.naturalWidth, image.naturalHeight);
    let [minX, minY, maxX, maxY] = [width, height, -1, -1];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if ((data[(y * width + x) * 4 + 3] ?? 0) > 8) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    const scale = host.height / height;
    const left = host.left + host.width / 2 - (width * scale) / 2;
    return {
      left: left + minX * scale,
      right: left + (maxX + 1) * scale,
      top: host.top + minY * scale,
      bottom: host.top + (maxY + 1) * scale,
    };
  });
}
