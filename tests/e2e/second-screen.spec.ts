import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { CONDITIONS } from '../../src/content/conditions';
import { openApp, pixelDifference, seriousAxeProblems, settle, waitForBody } from './fixtures';

// The patient's second screen: a window of the same site (`?screen=patient`) kept in step with
// the practitioner's over BroadcastChannel, with no server. Two pages in one browser context are
// two windows of one browser, as a practitioner's laptop and the wall monitor's window are.

const PATIENT = './?screen=patient';
const WAITING = /Waiting for the practitioner's screen/;
const CLOSED = /The practitioner's screen was closed/;

// Two software-drawn 3D bodies at once on a small machine.
test.setTimeout(120_000);

async function openPatient(context: BrowserContext): Promise<Page> {
  const patient = await context.newPage();
  await patient.goto(PATIENT);
  // The patient's screen starts its body at once (nobody points at it).
  await patient.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: 45_000,
  });
  return patient;
}

/** What a window's store holds of the consultation and the view (the e2e build's test hook). */
function stateOf(page: Page) {
  return page.evaluate(() => {
    const s = window.__imsTest?.store.getState();
    if (!s) throw new Error('no test hook: run against an e2e build');
    return {
      conditionId: s.conditionId,
      tourStep: s.tourStep,
      blank: s.blank,
      chart: s.chart.map((m) => ({ region: m.region, kind: m.kind, intensity: m.intensity })),
      screenRole: s.screenRole,
    };
  });
}

function cameraOf(page: Page) {
  return page.evaluate(() => ({
    azimuth: window.__imsTest?.cameraAzimuth() ?? Number.NaN,
    polar: window.__imsTest?.cameraPolar() ?? Number.NaN,
  }));
}

/** The patient's camera looks from the same direction as the practitioner's (it glides there). */
async function expectSameDirection(main: Page, patient: Page) {
  await settle(main, 30);
  const want = await cameraOf(main);
  await expect
    .poll(
      async () => {
        const got = await cameraOf(patient);
        const turn = Math.abs(
          Math.atan2(Math.sin(got.azimuth - want.azimuth), Math.cos(got.azimuth - want.azimuth)),
        );
        return Math.max(turn, Math.abs(got.polar - want.polar));
      },
      { timeout: 15_000 },
    )
    .toBeLessThan(0.02);
}

/** Changes the practitioner's store as the chart and the tour (other parts of the app) would. */
function onMain(main: Page, change: 'mark' | 'tour' | 'blank' | 'unblank') {
  return main.evaluate((what) => {
    const s = window.__imsTest?.store.getState();
    if (!s) throw new Error('no test hook');
    if (what === 'mark') {
      s.setChartBrush({ kind: 'burning', intensity: 7 });
      s.addMark({ region: 'elbow-outer-left', point: null });
    } else if (what === 'tour') s.goToStep('spinal-levels');
    else s.setBlank(what === 'blank');
  }, change);
}

function announcer(page: Page) {
  return page.locator('[role="status"][aria-live="polite"][aria-atomic="true"]');
}

