import { expect, type Page, test } from '@playwright/test';
import { IDLE_START_MS } from '../../src/ui/sceneStartTiming';
import { appLive, keepThe3DAway, panelHeading } from './fixtures';

// How the page starts (src/boot.ts): the pre-rendered page paints first, the app's code comes right
// after; what a person does in between is not lost, and a link to another view never shows the
// start page's words on the way.

test.use({ reducedMotion: 'reduce' });

const APP_CODE = /\/assets\/app-[^/]*\.js$/;

/** Holds the app's code back until the returned function is called (the page stays pre-rendered). */
async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(APP_CODE, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("the start page paints before the app's code is even asked for", async ({ page }) => {
  await keepThe3DAway(page);
  await page.goto('./');
  await appLive(page);
  const { paint, appAsked } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    appAsked:
      performance.getEntriesByType('resource').find((entry) => /\/assets\/app-[^/]*\.js$/.test(entry.name))
        ?.startTime ?? Number.NaN,
  }));
  expect(paint).toBeGreaterThan(0);
  expect(appAsked).toBeGreaterThanOrEqual(paint);
  // The picture of the body is part of that first paint.
  await expect(page.locator('.body-poster')).toBeVisible();
});

test("a link to a condition never shows the start page's words, and a failed start shows them", async ({
  page,
}) => {
  await keepThe3DAway(page);
  // What the panel shows at the first paint, seen from inside the page.
  await page.addInitScript(() => {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      const body = document.querySelector('.panel-body');
      const w = window as unknown as { __firstPanel?: { visible: boolean; heading: string } };
      w.__firstPanel = {
        visible: body !== null && getComputedStyle(body).visibility === 'visible',
        heading: document.querySelector('#panel h1')?.textContent ?? '',
      };
    }).observe({ type: 'paint', buffered: true });
  });
  await page.goto('./?condition=tennis-elbow');
  await expect(panelHeading(page)).toHaveText('Tennis elbow');
  const first = await page.evaluate(() => (window as { __firstPanel?: unknown }).__firstPanel);
  expect(first).toBeDefined();
  const { visible, heading } = first as { visible: boolean; heading: string };
  expect(visible && heading === 'What is IMS?', `first paint: ${heading}`).toBe(false);

  // The app's code cannot arrive: the start page is shown, not an empty panel, and its links work.
  await page.route(APP_CODE, (route) => route.abort('internetdisconnected'));
  await page.goto('./?condition=plantar-fasciitis');
  await expect(panelHeading(page)).toHaveText('What is IMS?');
  await expect(panelHeading(page)).toBeVisible();
});

test('a pointer resting on the body before the app starts: the 3D comes with the app, with no wait', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto('./');
  const host = await page.locator('.canvas-host').boundingBox();
  if (!host) throw new Error('no stage');
  await page.mouse.move(host.x + host.width / 2, host.y + host.height / 2);
  release();
  await appLive(page);
  const liveAt = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: 30_000,
  });
  const drawnAt = await page.evaluate(
    () => performance.getEntriesByName('ims:body-drawn')[0]?.startTime ?? Number.NaN,
  );
  // Not the start that comes by itself once the page is quiet (IDLE_START_MS after it loaded).
  expect(drawnAt - liveAt).toBeLessThan(IDLE_START_MS);
});

test('a tap on the picture and words typed in the search before the app starts are not lost', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto('./');
  const stage = await page.locator('.canvas-host').boundingBox();
  if (!stage) throw new Error('no stage');
  // The middle of the belly in the starting view, picture and 3D alike.
  await page.mouse.click(stage.x + stage.width / 2, stage.y + stage.height * 0.45);
  await page.getByRole('searchbox').fill('plantar');
  release();
  await appLive(page);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('button').first()).toContainText(
    'Plantar fasciitis',
  );
  await expect(panelHeading(page)).toHaveText('Belly', { timeout: 30_000 });
});

test('a button pressed before the app starts is pressed once it is live', async ({ page }) => {
  await keepThe3DAway(page);
  const release = await holdAppCode(page);
  await page.goto('./');
  await page.getByRole('region', { name: 'Body areas' }).getByRole('button', { name: 'Chest' }).click();
  release();
  await expect(panelHeading(page)).toHaveText('Chest');
});

