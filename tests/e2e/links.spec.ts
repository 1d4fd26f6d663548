import { expect, type Page, test } from '@playwright/test';
import { cameraAzimuth, openApp, panelHeading, regionPoint, settle, waitForBody } from './fixtures';

test.use({ reducedMotion: 'reduce' });

test.describe('links and history', () => {
  test('a deep link reopens a condition', async ({ page }) => {
    await openApp(page, '?condition=jaw-pain');
    await expect(panelHeading(page)).toHaveText(/Jaw pain/i);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a deep link reopens a region and a view', async ({ page }) => {
    await openApp(page, '?region=heel-left&view=back');
    await expect(panelHeading(page)).toHaveText('Left heel');
    await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  for (const [search, button, azimuth, region] of [
    ['?region=knee-left&view=back', 'Back', Math.PI, 'knee-left'],
    ['?region=knee-left&view=left', 'Left side', Math.PI / 2, 'knee-left'],
    ['?condition=patellofemoral-pain&view=back', 'Back', Math.PI, 'knee-right'],
    ['?condition=plantar-fasciitis&view=left', 'Left side', Math.PI / 2, 'heel-left'],
  ] as const) {
    test(`the view in the link is the view shown (${search})`, async ({ page }) => {
      await openApp(page, search);
      await waitForBody(page);
      expect(await pressedViews(page)).toEqual([button]);
      expectAngle(await cameraAzimuth(page), azimuth);
      // The area is on screen from that side, and the link still says so.
      await regionPoint(page, region);
      expect(new URL(page.url()).search).toBe(search);
    });
  }

  test('a condition and a body area in one link open the condition, from that area', async ({ page }) => {
    await openApp(page, '?condition=patellofemoral-pain&region=knee-right&view=back');
    await expect(panelHeading(page)).toHaveText(/Patellofemoral/);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await waitForBody(page);
    expect(await pressedViews(page)).toEqual(['Back']);
    expectAngle(await cameraAzimuth(page), Math.PI);
    await page.getByRole('button', { name: 'Back to Right knee' }).click();
    await expect(panelHeading(page)).toHaveText('Right knee');
  });

  test('the pressed view button follows the camera, and the link with it', async ({ page }) => {
    await openApp(page, '?region=knee-right');
    await waitForBody(page);
    await expectButtonsMatchCamera(page);

    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await settle(page);
    expect(await pressedViews(page)).toEqual(['Back']);
    expectAngle(await cameraAzimuth(page), Math.PI);
    await expect(page).toHaveURL(/region=knee-right&view=back/);

    // A condition is framed from its own best side: Back no longer shows pressed unless the
    // camera really is behind.
    await page
      .locator('#panel')
      .getByRole('button', { name: /Patellofemoral/ })
      .click();
    await expect(panelHeading(page)).toHaveText(/Patellofemoral/);
    await settle(page);
    expect(await pressedViews(page)).not.toContain('Back');
    await expectButtonsMatchCamera(page);
    await expect(page).not.toHaveURL(/view=back/);

    // Back in history is the knee from behind again.
    await page.goBack();
    await expect(panelHeading(page)).toHaveText('Right knee');
    await settle(page);
    expect(await pressedViews(page)).toEqual(['Back']);
    expectAngle(await cameraAzimuth(page), Math.PI);
  });

  test('a drag leaves no view pressed; arrow keys that reach a side press its button', async ({ page }) => {
    await openApp(page, '?view=left');
    await waitForBody(page);
    expect(await pressedViews(page)).toEqual(['Left side']);

    const box = await page.locator('.canvas-host canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5, { steps: 6 });
    await page.mouse.up();
    await settle(page);
    expect(await pressedViews(page)).toEqual([]);
    await expect(page).not.toHaveURL(/view=/);

    await page.getByRole('button', { name: 'Front', exact: true }).click();
    await page.getByRole('application', { name: /3D body/ }).focus();
    // Eight steps of an eighth of a turn each: from the front round to the back.
    for (let step = 0; step < 8; step++) await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(await pressedViews(page)).toEqual(['Back']);
    await expect(page).toHaveURL(/view=back/);
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(await pressedViews(page)).toEqual([]);
    await expect(page).not.toHaveURL(/view=/);
  });

  test('Back and Forward walk through what was on screen', async ({ page }) => {
    await openApp(page);
    await page
      .getByRole('region', { name: 'Body areas' })
      .getByRole('button', { name: 'Right knee' })
      .click();
    await expect(panelHeading(page)).toHaveText('Right knee');
    await page
      .locator('#panel')
      .getByRole('button', { name: /Patellofemoral/ })
      .click();
    await expect(panelHeading(page)).toHaveText(/Patellofemoral/);
    await expect(page).toHaveURL(/condition=patellofemoral/);

    await page.goBack();
    await expect(panelHeading(page)).toHaveText('Right knee');
    await expect(page).not.toHaveURL(/condition=/);
    await page.goBack();
    await expect(panelHeading(page)).toHaveText('What is IMS?');
    await page.goForward();
    await expect(panelHeading(page)).toHaveText('Right knee');
    await page.goForward();
    await expect(panelHeading(page)).toHaveText(/Patellofemoral/);
  });

  for (const [label, search] of [
    ['an unknown region', '?region=left-wing'],
    ['an unknown condition', '?condition=broken-heart'],
    ['a malformed value', '?condition=%E0%A4%A'],
    ['an unknown view', '?view=sideways'],
    ['an unknown key', '?foo=bar'],
  ]) {
    test(`${label} gives a friendly notice and the default view`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openApp(page, search);
      await expect(page.getByRole('alert')).toContainText(/link didn't fully work/i);
      await expect(panelHeading(page)).toHaveText('What is IMS?');
      // The address bar is tidied so a reload does not repeat the notice.
      expect(new URL(page.url()).search).toBe('');
      expect(errors).toEqual([]);
    });
  }

  test('a link with 200 unknown parts gets a short notice whose OK button is on screen', async ({ page }) => {
    const junk = Array.from({ length: 200 }, (_, i) => `part${i}=${'x'.repeat(20)}`).join('&');
    await openApp(page, `?${junk}`);
    const notice = page.getByRole('alert');
    await expect(notice).toContainText("The link had 200 parts we don't use.");
    expect(((await notice.textContent()) ?? '').length).toBeLessThan(300);
    await expect(notice.getByRole('button', { name: 'OK' })).toBeInViewport();
    await expect(notice).not.toContainText('part0');
  });

  test('the notice never shows hidden direction marks or broken characters', async ({ page }) => {
    await openApp(page, '?region=%E2%80%AEwonk%E2%80%AC%E2%80%8B&condition=%E0%A4%A&view=%00%1Bback%C3');
    const text = (await page.getByRole('alert').textContent()) ?? '';
    expect(text).toContain('"wonk"');
    expect(text).toContain("We couldn't read the condition in the link.");
    expect(text).not.toMatch(/[\p{Cc}\p{Cf}\uFFFD]/u);
  });

  test('a partly good link keeps the good part', async ({ page }) => {
    await openApp(page, '?region=wrist-right&view=upside-down');
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(panelHeading(page)).toHaveText('Right wrist');
    await expect(page).toHaveURL(/region=wrist-right/);
  });
});

/** The names of the view buttons shown pressed. */
async function pressedViews(page: Page) {
  return page
    .getByRole('toolbar', { name: 'Turn and zoom the body' })
    .locator('button[aria-pressed="true"]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
}

/** Two azimuths agree, a full turn apart or not. */
function expectAngle(actual: number, expected: number) {
  const gap = Math.atan2(Math.sin(actual - expected), Math.cos(actual - expected));
  expect(Math.abs(gap), `azimuth ${actual} should be ${expected}`).toBeLessThan(0.02);
}

/** A pressed view button is one the camera really looks from; with none pressed, it is between. */
async function expectButtonsMatchCamera(page: Page) {
  const azimuth = await cameraAzimuth(page);
  const pressed = await pressedViews(page);
  const sides = { Front: 0, Back: Math.PI, 'Left side': Math.PI / 2, 'Right side': -Math.PI / 2 };
  expect(pressed.length).toBeLessThanOrEqual(1);
  for (const name of pressed) expectAngle(azimuth, sides[name as keyof typeof sides]);
  const search = new URL(page.url()).searchParams.get('view');
  expect(search === null ? [] : [search]).toEqual(
    pressed.map((name) => name.replace(' side', '').toLowerCase()),
  );
}
