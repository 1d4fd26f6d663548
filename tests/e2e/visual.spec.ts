import { expect, type Page, test } from '@playwright/test';
import { cameraAzimuth, openApp, settle, waitForBody } from './fixtures';

/** Turns the camera with the arrow keys (π/8 a press) to the azimuth nearest `target`. */
async function turnTo(page: Page, target: number) {
  const step = Math.PI / 8;
  const presses = Math.round((target - (await cameraAzimuth(page))) / step);
  for (let i = 0; i < Math.abs(presses); i++)
    await page.keyboard.press(presses > 0 ? 'ArrowRight' : 'ArrowLeft');
  await settle(page, 6);
  expect(Math.abs((await cameraAzimuth(page)) - target)).toBeLessThan(step / 2);
}

test.describe('how the body looks', () => {
  test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

  // One page load (the 3D is slow to start in software WebGL) for the front and back references,
  // the cut a view button makes with reduced motion, and the glow of a selected region.
  test('front and back views match the reference pictures; with reduced motion the turn is a cut; a selected region glows', async ({
    page,
  }) => {
    await openApp(page);
    await waitForBody(page);
    await settle(page, 6);
    await expect(page.locator('canvas')).toHaveScreenshot('body-front.png', { maxDiffPixelRatio: 0.01 });

    await test.step('prefers-reduced-motion turns the move to the back into a cut', async () => {
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await settle(page, 2);
      expect(Math.abs(await cameraAzimuth(page))).toBeGreaterThan(Math.PI - 0.02);
    });
    await settle(page, 6);
    await expect(page.locator('canvas')).toHaveScreenshot('body-back.png', { maxDiffPixelRatio: 0.01 });

    await test.step('a selected region glows; at rest the skin is even', async () => {
      await page.getByRole('button', { name: 'Front', exact: true }).click();
      await settle(page, 6);
      const before = await page.locator('canvas').screenshot();
      await page.getByRole('region', { name: 'Body areas' }).getByRole('button', { name: 'Chest' }).click();
      await settle(page, 6);
      const after = await page.locator('canvas').screenshot();
      expect(after.equals(before)).toBe(false);
    });
  });

  // The face close up: chosen (the camera frames the head from a three-quarter view), zoomed in,
  // then turned to the front and on to the person's left side (the profile: brow, nose, lips, chin).
  // The framing picks the best of many directions, and for a head that is nearly symmetric the
  // side it picks can change with the model, so the turns are counted from the camera's angle.
  test('the face close up matches the reference pictures, three-quarter, front and side', async ({
    page,
  }) => {
    await openApp(page, '?region=head');
    await waitForBody(page);
    await settle(page, 6);
    const body = page.getByRole('application', { name: /3D body/ });
    await body.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await settle(page, 6);
    await expect(page.locator('canvas')).toHaveScreenshot('face-three-quarter.png', {
      maxDiffPixelRatio: 0.01,
    });
    await turnTo(page, 0);
    await expect(page.locator('canvas')).toHaveScreenshot('face-front.png', { maxDiffPixelRatio: 0.01 });
    await turnTo(page, Math.PI / 2);
    await expect(page.locator('canvas')).toHaveScreenshot('face-side.png', { maxDiffPixelRatio: 0.01 });
  });
});

test.describe('motion', () => {
  test('camera moves are flights normally', async ({ page }) => {
    await openApp(page);
    await waitForBody(page);
    // Record the camera angle on every frame while it turns to the back.
    const recording = page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const angles: number[] = [];
          const start = performance.now();
          // Until the camera lands at the back (or 4 s pass): nothing after the landing counts.
          const tick = () => {
            const angle = Math.abs(window.__imsTest?.cameraAzimuth() ?? 0);
            angles.push(angle);
            if (angle < Math.PI - 0.01 && performance.now() - start < 4000) requestAnimationFrame(tick);
            else resolve(angles);
          };
          requestAnimationFrame(tick);
        }),
    );
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    const angles = await recording;
    // A flight passes through angles between front and back; a cut jumps straight there. On a slow,
    // busy machine a single frame can cover most of the flight, so any angle short of the end counts.
    const inBetween = angles.filter((a) => a > 0.01 && a < Math.PI - 0.01);
    expect(inBetween.length, `angles seen: ${angles.map((a) => a.toFixed(2)).join(' ')}`).toBeGreaterThan(0);
    await expect
      .poll(async () => Math.abs(await cameraAzimuth(page)), { timeout: 10_000 })
      .toBeGreaterThan(Math.PI - 0.02);
  });
});
