import { expect, type Page, test } from '@playwright/test';
import type { DeepLayer } from '../../src/state/anatomySlice';
import {
  bodyBox,
  openApp,
  panelHeading,
  pixelDifference,
  seriousAxeProblems,
  settle,
  waitForBody,
} from './fixtures';

// The layers beneath the skin (issue 10): the layer buttons and the see-through slider, choosing a
// muscle on the body or from its list, its view (nerves, root levels, conditions, referred pain),
// a condition's muscles lit on the body, links, and the picture of the muscle layer. Kept to a few
// tests that each do a lot: software WebGL makes every page load cost seconds.

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

const canvasShot = (page: Page) => page.locator('canvas').screenshot();

/** Waits until a deep layer's file is loaded and drawn. */
async function layerDrawn(page: Page, layer: DeepLayer) {
  await expect
    .poll(() => page.evaluate((l) => window.__imsTest?.layerState()[l].visible ?? false, layer), {
      timeout: 20_000,
    })
    .toBe(true);
  await settle(page, 4);
}

/** Each toggle and the slider change the picture; a toggle must not change much less than this. */
const CHANGED = 0.002;

async function partPoint(page: Page, layer: DeepLayer, id: string) {
  await settle(page, 3);
  const point = await page.evaluate(([l, i]) => window.__imsTest?.partScreenPoint(l, i) ?? null, [
    layer,
    id,
  ] as const);
  expect(point, `${layer}:${id} should be clickable from this view`).not.toBeNull();
  return point as { x: number; y: number };
}

const partLook = (page: Page, layer: DeepLayer, id: string) =>
  page.evaluate(([l, i]) => window.__imsTest?.partLook(l, i) ?? null, [layer, id] as const);

test('layer buttons and the see-through slider change the body; a failed layer says so and retries', async ({
  page,
}) => {
  test.setTimeout(60_000);
  // The muscles' file fails once, then arrives slowly, so the message and the progress both show.
  let muscleTries = 0;
  await page.route(/\/models\/muscles\.glb/, async (route) => {
    muscleTries++;
    if (muscleTries === 1) return route.abort('internetdisconnected');
    await new Promise((resolve) => setTimeout(resolve, 800));
    return route.continue();
  });
  await openApp(page);
  await waitForBody(page);
  const layers = page.getByRole('region', { name: 'Layers' });
  const button = (name: string) => layers.getByRole('button', { name, exact: true });
  await expect(button('Skin')).toHaveAttribute('aria-pressed', 'true');
  for (const name of ['Muscles', 'Skeleton', 'Nerves'])
    await expect(button(name)).toHaveAttribute('aria-pressed', 'false');
  const slider = page.getByRole('slider', { name: 'Skin see-through' });
  await expect(slider).toHaveValue('0');

  let before = await canvasShot(page);
  // By keyboard: Tab reaches the buttons; Space presses one.
  await button('Muscles').focus();
  await page.keyboard.press('Space');
  await expect(button('Muscles')).toHaveAttribute('aria-pressed', 'true');
  await expect(layers.getByRole('alert')).toContainText('The muscles did not arrive');
  await layers.getByRole('button', { name: 'Retry' }).click();
  await expect(layers.getByRole('progressbar', { name: 'Loading the muscles' })).toBeVisible();
  await layerDrawn(page, 'muscles');
  await expect(layers.getByRole('progressbar')).toHaveCount(0);
  // Showing a layer under the solid skin makes the skin see-through.
  await expect(slider).toHaveValue('75');
  await expect(slider).toHaveAttribute('aria-valuetext', '75 % see-through');
  let after = await canvasShot(page);
  expect(await pixelDifference(page, before, after), 'muscles shown').toBeGreaterThan(CHANGED);
  await expect(page).toHaveURL(/[?&]layers=skin,muscles(&|$)/);

  // The slider by keyboard: Home is solid skin, End is no skin at all.
  before = after;
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Solid skin');
  await settle(page, 4);
  after = await canvasShot(page);
  expect(await pixelDifference(page, before, after), 'skin made solid').toBeGreaterThan(CHANGED);
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('5');
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/[?&]xray=100(&|$)/);

  // Hiding the skin changes the picture.
  await slider.press('Home');
  before = await canvasShot(page);
  await button('Skin').click();
  await expect(button('Skin')).toHaveAttribute('aria-pressed', 'false');
  await settle(page, 4);
  after = await canvasShot(page);
  expect(await pixelDifference(page, before, after), 'skin hidden').toBeGreaterThan(CHANGED);
  expect(await page.evaluate(() => window.__imsTest?.skinState().visible)).toBe(false);
  // The skeleton and the nerves start loading from their buttons (the scene's own test draws them).
  await button('Skeleton').click();
  await button('Nerves').click();
  await expect(page).toHaveURL(/[?&]layers=muscles,skeleton,nerves(&|$)/);
  expect(await seriousAxeProblems(page, '.layer-controls')).toEqual([]);
});