test('the patient screen follows the practitioner: condition, camera, chart, tour step and blank', async ({
  context,
}) => {
  const main = await context.newPage();
  await openApp(main, '?condition=tennis-elbow');
  await waitForBody(main);
  const patient = await openPatient(context);
  await expect(announcer(main)).toHaveText(/Patient screen connected/);

  // Only the body: no header, no panel, no view buttons; no waiting line once the picture came.
  await expect(patient.getByText(WAITING)).toBeHidden();
  await expect(patient.getByRole('banner')).toBeHidden();
  await expect(patient.locator('#panel')).toBeHidden();
  await expect(patient.getByRole('button', { name: 'Back', exact: true })).toBeHidden();
  expect(await stateOf(patient)).toMatchObject({ conditionId: 'tennis-elbow', screenRole: 'patient' });
  await expectSameDirection(main, patient);

  // The practitioner turns the body with a view button: the patient's body turns too.
  await main.getByRole('button', { name: 'Back', exact: true }).click();
  await expectSameDirection(main, patient);
  const back = await cameraOf(patient);
  expect(Math.abs(Math.abs(back.azimuth) - Math.PI)).toBeLessThan(0.02);

  // A drag on the practitioner's body turns the patient's too.
  const box = await main.locator('.canvas-host canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await main.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await main.mouse.down();
  await main.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2 + 40, { steps: 8 });
  await main.mouse.up();
  await expectSameDirection(main, patient);
  const dragged = await cameraOf(patient);
  expect(Math.abs(Math.abs(dragged.azimuth) - Math.PI)).toBeGreaterThan(0.2);

  // The practitioner leaves the condition (Reset view), then comes back to it (the browser's Back).
  await main.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(async () => (await stateOf(patient)).conditionId).toBeNull();
  await expectSameDirection(main, patient);
  await main.goBack();
  await expect.poll(async () => (await stateOf(patient)).conditionId).toBe('tennis-elbow');

  await onMain(main, 'mark');
  await expect
    .poll(async () => (await stateOf(patient)).chart)
    .toEqual([{ region: 'elbow-outer-left', kind: 'burning', intensity: 7 }]);

  await onMain(main, 'tour');
  await expect(patient.locator('.patient-overlay')).toHaveAttribute('data-tour-step', 'spinal-levels');
  // The caption bar is in sight, under the body, not covered by it.
  const bar = patient.getByRole('region', { name: 'Consultation' });
  await expect(bar).toBeVisible();
  const onTop = await bar.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 40));
    return hit !== null && el.contains(hit);
  });
  expect(onTop).toBe(true);

  await onMain(main, 'blank');
  await expect(patient.locator('.patient-blank')).toBeVisible();
  // The line that says which key brings the screen back is the practitioner's alone.
  await expect(main.getByText('Press B to come back')).toBeVisible();
  await expect(patient.getByText('Press B to come back')).toBeHidden();
  await onMain(main, 'unblank');
  await expect(patient.locator('.patient-blank')).toBeHidden();

  // The patient's window never writes its own history or address.
  expect(new URL(patient.url()).search).toBe('?screen=patient');
});

test('a patient screen opened late, or reloaded, catches up at once', async ({ context }) => {
  const main = await context.newPage();
  await openApp(main, '?condition=tennis-elbow&view=back');
  await waitForBody(main);
  await onMain(main, 'mark');
  await onMain(main, 'tour');

  const patient = await openPatient(context);
  const caughtUp = {
    conditionId: 'tennis-elbow',
    tourStep: 'spinal-levels',
    chart: [{ region: 'elbow-outer-left', kind: 'burning', intensity: 7 }],
  };
  await expect(patient.getByText(WAITING)).toBeHidden();
  expect(await stateOf(patient)).toMatchObject(caughtUp);
  await expectSameDirection(main, patient);

  await patient.reload();
  await patient.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: 45_000,
  });
  await expect(patient.getByText(WAITING)).toBeHidden();
  expect(await stateOf(patient)).toMatchObject(caughtUp);
  await expectSameDirection(main, patient);
});

test('closing the practitioner window leaves the patient screen working; reopening reconnects', async ({
  context,
}) => {
  const main = await context.newPage();
  await openApp(main, '?condition=tennis-elbow');
  await waitForBody(main);
  const patient = await openPatient(context);
  await expect(patient.getByText(WAITING)).toBeHidden();

  await main.close();
  await expect(patient.getByText(CLOSED)).toBeVisible();
  // The last picture stays.
  expect(await stateOf(patient)).toMatchObject({ conditionId: 'tennis-elbow' });
  await expect(patient.locator('.canvas-host canvas')).toBeVisible();

  const again = await context.newPage();
  await openApp(again, '?region=knee-right');
  await expect(patient.getByText(CLOSED)).toBeHidden();
  await expect.poll(async () => (await stateOf(patient)).conditionId).toBeNull();
  expect(await patient.evaluate(() => window.__imsTest?.store.getState().regionId)).toBe('knee-right');
});

