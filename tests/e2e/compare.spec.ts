import { expect, type Page, test } from '@playwright/test';
import { CONDITIONS as ALL_CONDITIONS } from '../../src/content/conditions';
import type { MarkerOnScreen } from '../../src/scene/needling/compareTestHook';
import {
  followLink,
  openApp,
  panelHeading,
  pixelDifference,
  seriousAxeProblems,
  settle,
  waitForBody,
} from './fixtures';

// "Compare with acupuncture" on a condition: IMS sites and acupuncture points (with their meridian
// lines) on the body at once, a legend, a twin in the list for every marker, and its own link.

test.use({ reducedMotion: 'reduce' });

const NOTE = 'An illustration of the idea, not treatment advice.';

const toggle = (page: Page) => page.getByRole('button', { name: 'Compare with acupuncture' });
const imsList = (page: Page) => page.getByRole('list', { name: /^IMS sites for / });
const pointList = (page: Page) => page.getByRole('list', { name: /^Acupuncture points for / });

const markersOnScreen = (page: Page) =>
  page.evaluate(() => window.__imsCompareTest?.markers() ?? ([] as MarkerOnScreen[]));

/** Waits until the markers are drawn and the camera has settled on them. */
async function markersDrawn(page: Page) {
  await expect.poll(async () => (await markersOnScreen(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  await settle(page, 6);
  return markersOnScreen(page);
}

async function canvasShot(page: Page) {
  await settle(page, 4);
  return page.locator('canvas').first().screenshot();
}

/** Pointing at a marker on the body names it; so does focusing its twin in the list. */
async function pointingNamesMarkers(page: Page) {
  const markers = await markersDrawn(page);
  const target = markers.find((m) => m.pickable);
  expect(target, 'a marker that can be pointed at').toBeDefined();
  if (!target) return;
  const twin = page.locator(`[data-marker="${target.key}"]`);
  const name = (await twin.textContent()) ?? '';
  await page.mouse.move(target.x, target.y);
  const label = page.locator('.marker-label');
  await expect(label).toBeVisible();
  await expect(label).toHaveText(name);

  await page.mouse.move(2, 2);
  await expect(label).toBeHidden();
  const li4 = pointList(page).getByRole('button', { name: /^LI4 Hegu/ });
  await li4.focus();
  await expect(label).toHaveText(/^LI4 Hegu — acupuncture point on the Large Intestine line/);
}

const CONDITIONS = [
  { id: 'tennis-elbow', far: /^LI4 Hegu/ },
  { id: 'plantar-fasciitis', far: /^PC7 Daling/ },
  { id: 'chronic-whiplash-pain', far: /^SI3 Houxi/ },
];

test.describe('the comparison on the body', () => {
  // One page load for the three conditions (the 3D is slow to start in software WebGL): each opens
  // as a link in the running page, without the comparison, and is toggled on there. Pointing at a
  // marker (tennis elbow) and axe (whiplash) use the same pictures.
  test('the toggle draws both kinds of marker, framed together, with the legend; pointing at a marker names it; axe finds nothing serious', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openApp(page);
    await waitForBody(page);
    for (const { id, far } of CONDITIONS) {
      await test.step(`the toggle draws both kinds of marker for ${id}, framed together, with the legend`, async () => {
        await followLink(page, `?condition=${id}`);
        await expect(panelHeading(page)).toHaveText(ALL_CONDITIONS.find((c) => c.id === id)?.name ?? id);
        const before = await canvasShot(page);
        const callsBefore = await page.evaluate(() => window.__imsTest?.drawCalls().total ?? 0);

        await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
        await toggle(page).click();
        await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
        await expect(page).toHaveURL(/[?&]compare=acupuncture(&|$)/);

        const legend = page.getByRole('list', { name: 'Legend for the body' });
        await expect(legend.getByText('IMS site', { exact: true })).toBeVisible();
        await expect(legend.getByText('Acupuncture point', { exact: true })).toBeVisible();
        await expect(legend.getByText('Meridian line', { exact: true })).toBeVisible();
        await expect(page.getByText(NOTE, { exact: true })).toBeVisible();
        await expect(pointList(page).getByRole('button', { name: far })).toBeVisible();

        const markers = await markersDrawn(page);
        const after = await canvasShot(page);
        expect(await pixelDifference(page, before, after)).toBeGreaterThan(0.01);
        // Markers and lines: a few draw calls more, not one per marker.
        const callsAfter = await page.evaluate(() => window.__imsTest?.drawCalls().total ?? 0);
        expect(callsAfter - callsBefore).toBeGreaterThanOrEqual(3);
        expect(callsAfter - callsBefore).toBeLessThanOrEqual(6);

        // Both sets are in the frame (seen, or faintly through the body), the far point too.
        const canvas = await page.locator('canvas').first().boundingBox();
        expect(canvas).not.toBeNull();
        const box = canvas ?? { x: 0, y: 0, width: 0, height: 0 };
        for (const m of markers) {
          expect(m.x, `${m.key} (${m.side}) across`).toBeGreaterThanOrEqual(box.x);
          expect(m.x, `${m.key} (${m.side}) across`).toBeLessThanOrEqual(box.x + box.width);
          expect(m.y, `${m.key} (${m.side}) down`).toBeGreaterThanOrEqual(box.y);
          expect(m.y, `${m.key} (${m.side}) down`).toBeLessThanOrEqual(box.y + box.height);
        }
        // Both kinds are drawn; from any one side some lie behind the body (drawn faintly there).
        expect(new Set(markers.map((m) => m.kind))).toEqual(new Set(['ims', 'acupoint']));
        expect(markers.filter((m) => m.pickable).length, 'markers that can be pointed at').toBeGreaterThan(0);
      });
      if (id === 'tennis-elbow')
        await test.step('pointing at a marker on the body names it; so does focusing its twin', () =>
          pointingNamesMarkers(page));
      if (id === 'chronic-whiplash-pain')
        await test.step('axe finds nothing serious with the comparison on', async () => {
          expect(await seriousAxeProblems(page)).toEqual([]);
        });
    }
  });

  test('the list names LI4 for tennis elbow, and a site beside the spine at a neck level', async ({
    page,
  }) => {
    await openApp(page, '?condition=tennis-elbow&compare=acupuncture');
    await expect(
      pointList(page).getByRole('button', {
        name: /^LI4 Hegu — acupuncture point on the Large Intestine line — on the back of the hand/,
      }),
    ).toBeVisible();
    await expect(
      imsList(page)
        .getByRole('button', { name: /^Beside the spine at C\d.* — IMS site$/ })
        .first(),
    ).toBeVisible();

    await openApp(page, '?condition=chronic-whiplash-pain&compare=acupuncture');
    await expect(
      imsList(page)
        .getByRole('button', { name: /^Beside the spine at C\d.* — IMS site$/ })
        .first(),
    ).toBeVisible();
  });

  test('the link with the comparison reopens it; turning it off takes it out of the link', async ({
    page,
  }) => {
    await openApp(page, '?condition=plantar-fasciitis&compare=acupuncture');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await waitForBody(page);
    expect((await markersDrawn(page)).length).toBeGreaterThan(0);
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page).not.toHaveURL(/compare=/);
    await expect(page.getByText(NOTE, { exact: true })).toHaveCount(0);
    await page.goBack();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  });

  test('markers that do not arrive say so, with Retry, and the rest keeps working', async ({ page }) => {
    await page.route('**/models/needling.json', (route) => route.abort('internetdisconnected'));
    await openApp(page, '?condition=tennis-elbow');
    await toggle(page).click();
    await expect(page.getByRole('heading', { name: 'Could not load — check your connection' })).toBeVisible();
    // The words and the twins are there anyway.
    await expect(pointList(page).getByRole('button', { name: /^LI4 Hegu/ })).toBeVisible();
    await page.unroute('**/models/needling.json');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { name: 'Could not load — check your connection' })).toHaveCount(
      0,
    );
    await waitForBody(page);
    expect((await markersDrawn(page)).length).toBeGreaterThan(0);
  });
});
