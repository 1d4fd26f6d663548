import { expect, type Page, test } from '@playwright/test';
import { openApp, pixelDifference, settle, waitForBody } from './fixtures';

// The segmental view as the scene draws it (src/scene/segments): a condition's levels labelled
// beside the spine, its needle sites drawn (beside the spine too), a click on a vertebra choosing
// its level, and that level's skin band painted where its key sensory point is and not far from
// it. Driven through the store and the test hook, so it does not depend on the panel.

const canvasShot = (page: Page) => page.locator('.canvas-host canvas').screenshot();
const segmentState = (page: Page) => page.evaluate(() => window.__imsTest?.segmentState());

/** Waits for the view to be drawn: every layer in, its labels placed, its needle sites drawn. */
async function waitForView(page: Page, levels: string[]) {
  await page.waitForFunction(
    (wanted) => {
      const hook = window.__imsTest;
      const layers = hook?.layerState();
      const state = hook?.segmentState();
      return (
        layers?.muscles.visible &&
        layers.skeleton.visible &&
        layers.nerves.visible &&
        state?.markers &&
        state.litLevels.join() === wanted.join()
      );
    },
    levels,
    { timeout: 40_000 },
  );
  // the camera's flight to the view (a cut with reduced motion) has ended
  await page.waitForTimeout(800);
  await settle(page, 4);
}

/** The glow under the skin at each on-screen key sensory point of a level. */
const keyPointGlow = (page: Page, level: string) =>
  page.evaluate((l) => {
    const hook = window.__imsTest;
    return (hook?.keyPointScreen(l) ?? []).map((p) => hook?.glowAt(p.x, p.y) ?? 0);
  }, level);

/** The glow at the middle of an area of skin (one far from the level's band); null if not in view. */
const regionGlow = (page: Page, region: 'lower-back' | 'thigh-front-left' | 'thigh-front-right') =>
  page.evaluate((id) => {
    const hook = window.__imsTest;
    const p = hook?.regionCentre(id);
    return p ? (hook?.glowAt(p.x, p.y) ?? 0) : null;
  }, region);

test('tennis elbow: levels C5–C8 labelled, needle sites drawn; a vertebra click chooses C6 and paints its skin', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page, '?condition=tennis-elbow');
  await waitForBody(page);
  const before = await canvasShot(page);
  await page.evaluate(() => window.__imsTest?.store.getState().showLevels('tennis-elbow'));
  await waitForView(page, ['C5', 'C6', 'C7', 'C8']);

  const opened = await segmentState(page);
  expect(opened).toMatchObject({ open: true, conditionId: 'tennis-elbow', level: null, dermatome: null });
  // the forearm band (both arms) and beside the spine at four levels (both sides)
  expect(opened?.markers).toBe(10);
  const sites = await page.evaluate(() => {
    const hook = window.__imsTest;
    return hook?.store.getState().segments
      ? ['C5', 'C6', 'C7', 'C8'].map((l) => hook.levelLabelScreen(l))
      : [];
  });
  for (const at of sites) expect(at).not.toBeNull();
  expect(await pixelDifference(page, before, await canvasShot(page))).toBeGreaterThan(0.01);

  // A click on the C6 vertebra chooses level C6: its skin band is painted on the thumb side.
  const c6 = await page.evaluate(() => window.__imsTest?.partScreenPoint('skeleton', 'C6') ?? null);
  expect(c6, 'the C6 vertebra can be clicked in the view').not.toBeNull();
  if (!c6) return;
  await page.mouse.click(c6.x, c6.y);
  await expect.poll(async () => (await segmentState(page))?.level).toBe('C6');
  await waitForView(page, ['C6']);
  expect(await segmentState(page)).toMatchObject({ dermatome: 'C6', markers: 2 });
  expect(await page.evaluate(() => window.__imsTest?.store.getState().part)).toBeNull();
  const thumb = await keyPointGlow(page, 'C6');
  expect(thumb.length, 'a C6 key point (the thumb) faces the camera').toBeGreaterThan(0);
  expect(Math.max(...thumb)).toBeGreaterThan(0.5);
  expect(await regionGlow(page, 'lower-back')).toBe(0);

  // L5: the top of the foot and the big toe.
  await page.evaluate(() => window.__imsTest?.store.getState().chooseLevel('L5'));
  await waitForView(page, ['L5']);
  expect((await segmentState(page))?.dermatome).toBe('L5');
  const foot = await keyPointGlow(page, 'L5');
  expect(foot.length, 'an L5 key point (the top of the foot) faces the camera').toBeGreaterThan(0);
  expect(Math.max(...foot)).toBeGreaterThan(0.5);
  const thigh = (await regionGlow(page, 'thigh-front-right')) ?? (await regionGlow(page, 'thigh-front-left'));
  expect(thigh, 'the front of a thigh (L2–L3) is in view, unpainted').toBe(0);

  // Leaving puts the picture back: no labels, no markers, no band.
  await page.evaluate(() => window.__imsTest?.store.getState().leaveSegments());
  await settle(page, 4);
  expect(await segmentState(page)).toMatchObject({ open: false, litLevels: [], markers: 0, dermatome: null });
});

for (const { width, height, conditionId, levels, vertebra, muscle } of [
  {
    width: 390,
    height: 844,
    conditionId: 'plantar-fasciitis',
    levels: ['S1', 'S2'],
    vertebra: 'sacrum',
    muscle: 'gastrocnemius',
  },
  {
    width: 1920,
    height: 1080,
    conditionId: 'shin-splints',
    levels: ['L4', 'L5', 'S1', 'S2'],
    vertebra: 'L5',
    muscle: 'tibialis-posterior',
  },
]) {
  test(`${width} px: a link opens ${conditionId}'s levels, with spine and limb in the frame`, async ({
    page,
  }) => {
    test.setTimeout(75_000);
    await page.setViewportSize({ width, height });
    await openApp(page, `?condition=${conditionId}&spine=levels`);
    await waitForBody(page);
    await waitForView(page, levels);
    const view = await page.evaluate(
      ({ vertebra, muscle, levels }) => {
        const hook = window.__imsTest;
        const canvas = document.querySelector('.canvas-host canvas')?.getBoundingClientRect();
        return {
          canvas: canvas
            ? { left: canvas.left, top: canvas.top, right: canvas.right, bottom: canvas.bottom }
            : null,
          spine: hook?.partCentre('skeleton', vertebra) ?? null,
          limb: hook?.partCentre('muscles', muscle) ?? null,
          labels: levels.map((l) => hook?.levelLabelScreen(l) ?? null),
        };
      },
      { vertebra, muscle, levels },
    );
    expect(view.canvas).not.toBeNull();
    const { left, top, right, bottom } = view.canvas ?? { left: 0, top: 0, right: 0, bottom: 0 };
    for (const [what, at] of [
      ['spine', view.spine],
      ['limb', view.limb],
      ...view.labels.map((l, i) => [`label ${levels[i]}`, l] as const),
    ] as const) {
      expect(at, `${what} is drawn`).not.toBeNull();
      expect(at?.x ?? -1, what).toBeGreaterThan(left);
      expect(at?.x ?? -1, what).toBeLessThan(right);
      expect(at?.y ?? -1, what).toBeGreaterThan(top);
      expect(at?.y ?? -1, what).toBeLessThan(bottom);
    }
  });
}