test('closing the patient screen leaves the practitioner window working', async ({ context }) => {
  const main = await context.newPage();
  await openApp(main, '?condition=tennis-elbow');
  await waitForBody(main);
  const patient = await openPatient(context);
  await expect(announcer(main)).toHaveText(/Patient screen connected/);

  await patient.close();
  await expect(announcer(main)).toHaveText(/The patient screen was closed/);
  await main.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(main).toHaveURL(/view=back/);
  await expect(main.getByRole('button', { name: 'Back', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Opened again, it connects again and shows the practitioner's view.
  const reopened = await openPatient(context);
  await expect(announcer(main)).toHaveText(/Patient screen connected/);
  await expectSameDirection(main, reopened);
});

test('a broken or newer message leaves the patient screen as it was', async ({ context }) => {
  const main = await context.newPage();
  await openApp(main, '?condition=tennis-elbow');
  await waitForBody(main);
  const patient = await openPatient(context);
  await expect(patient.getByText(WAITING)).toBeHidden();

  await main.evaluate(() => {
    const channel = new BroadcastChannel('ims-explorer-consult');
    channel.postMessage({ kind: 'snapshot', from: 'someone', snapshot: { v: 1, seq: 99, search: 42 } });
    channel.postMessage('nonsense');
    channel.close();
  });
  await settle(patient, 10);
  expect(await stateOf(patient)).toMatchObject({ conditionId: 'tennis-elbow' });
  await expect(patient.getByText(/needs reloading/)).toBeHidden();

  await main.evaluate(() => {
    const channel = new BroadcastChannel('ims-explorer-consult');
    channel.postMessage({ kind: 'snapshot', from: 'future', snapshot: { v: 2, seq: 1 } });
    channel.close();
  });
  await expect(patient.getByText(/This screen needs reloading/)).toBeVisible();
  await expect(patient.getByRole('button', { name: 'Reload this screen' })).toBeVisible();
  expect(await stateOf(patient)).toMatchObject({ conditionId: 'tennis-elbow' });
});

test('pictures of the body for the handout are drawn from given poses, leaving the screen as it was', async ({
  page,
}) => {
  await openApp(page, '?condition=tennis-elbow');
  await waitForBody(page);
  const canvas = page.locator('.canvas-host canvas');
  const before = await canvas.screenshot();
  const poseBefore = await page.evaluate(() => window.__imsCamera?.pose?.());
  expect(poseBefore).toBeTruthy();

  const pictures = await page.evaluate(async () => {
    const camera = window.__imsCamera;
    if (!camera?.snapshot) throw new Error('no camera bridge');
    const front = {
      azimuth: 0,
      polar: Math.PI / 2,
      target: [0, 0, 0] as [number, number, number],
      radius: 0.6,
    };
    const urls = await camera.snapshot([front, { ...front, azimuth: Math.PI }], { width: 300, height: 600 });
    // Each picture's size and how much of it is body (not the white paper).
    return Promise.all(
      urls.map(async (url) => {
        // As a picture: the page's CSP allows data: pictures, not fetching data: addresses.
        const image = new Image();
        image.src = url;
        await image.decode();
        const bitmap = await createImageBitmap(image);
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
        if (!context) throw new Error('no 2D context');
        context.drawImage(bitmap, 0, 0);
        const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        let body = 0;
        for (let i = 0; i < data.length; i += 4)
          if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) < 720) body += 1;
        return { url, width: bitmap.width, height: bitmap.height, body: body / (data.length / 4) };
      }),
    );
  });
  expect(pictures).toHaveLength(2);
  for (const picture of pictures) {
    expect(picture.url.startsWith('data:image/png;base64,')).toBe(true);
    expect([picture.width, picture.height]).toEqual([300, 600]);
    // The whole body, standing, fitted to the narrow width: some of the picture, far from all of it.
    expect(picture.body).toBeGreaterThan(0.03);
    expect(picture.body).toBeLessThan(0.6);
  }
  const [front, back] = pictures.map((p) => p.url.slice('data:image/png;base64,'.length));
  expect(await pixelDifference(page, front as string, back as string)).toBeGreaterThan(0.02);

  // The screen and the camera are as they were.
  await settle(page, 6);
  expect(await page.evaluate(() => window.__imsCamera?.pose?.())).toEqual(poseBefore);
  expect(await pixelDifference(page, before, await canvas.screenshot())).toBeLessThan(0.01);
});

test('the patient screen names the clinic when it has a clinic.json, and axe finds nothing serious', async ({
  context,
}) => {
  await context.route('**/clinic.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ name: 'Riverside Physiotherapy' }),
    }),
  );
  const patient = await openPatient(context);
  await expect(patient.getByRole('paragraph').filter({ hasText: 'Riverside Physiotherapy' })).toBeVisible();
  await expect(patient.getByRole('status').getByText(WAITING)).toBeVisible();
  expect(await seriousAxeProblems(patient)).toEqual([]);

  const main = await context.newPage();
  await openApp(main);
  await expect(patient.getByText(WAITING)).toBeHidden();
  await expect(patient.getByRole('paragraph').filter({ hasText: 'Riverside Physiotherapy' })).toBeVisible();
});

