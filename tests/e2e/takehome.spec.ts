import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { checksum, encodeTakeHome } from '../../src/consult/takehome/link';
import { CONDITIONS } from '../../src/content/conditions';
import { IDLE_START_MS } from '../../src/ui/sceneStartTiming';
import { followLink, keepThe3DAway, openApp, seriousAxeProblems, waitForBody } from './fixtures';

// The take-home (issue 12): a link and a QR code that reopen what was shown on another device
// (state in the address's fragment, no server), "Your visit", the one-page printed handout and
// damaged links that open what they can.

const CLINIC = {
  name: 'Riverside Physiotherapy',
  practitioner: 'Alex Chen, physiotherapist',
  phone: '+1 604 555 0100',
  address: '12 River Street, Vancouver',
  bookingUrl: 'https://example.com/book',
};

const withClinic = (page: Page) =>
  page.route('**/clinic.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(CLINIC) }),
  );

/** A visit link made by hand, with its right checksum (as the app makes them). */
const visitLink = (body: string) => `./#${body}&k=${checksum(body)}`;

/** Reads the QR code on the page back from its pixels, as a phone's camera would. */
async function readQrCode(page: Page): Promise<string | null> {
  const png = PNG.sync.read(await page.getByRole('img', { name: /QR code/ }).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** Pages in a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

test('the QR code reopens the same conditions, pain-cycle steps and chart in a new browser', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // The pain cycle's 3D is not needed: its words and its link are.
  await page.route(/\/CycleScene[^/]*\.(js|tsx)(\?.*)?$/, () => undefined);
  // Reduced motion: the explainer does not play on by itself, so exactly one of its steps is shown.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?cycle=nerve-root');
  await expect(page.getByRole('heading', { name: 'A nerve root is irritated', exact: true })).toBeVisible();
  await followLink(page, '?condition=tennis-elbow');
  await waitForBody(page);
  // The pain chart's own panel is another piece of work: its marks go in through the store here.
  await page.evaluate(() => {
    const store = window.__imsTest?.store.getState();
    store?.setChartBrush({ kind: 'sharp', intensity: 7 });
    store?.addMark({ region: 'elbow-outer-left', point: [0.31, 1.05, -0.02] });
    store?.setChartBrush({ kind: 'pins-and-needles', intensity: 3 });
    store?.addMark({ region: 'forearm-left', point: null });
  });

  await page.getByRole('button', { name: 'Take this visit home' }).click();
  await expect(page.getByRole('heading', { name: 'Take this visit home', level: 1 })).toBeFocused();
  await expect(
    page.getByText(/1 condition, 1 step of the pain cycle and 2 marks on your pain chart/),
  ).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'The link' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#visit=1&/);
  expect(await readQrCode(page)).toBe(link);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.locator('#panel').getByText('Copied.', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(await seriousAxeProblems(page, '#panel')).toEqual([]);

  // The patient's phone: a new browser, nothing shared with this one.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const patient = await phone.newPage();
  await keepThe3DAway(patient);
  await patient.goto(link);
  await expect(patient.getByRole('heading', { name: 'Your visit', level: 1 })).toBeVisible();
  const panel = patient.locator('#panel');
  await expect(panel.getByRole('button', { name: /Tennis elbow/ })).toBeVisible();
  await expect(panel.getByRole('link', { name: 'A nerve root is irritated' })).toBeVisible();
  const chart = panel.getByRole('list', { name: 'Your pain chart' }).getByRole('listitem');
  await expect(chart).toHaveText([
    'Left outer elbow: Sharp, 7 out of 10',
    'Left forearm: Pins and needles, 3 out of 10',
  ]);
  await expect(patient.getByRole('alert')).toHaveCount(0);
  expect(await seriousAxeProblems(patient, '#panel')).toEqual([]);

  // Its links work: the condition opens, and Back returns to the visit.
  await panel.getByRole('button', { name: /Tennis elbow/ }).click();
  await expect(patient.getByRole('heading', { name: 'Tennis elbow', level: 1 })).toBeVisible();
  await patient.goBack();
  await expect(patient.getByRole('heading', { name: 'Your visit', level: 1 })).toBeVisible();
  await phone.close();

  // Another visit link opened on the first device replaces its chart: nothing of the first shows.
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, visitLink('visit=1&m=3a2').slice(2));
  await expect(page.getByRole('heading', { name: 'Your visit', level: 1 })).toBeVisible();
  await expect(
    page.locator('#panel').getByRole('list', { name: 'Your pain chart' }).getByRole('listitem'),
  ).toHaveText(['Neck: Aching, 2 out of 10']);
});

test('"Print the handout" draws the pictures, then opens the print dialog', async ({ page }) => {
  await keepThe3DAway(page);
  await page.addInitScript(() => {
    window.print = () => {
      const images = Array.from(document.querySelectorAll<HTMLImageElement>('.handout img'));
      document.documentElement.dataset.printed = String(images.length > 0 && images.every((i) => i.complete));
    };
  });
  await page.goto(visitLink('visit=1&c=tennis-elbow&m=13s7'));
  await page.getByRole('button', { name: 'Print the handout' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'true');
  await expect(page.getByRole('button', { name: 'Print the handout' })).toBeEnabled();
});

test('the handout prints on exactly one page, even with a full chart and every condition', async ({
  page,
}) => {
  await keepThe3DAway(page);
  await withClinic(page);
  const conditions = CONDITIONS.map((c) => c.id);
  const marks = Array.from({ length: 24 }, (_, i) => `${i}p${i % 11}@10,120,-5`).join('_');
  const stages = Array.from({ length: 14 }, (_, i) => i).join(',');
  await page.goto(visitLink(`visit=1&c=${conditions.join(',')}&s=${stages}&m=${marks}`));
  await expect(page.getByRole('heading', { name: 'Your visit', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  const handout = page.getByTestId('handout');
  await expect(handout).toBeVisible();
  await expect(page.locator('#root')).toBeHidden();
  await expect(handout).toContainText('Your pain chart');
  await expect(handout).toContainText('Left hip and buttock: pins and needles 1/10');
  await expect(handout).toContainText('to discuss with your physiotherapist');
  await expect(handout).toContainText('When to see a doctor first');
  await expect(handout.getByRole('img', { name: /QR code/, includeHidden: true })).toBeAttached();
  for (const format of ['A4', 'Letter'] as const) {
    expect(pdfPages(await page.pdf({ format })), `${format} pages`).toBe(1);
  }
  // Nothing is cut off at the sheet's foot: the QR code is whole inside it.
  const [sheet, qr] = await Promise.all([
    handout.boundingBox(),
    handout.locator('.handout-qr').boundingBox(),
  ]);
  expect(qr && sheet && qr.y + qr.height <= sheet.y + sheet.height).toBe(true);
  // Every place marked on the chart is listed, none clipped.
  const places = handout.locator('.handout-chart li');
  await expect(places).toHaveCount(24);
  const [column, last] = await Promise.all([
    handout.locator('.handout-left').boundingBox(),
    places.last().boundingBox(),
  ]);
  expect(last && column && last.y + last.height <= column.y + column.height).toBe(true);
});

test('the handout names the clinic from clinic.json, and no clinic without it', async ({ page }) => {
  await keepThe3DAway(page);
  const link = visitLink('visit=1&c=jaw-pain');
  await page.goto(link);
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByTestId('handout');
  await expect(handout).toContainText('Jaw pain');
  await expect(handout.locator('.handout-clinic')).toHaveCount(0);
  await expect(handout).not.toContainText('Phone:');

  await withClinic(page);
  await page.reload();
  await expect(handout).toContainText('Riverside Physiotherapy');
  for (const detail of [CLINIC.practitioner, CLINIC.phone, CLINIC.address, CLINIC.bookingUrl]) {
    await expect(handout).toContainText(detail);
  }
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#panel').getByRole('heading', { name: 'Your clinic' })).toBeVisible();
});

test('damaged links open what they can, say plainly what they could not, and the page works', async ({
  page,
}) => {
  await keepThe3DAway(page);
  const whole = visitLink('visit=1&c=tennis-elbow,headaches&m=13s7_3a2');
  // Cut short: the checksum is gone, and with it the last mark (it may have been cut).
  await page.goto(whole.slice(0, whole.indexOf('&k=')));
  await expect(page.getByRole('alert')).toContainText('This visit link looks cut short');
  await expect(page.getByRole('heading', { name: 'Your visit', level: 1 })).toBeVisible();
  const chart = page.locator('#panel').getByRole('list', { name: 'Your pain chart' }).getByRole('listitem');
  await expect(chart).toHaveText(['Left outer elbow: Sharp, 7 out of 10']);

  // Changed by hand: an unknown condition is left out and said.
  await page.goto(whole.replace('headaches', 'headachez'));
  await expect(page.getByRole('alert')).toContainText('changed after it was made');
  await expect(page.getByRole('alert')).toContainText("We couldn't find 1 of the conditions.");
  await expect(page.locator('#panel').getByRole('button', { name: /Tennis elbow/ })).toBeVisible();
  await expect(page.locator('#panel').getByRole('button', { name: /Headaches/ })).toHaveCount(0);

  // From a newer version: nothing opened, and the page still works.
  await page.goto(visitLink('visit=7&c=tennis-elbow&m=13s7'));
  await expect(page.getByRole('alert')).toContainText('made by a newer version');
  await expect(page.locator('#panel').getByText('No condition was opened.')).toBeVisible();
  await expect(page.locator('#panel').getByText('No marks were made.')).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Close this visit' }).click();
  // Focus lands on the start page's heading, as with any change of view.
  await expect(page.getByRole('heading', { name: 'What is IMS?', level: 1 })).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
});

test('an ordinary start has no take-home entry until something is shown', async ({ page }) => {
  await keepThe3DAway(page);
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Take this visit home' })).toHaveCount(0);
  await page
    .locator('#panel')
    .getByRole('button', { name: /Tennis elbow/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Take this visit home' })).toBeVisible();
});

test('a visit link draws the body at once, from where it was framed, with its chart on it', async ({
  page,
}) => {
  // Seen from behind, the low back framed; one mark on the low back.
  const body = encodeTakeHome({
    conditions: ['spinal-pain'],
    stages: [],
    chart: [{ id: 1, region: 'lower-back', point: null, kind: 'burning', intensity: 6 }],
    camera: { azimuth: Math.PI, polar: Math.PI / 2, target: [0, 0.05, 0], radius: 0.2 },
  });
  // No pointer, no focus: the 3D starts by itself for a visit, before the idle start would.
  await page.goto(`./#${body}`);
  await page.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: IDLE_START_MS,
  });
  await expect(page.getByRole('heading', { name: 'Your visit', level: 1 })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => Math.abs(Math.abs(window.__imsTest?.cameraAzimuth() ?? 0) - Math.PI)))
    .toBeLessThan(0.05);
  await expect
    .poll(() => page.evaluate(() => window.__imsTest?.chartMarks().filter((m) => !m.hidden).length ?? 0))
    .toBe(1);
});
