import { devices, expect, type Page, test } from '@playwright/test';
import { CONDITIONS } from '../../src/content/conditions';
import { REGION_IDS, type RegionId } from '../../src/content/regionIds';
import { followLink, openApp, waitForBody } from './fixtures';

// Every body area and every condition, once chosen, is framed so that its skin faces the viewer:
// most of it shows (not hidden behind the body, a button or the panel), in the middle of the part
// of the body view a person can see, and none of it runs off that part.

/** Share of the area's skin (points spread evenly over it) that must show. */
const MIN_VISIBLE = 0.3;
/** Of the skin that faces the camera unhidden, the most that may fall off screen or under a button. */
const MAX_COVERED = 0.1;
/** How far the middle of what shows may be from the middle of the visible view (share of its size). */
const MAX_OFF_CENTRE = 0.15;

const SIZES = [
  { name: 'laptop', use: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'phone',
    use: {
      viewport: { width: 390, height: 844 },
      // The layout is a phone's (CSS pixels); one device pixel per CSS pixel keeps software WebGL quick.
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      userAgent: devices['Pixel 7'].userAgent,
    },
  },
];

/** What shows of the regions now, and the part of the canvas a person can see. */
function look(page: Page, ids: RegionId[]) {
  return page.evaluate((regionIds) => {
    const hook = window.__imsTest;
    if (!hook) throw new Error('no test hook: run against an e2e build');
    const canvas = document.querySelector('.canvas-host canvas')?.getBoundingClientRect();
    if (!canvas) throw new Error('no canvas');
    const view = {
      left: Math.max(canvas.left, 0),
      top: Math.max(canvas.top, 0),
      right: Math.min(canvas.right, window.innerWidth),
      bottom: Math.min(canvas.bottom, window.innerHeight),
    };
    // On a phone the panel is a sheet whose rounded top lies over the bottom of the body view.
    const panel = document.getElementById('panel')?.getBoundingClientRect();
    if (panel && panel.left < view.right && panel.right > view.left && panel.top > view.top)
      view.bottom = Math.min(view.bottom, panel.top);
    return {
      seen: hook.regionVisibility(regionIds),
      view,
      azimuth: hook.cameraAzimuth(),
      polar: hook.cameraPolar(),
    };
  }, ids);
}

type Look = Awaited<ReturnType<typeof look>>;

/** Checks one framing; soft, so one run reports every area that fails. */
function expectFramed(name: string, { seen, view }: Look) {
  const visible = seen.visible / seen.samples;
  expect.soft(visible, `${name}: share of its skin that shows`).toBeGreaterThanOrEqual(MIN_VISIBLE);
  const covered = seen.shown ? 1 - seen.visible / seen.shown : 1;
  expect.soft(covered, `${name}: share off screen or under a button`).toBeLessThanOrEqual(MAX_COVERED);
  const box = seen.box;
  expect.soft(box, `${name}: something shows`).not.toBeNull();
  if (!box) return;
  const width = view.right - view.left;
  const height = view.bottom - view.top;
  const offX = ((box.left + box.right) / 2 - (view.left + view.right) / 2) / width;
  const offY = ((box.top + box.bottom) / 2 - (view.top + view.bottom) / 2) / height;
  expect.soft(Math.abs(offX), `${name}: off centre sideways`).toBeLessThanOrEqual(MAX_OFF_CENTRE);
  expect.soft(Math.abs(offY), `${name}: off centre up or down`).toBeLessThanOrEqual(MAX_OFF_CENTRE);
  const inside =
    box.left >= view.left - 1 &&
    box.right <= view.right + 1 &&
    box.top >= view.top - 1 &&
    box.bottom <= view.bottom + 1;
  expect
    .soft(inside, `${name}: runs off the view (${JSON.stringify(box)} in ${JSON.stringify(view)})`)
    .toBe(true);
}

test.use({ reducedMotion: 'reduce' });

/**
 * The laptop checks every area; the phone the midline and the left side only. The figure and its
 * framing rules are mirror images left to right (the model tests check the mirror), and the phone
 * run is the slow one.
 */
function regionsFor(size: string): readonly RegionId[] {
  return size === 'laptop' ? REGION_IDS : REGION_IDS.filter((id) => !id.endsWith('-right'));
}

for (const size of SIZES) {
  test.describe(`framing on a ${size.name}`, () => {
    test.use(size.use);

    // One page load per size (the 3D is slow to start in software WebGL) for the areas and the
    // conditions: each opens as a link in the running page.
    test('every body area shows its skin, and every condition its areas, centred and whole', async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await openApp(page);
      await waitForBody(page);
      await test.step('every body area shows its skin, centred and whole', async () => {
        for (const id of regionsFor(size.name)) {
          await followLink(page, `?region=${id}`);
          const seen = await look(page, [id]);
          expectFramed(id, seen);
          // The two areas that used to hide: soles are seen from below, inner elbows from the front
          // and from the side of the body's middle (the inner side faces it).
          if (id.startsWith('sole-'))
            expect.soft(seen.polar, `${id}: seen from below`).toBeGreaterThan(Math.PI / 2 + 0.3);
          if (id.startsWith('elbow-inner-')) {
            expect.soft(Math.abs(seen.azimuth), `${id}: seen from the front`).toBeLessThan(Math.PI / 2);
            const towardMiddle = id.endsWith('-left') ? -seen.azimuth : seen.azimuth;
            expect.soft(towardMiddle, `${id}: seen from the body's middle side`).toBeGreaterThan(0.2);
          }
        }
      });

      await test.step('every condition shows its areas, centred and whole', async () => {
        for (const condition of CONDITIONS) {
          await followLink(page, `?condition=${condition.id}`);
          const seen = await look(page, condition.regions);
          expectFramed(condition.id, seen);
          if (condition.id === 'plantar-fasciitis')
            expect
              .soft(seen.polar, 'plantar fasciitis: soles seen from below')
              .toBeGreaterThan(Math.PI / 2 + 0.3);
        }
      });
    });
  });
}