test('without BroadcastChannel the patient screen says plainly that it cannot work here', async ({
  context,
}) => {
  await context.addInitScript(() => {
    // @ts-expect-error: an older browser, without the API
    delete window.BroadcastChannel;
  });
  const patient = await openPatient(context);
  await expect(patient.getByText(/This browser cannot show a patient screen/)).toBeVisible();
  await expect(patient.getByText(WAITING)).toBeHidden();
});

test('with the app open twice, the patient screen keeps to the first until it closes', async ({
  context,
}) => {
  const first = await context.newPage();
  await openApp(first, '?condition=tennis-elbow');
  const patient = await openPatient(context);
  await expect.poll(async () => (await stateOf(patient)).conditionId).toBe('tennis-elbow');

  const second = await context.newPage();
  await openApp(second, '?region=knee-right');
  await settle(patient, 60);
  expect(await stateOf(patient)).toMatchObject({ conditionId: 'tennis-elbow' });

  await first.close();
  await expect.poll(async () => (await stateOf(patient)).conditionId, { timeout: 15_000 }).toBeNull();
  expect(await patient.evaluate(() => window.__imsTest?.store.getState().regionId)).toBe('knee-right');
  await expect(patient.getByText(CLOSED)).toBeHidden();
});

test('the pain cycle shows on the patient screen with its caption, without its panel and controls', async ({
  context,
}) => {
  const main = await context.newPage();
  await main.goto('./?cycle=spine-wear');
  await expect(
    main.getByRole('heading', { name: 'It often starts at the spine', exact: true }),
  ).toBeVisible();
  const patient = await context.newPage();
  await patient.goto(PATIENT);
  await expect(
    patient.getByRole('heading', { name: 'It often starts at the spine', exact: true }),
  ).toBeVisible();
  await expect(patient.getByRole('complementary', { name: 'The steps' })).toBeHidden();
  await expect(patient.getByRole('button', { name: /play/i })).toBeHidden();

  await main.getByRole('button', { name: 'Next step' }).click();
  await expect(patient.getByText(/Step 2 of/)).toBeVisible();
});

test('a patient screen of another shape frames the same part of the body', async ({ context }) => {
  const regions = CONDITIONS.find((c) => c.id === 'tennis-elbow')?.regions ?? [];
  expect(regions.length).toBeGreaterThan(0);
  const main = await context.newPage();
  await openApp(main, '?condition=tennis-elbow');
  await waitForBody(main);
  // An upright screen (a tablet on a stand), much narrower than the practitioner's view.
  const patient = await context.newPage();
  await patient.setViewportSize({ width: 520, height: 900 });
  await patient.goto(PATIENT);
  await patient.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: 45_000,
  });
  await expectSameDirection(main, patient);
  const onScreen = (page: Page) =>
    page.evaluate((ids) => {
      const seen = window.__imsTest?.regionVisibility(ids);
      return seen && seen.shown > 0 ? seen.visible / seen.shown : 0;
    }, regions);
  expect(await onScreen(main)).toBeGreaterThan(0.9);
  // Both elbows, side by side, still fit the narrow width: the camera stands further back there.
  expect(await onScreen(patient)).toBeGreaterThan(0.9);
  const distance = (page: Page) => page.evaluate(() => window.__imsTest?.cameraDistance() ?? Number.NaN);
  expect(await distance(patient)).toBeGreaterThan((await distance(main)) * 1.2);
});