test('the muscle layer front and back; a muscle clicked on the body: hover names it, its view gives nerves, root levels, conditions and referred pain', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page, '?layers=muscles');
  await waitForBody(page);
  await layerDrawn(page, 'muscles');
  expect(await page.evaluate(() => window.__imsTest?.skinState().visible)).toBe(false);
  // The muscle layer alone, front and back, as the reference pictures show it.
  await settle(page, 6);
  await expect(page.locator('canvas')).toHaveScreenshot('muscles-front.png', { maxDiffPixelRatio: 0.01 });
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await settle(page, 6);
  await expect(page.locator('canvas')).toHaveScreenshot('muscles-back.png', { maxDiffPixelRatio: 0.01 });

  const { x, y } = await partPoint(page, 'muscles', 'upper-trapezius');
  await page.mouse.move(x, y);
  await expect(page.locator('.hover-label')).toHaveText('Upper trapezius');
  await page.mouse.click(x, y);
  await expect(panelHeading(page)).toHaveText('Upper trapezius');
  await expect(page).toHaveURL(/[?&]muscle=upper-trapezius(&|$)/);
  const view = page.locator('#panel');
  await expect(
    view.getByText('Nerves from about C3–C4, the third and fourth levels of the neck.'),
  ).toBeVisible();
  await expect(view.getByRole('button', { name: /Chronic whiplash pain/ })).toBeVisible();
  await expect(view.getByText('These are typical maps, not a diagnosis.')).toBeVisible();
  await expect
    .poll(async () => (await partLook(page, 'muscles', 'upper-trapezius'))?.selected)
    .toBeGreaterThan(0.9);

  // Its referred pain glows on the skin (the scene's own test checks the pixels); going back to
  // the lists ends it.
  expect(await page.evaluate(() => window.__imsTest?.skinState().glowing)).toBe(true);
  await view.getByRole('button', { name: '← All muscles, bones and nerves' }).click();
  await expect(panelHeading(page)).toHaveText('What is IMS?');
  expect(await page.evaluate(() => window.__imsTest?.skinState().glowing)).toBe(false);

  // Back and Forward walk through the views.
  await page.goBack();
  await expect(panelHeading(page)).toHaveText('Upper trapezius');
  await page.goForward();
  await expect(panelHeading(page)).toHaveText('What is IMS?');
  await page.goBack();
  await expect(panelHeading(page)).toHaveText('Upper trapezius');

  // Isolate, Hide and Show all, as toggle buttons the body follows.
  const actions = view.getByRole('toolbar', { name: 'Show or hide Upper trapezius' });
  await actions.getByRole('button', { name: 'Isolate' }).click();
  await expect(actions.getByRole('button', { name: 'Isolate' })).toHaveAttribute('aria-pressed', 'true');
  await actions.getByRole('button', { name: 'Hide' }).click();
  await expect(actions.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-pressed', 'true');
  await expect(actions.getByRole('button', { name: 'Isolate' })).toHaveAttribute('aria-pressed', 'false');
  await expect
    .poll(async () => (await partLook(page, 'muscles', 'upper-trapezius'))?.shown)
    .toBeLessThan(0.1);
  await actions.getByRole('button', { name: 'Show all' }).click();
  await expect(actions.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-pressed', 'false');
  await expect
    .poll(async () => (await partLook(page, 'muscles', 'upper-trapezius'))?.shown)
    .toBeGreaterThan(0.9);
  expect(await seriousAxeProblems(page)).toEqual([]);
});