for (const [start, address] of [
  ['the start page', './'],
  ['a link to a condition', './?condition=tennis-elbow'],
] as const)
  test(`a switch pressed while the app is starting is pressed once, never twice: ${start}`, async ({
    page,
  }) => {
    await keepThe3DAway(page);
    // At different moments of the start: before the app's code, while it runs, once it is live.
    // (The start page is hydrated; a link's view is rendered afresh, with new buttons.)
    for (const wait of [0, 10, 30, 50, 80, 120, 200]) {
      await page.evaluate(() => localStorage.clear()).catch(() => {});
      await page.goto(address);
      await page.waitForTimeout(wait);
      const largeText = page.getByRole('button', { name: 'Large text' });
      await largeText.click();
      await appLive(page);
      await expect(largeText, `after ${wait} ms`).toHaveAttribute('aria-pressed', 'true');
      // A press replayed once the app is live comes a moment later: it must not undo this one.
      await page.waitForTimeout(300);
      await expect(largeText, `after ${wait} ms, a moment later`).toHaveAttribute('aria-pressed', 'true');
    }
  });

test('the first 3D frame is the body, framed: nothing is drawn before it, nor drawn again while nothing changes', async ({
  page,
}) => {
  // Counts the animation frames in which the page drew anything with WebGL, and how many had
  // drawn when the body's first frame was marked. (Software WebGL spends tens of milliseconds a
  // frame on the body: a frame before the camera is in place, or a copy of one, delays the first.)
  await page.addInitScript(() => {
    const seen = { frames: 0, atMark: -1 };
    (window as { __drawFrames?: typeof seen }).__drawFrames = seen;
    let frame = 0;
    let lastDrawn = -1;
    const raf = window.requestAnimationFrame.bind(window);
    let frameTime = -1;
    window.requestAnimationFrame = (callback) =>
      raf((time) => {
        if (time !== frameTime) {
          frameTime = time;
          frame += 1;
        }
        callback(time);
      });
    const proto = WebGL2RenderingContext.prototype;
    for (const name of ['drawElements', 'drawArrays'] as const) {
      const draw = proto[name] as (...args: unknown[]) => void;
      (proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        if (frame !== lastDrawn) {
          lastDrawn = frame;
          seen.frames += 1;
        }
        return draw.apply(this, args);
      };
    }
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'ims:body-drawn' && seen.atMark < 0) seen.atMark = seen.frames;
      return mark(name, options);
    };
  });
  await page.goto('./');
  // The pointer on the stage's empty corner (no area under it to light up) starts the 3D.
  const host = await page.locator('.canvas-host').boundingBox();
  if (!host) throw new Error('no stage');
  await page.mouse.move(host.x + 5, host.y + 5);
  await page.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: 30_000,
  });
  const seen = () =>
    page.evaluate(() => (window as { __drawFrames?: { frames: number; atMark: number } }).__drawFrames);
  expect((await seen())?.atMark).toBe(1);
  // Then the sharp (multisampled) frame, once; nothing more while the page is left alone.
  await expect.poll(async () => (await seen())?.frames).toBe(2);
  await page.waitForTimeout(1500);
  expect((await seen())?.frames).toBe(2);
});

test('the header buttons do not move as the app starts (a press lands where it was aimed)', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto('./');
  const largeText = page.getByRole('button', { name: 'Large text' });
  const before = await largeText.boundingBox();
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
  release();
  await appLive(page);
  expect(await largeText.boundingBox()).toEqual(before);
});

test('where the browser cannot go full screen (an iPhone), there is no Full screen button, from the first paint', async ({
  page,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }),
  );
  const release = await holdAppCode(page);
  await page.goto('./');
  const largeText = page.getByRole('button', { name: 'Large text' });
  await expect(largeText).toBeVisible();
  await expect(page.getByRole('button', { name: 'Full screen' })).toHaveCount(0);
  const before = await largeText.boundingBox();
  release();
  await appLive(page);
  await expect(page.getByRole('button', { name: 'Full screen' })).toHaveCount(0);
  expect(await largeText.boundingBox()).toEqual(before);
});