test("the patient screen only mirrors: the presenter's, the clicker's and the view's keys change nothing there", async ({
  context,
}) => {
  const main = await context.newPage();
  await main.goto('./?tour=pain-cycle');
  await expect(main.locator('html')).toHaveClass(/\bpresenter\b/);
  // The pain cycle has no 3D body to wait for: its caption is what shows.
  const patient = await context.newPage();
  await patient.goto(PATIENT);
  await expect(patient.locator('.patient-overlay')).toHaveAttribute('data-tour-step', 'pain-cycle');
  await expect(patient.getByText(/Step 1 of/).first()).toBeVisible();
  await settle(patient, 30);

  // What the patient sees (the pain cycle has no 3D body, so no test hook): the page's visible
  // words (its step and caption) and the classes its look hangs on.
  const look = (page: Page) =>
    page.evaluate(() => ({
      // biome-ignore lint/performance/useDomNodeTextContent: the words that show, not hidden ones.
      words: document.body.innerText,
      htmlClass: document.documentElement.className,
      step: document.querySelector('.patient-overlay')?.getAttribute('data-tour-step'),
    }));
  const patientBefore = await look(patient);
  // The practitioner's window shows the pain cycle (no 3D body, so no test hook): its address.
  const mainBefore = main.url();
  expect(patientBefore.htmlClass).toMatch(/\bpresenter\b/);
  expect(patientBefore.words).toMatch(/Step 1 of/);

  // The presenter's keys, a clicker's, and the pain cycle's own (Space plays it elsewhere).
  await patient.locator('body').click({ position: { x: 5, y: 5 } });
  for (const key of [
    'p',
    'Escape',
    'PageDown',
    'ArrowRight',
    'End',
    'Space',
    'b',
    '.',
    'PageUp',
    'Home',
    '+',
  ])
    await patient.keyboard.press(key);
  await settle(patient, 30);

  expect(await look(patient)).toEqual(patientBefore);
  await expect(patient.locator('.patient-blank')).toHaveCount(0);
  // Nor do they reach the practitioner's window through the channel.
  expect(main.url()).toBe(mainBefore);
  await expect(main.locator('html')).not.toHaveClass(/screen-blank/);
});

test('"Open patient screen" opens one window at ?screen=patient that mirrors; a second press opens no other', async ({
  context,
}) => {
  const main = await context.newPage();
  await main.goto('./?tour=where-it-hurts');
  const bar = main.getByRole('region', { name: 'Consultation' });
  const [popup] = await Promise.all([
    main.waitForEvent('popup'),
    bar.getByRole('button', { name: 'Open patient screen' }).click(),
  ]);
  await popup.waitForLoadState();
  expect(new URL(popup.url()).search).toBe('?screen=patient');
  await expect(popup.locator('.patient-overlay')).toHaveAttribute('data-tour-step', 'where-it-hurts');
  await expect(bar.getByText('Patient screen connected.')).toBeVisible();
  // It mirrors: the practitioner's next step shows there, without the practitioner's tools.
  await main.keyboard.press('PageDown');
  await expect(popup.locator('.patient-overlay')).toHaveAttribute('data-tour-step', 'conditions');
  await expect(popup.getByRole('button', { name: /patient screen/i })).toBeHidden();

  // A second press brings the same window forward: no new window, the open one not reloaded.
  await popup.evaluate(() => {
    (window as unknown as { openedOnce: boolean }).openedOnce = true;
  });
  const pages = context.pages().length;
  let another = false;
  context.on('page', () => {
    another = true;
  });
  await bar.getByRole('button', { name: 'Show patient screen' }).click();
  await settle(main, 30);
  await main.waitForTimeout(500);
  expect(another).toBe(false);
  expect(context.pages()).toHaveLength(pages);
  expect(await popup.evaluate(() => (window as unknown as { openedOnce?: boolean }).openedOnce)).toBe(true);
  await expect(popup.locator('.patient-overlay')).toHaveAttribute('data-tour-step', 'conditions');
});