test("a condition's muscles light up and are framed; the lists choose muscles, bones and nerves by keyboard", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page, '?condition=chronic-whiplash-pain');
  await waitForBody(page);
  const distance = await page.evaluate(() => window.__imsTest?.cameraDistance() ?? 0);
  const link = page.locator('#panel').getByRole('button', { name: 'Levator scapulae', exact: true });
  await link.click();
  await expect(link).toHaveAttribute('aria-pressed', 'true');
  await layerDrawn(page, 'muscles');
  await expect
    .poll(async () => (await partLook(page, 'muscles', 'levator-scapulae'))?.highlighted)
    .toBeGreaterThan(0.9);
  // Framed: the camera came closer, and the muscle shows on the canvas.
  await settle(page, 6);
  expect(await page.evaluate(() => window.__imsTest?.cameraDistance() ?? 0)).toBeLessThan(distance);
  await partPoint(page, 'muscles', 'levator-scapulae');

  // The lists on the start page: filter, then choose by keyboard.
  await page.getByRole('button', { name: '← All conditions' }).click();
  const lists = page.getByRole('region', { name: 'Muscles, bones and nerves' });
  await lists.scrollIntoViewIfNeeded();
  await expect(lists.getByRole('button', { name: 'Muscles', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const filter = lists.getByRole('searchbox', { name: 'Find a muscle' });
  await filter.fill('calf');
  await expect(lists.getByText(/^\d+ muscles?$/)).toBeVisible();
  await expect(lists.locator('.part-button')).not.toHaveCount(0);
  await filter.fill('infraspin');
  await page.keyboard.press('Tab');
  await expect(lists.getByRole('button', { name: /Infraspinatus/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toHaveText('Infraspinatus');
  await expect(panelHeading(page)).toBeFocused();
  expect(await seriousAxeProblems(page, '#panel')).toEqual([]);

  await page.getByRole('button', { name: '← All muscles, bones and nerves' }).click();
  await lists.getByRole('button', { name: 'Bones', exact: true }).click();
  await lists.getByRole('button', { name: /^C7 vertebra/ }).click();
  await expect(panelHeading(page)).toHaveText('C7 vertebra');
  await expect(page).toHaveURL(/[?&]bone=C7(&|$)/);
  await expect(
    page.getByRole('region', { name: 'Layers' }).getByRole('button', { name: 'Skeleton' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test.describe('links and sizes (no 3D needed)', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(/\/BodyScene[^/]*\.(js|tsx)(\?.*)?$/, () => undefined);
  });

  test('links open a muscle, bone or nerve; bad parts are dropped and said in plain words', async ({
    page,
  }) => {
    await openApp(page, '?nerve=median');
    await expect(panelHeading(page)).toHaveText(/Median nerve/);
    await expect(
      page.getByRole('region', { name: 'Layers' }).getByRole('button', { name: 'Nerves' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await openApp(page, '?muscle=biceps-femoris&layers=skin,organs&xray=150');
    const notice = page.getByRole('alert').filter({ hasText: "That link didn't fully work" });
    await expect(notice).toContainText('We couldn\'t find the muscle "biceps-femoris".');
    await expect(notice).toContainText('We couldn\'t find the layer "organs".');
    await expect(notice).toContainText('We couldn\'t use the see-through setting "150".');
    await expect(panelHeading(page)).toHaveText('What is IMS?');
    await expect(page).toHaveURL(/\/$/);
  });

  test('the layer controls are reachable and clear of the body on phones, laptops and a wall screen, also with Large text', async ({
    page,
  }) => {
    for (const size of [
      { width: 320, height: 568 },
      { width: 390, height: 844 },
      { width: 1024, height: 768 },
      { width: 1920, height: 1080 },
      { width: 1024, height: 768, largeText: true },
      { width: 1280, height: 800, largeText: true },
    ]) {
      // One page load: the window is resized through the sizes (the layout follows it through CSS
      // and resize observers), and Large text is turned on where the sizes come to it.
      await page.setViewportSize(size);
      if (page.url() === 'about:blank') await openApp(page);
      else await settle(page, 3);
      if (size.largeText && !(await page.locator('html.large-text').count()))
        await page.getByRole('button', { name: 'Large text' }).click();
      await expect(page.locator('html')).toHaveClass(size.largeText ? /large-text/ : /^(?!.*large-text)/);
      const where = `${size.width}×${size.height}${size.largeText ? ' with Large text' : ''}`;
      const card = await page.locator('.layer-controls').boundingBox();
      const body = await bodyBox(page);
      expect(card, where).toBeTruthy();
      if (!card) continue;
      expect(card.x, where).toBeGreaterThanOrEqual(0);
      expect(card.x + card.width, where).toBeLessThanOrEqual(size.width);
      const scrolls = await page.evaluate(
        () => (document.scrollingElement?.scrollWidth ?? 0) > window.innerWidth,
      );
      expect(scrolls, where).toBe(false);
      // Beside the figure on wide screens, in a band under the picture on phones: never over the body.
      const clear =
        card.x + card.width <= body.left ||
        card.x >= body.right ||
        card.y >= body.bottom ||
        card.y + card.height <= body.top;
      expect(clear, `${where}: card ${JSON.stringify(card)} body ${JSON.stringify(body)}`).toBe(true);
      for (const name of ['Skin', 'Muscles', 'Skeleton', 'Nerves']) {
        const b = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(b?.height ?? 0, `${name} at ${where}`).toBeGreaterThanOrEqual(44);
      }
    }
  });
});
