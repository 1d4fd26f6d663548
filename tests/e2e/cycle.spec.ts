import { expect, type Page, test } from '@playwright/test';
import { CYCLE_STAGE_IDS, type CycleStageId } from '../../src/cycle/stageIds';
import { CYCLE_STAGES } from '../../src/cycle/stages';
import { openApp, pixelDifference, seriousAxeProblems, settle } from './fixtures';

// The pain-cycle explainer, through what a person sees: captions, buttons, keys, links, and the
// 3D close-up compared screenshot to screenshot with a tolerance (SwiftShader renders it).

const captionOf = (id: CycleStageId) => CYCLE_STAGES.find((s) => s.id === id)?.caption ?? '';

function caption(page: Page) {
  return page.getByTestId('cycle-caption');
}

function heading(page: Page) {
  return page.getByRole('heading', { level: 1, name: 'Why the pain keeps going' });
}

async function openCycle(page: Page, stage: CycleStageId) {
  await page.goto(`./?cycle=${stage}`);
  await expect(heading(page)).toBeVisible();
  await expect(caption(page)).toHaveText(captionOf(stage));
}

/** Waits until the close-up shows this step and has come to rest. */
async function waitForStage(page: Page, stage: CycleStageId) {
  await page.waitForFunction(
    (id) => {
      const data = document.documentElement.dataset;
      return data.cycleReady === 'true' && data.cycleFrameStage === id && data.cycleSettled === 'true';
    },
    stage,
    { timeout: 30_000 },
  );
  await settle(page, 3);
}

async function canvasShot(page: Page): Promise<string> {
  const shot = await page.locator('.cycle-canvas canvas').first().screenshot({ animations: 'disabled' });
  return shot.toString('base64');
}

test.describe('pain cycle explainer', () => {
  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('opens in one click from the main view, with its own link, and does not play by itself', async ({
      page,
    }) => {
      await openApp(page);
      await page.getByRole('link', { name: /Why the pain keeps going/ }).click();
      await expect(heading(page)).toBeVisible();
      await expect(heading(page)).toBeFocused();
      await expect(page).toHaveURL(/[?&]cycle=spine-wear/);
      await expect(caption(page)).toHaveText(captionOf('spine-wear'));
      await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
      const before = await page.getByLabel('Position in the explainer').inputValue();
      await page.waitForTimeout(1500);
      await expect(page.getByLabel('Position in the explainer')).toHaveValue(before);
      await expect(caption(page)).toHaveText(captionOf('spine-wear'));
      await expect(page).toHaveURL(/[?&]cycle=spine-wear/);

      await page.getByRole('button', { name: /Back to the body explorer/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'What is IMS?' })).toBeVisible();
      await expect(page).not.toHaveURL(/cycle=/);
    });

    test('opens from a condition and returns to it', async ({ page }) => {
      await openApp(page, '?condition=tennis-elbow');
      await page.getByRole('link', { name: /See how this pain keeps itself going/ }).click();
      await expect(heading(page)).toBeVisible();
      await expect(page).toHaveURL(/condition=tennis-elbow/);
      await expect(page).toHaveURL(/cycle=spine-wear/);
      await page.getByRole('button', { name: /Back to the body explorer/ }).click();
      await expect(page.locator('#panel').getByRole('heading', { level: 1 })).toHaveText(/Tennis elbow/i);
    });

    // One walk through the stages: each Next click redraws the close-up, the slow part in
    // software WebGL, so the captions, the close-up's pictures and axe share it.
    test('steps through every stage with the buttons: each caption, a close-up that changes, axe at the end; links redraw a stage the same way', async ({
      page,
    }) => {
      test.setTimeout(150_000);
      await openCycle(page, 'spine-wear');
      const next = page.getByRole('button', { name: 'Next step' });
      const shots: string[] = [];
      await test.step('forward with Next: caption, step number, link and close-up of each stage', async () => {
        for (const [i, id] of CYCLE_STAGE_IDS.entries()) {
          await expect(caption(page)).toHaveText(captionOf(id));
          await expect(page.getByText(`Step ${i + 1} of ${CYCLE_STAGE_IDS.length}`)).toBeVisible();
          await expect(page).toHaveURL(new RegExp(`cycle=${id}(&|$)`));
          await waitForStage(page, id);
          shots.push(await canvasShot(page));
          if (i < CYCLE_STAGE_IDS.length - 1) await next.click();
        }
        await expect(next).toHaveAttribute('aria-disabled', 'true');
      });
      await test.step('the close-up changes from each stage to the next', async () => {
        for (let i = 1; i < shots.length; i++) {
          const difference = await pixelDifference(page, shots[i - 1] ?? '', shots[i] ?? '');
          expect(difference, `${CYCLE_STAGE_IDS[i - 1]} → ${CYCLE_STAGE_IDS[i]}`).toBeGreaterThan(0.004);
        }
      });
      await test.step('no serious or critical accessibility problems (last stage, at rest)', async () => {
        expect(await seriousAxeProblems(page)).toEqual([]);
      });
      await test.step('back with Previous: each caption', async () => {
        const previous = page.getByRole('button', { name: 'Previous step' });
        for (const id of [...CYCLE_STAGE_IDS].reverse().slice(1)) {
          await previous.click();
          await expect(caption(page)).toHaveText(captionOf(id));
        }
      });
      await test.step('the same stage opened again from its link draws the same picture', async () => {
        for (const id of ['nerve-root', 'needle-grasp'] as const) {
          await openCycle(page, id);
          await waitForStage(page, id);
          const again = await canvasShot(page);
          const before = shots[CYCLE_STAGE_IDS.indexOf(id)] ?? '';
          expect(await pixelDifference(page, before, again), id).toBeLessThan(0.002);
        }
      });
    });

    test('steps through every stage with the keys, and clicker keys work too', async ({ page }) => {
      test.setTimeout(90_000);
      await openCycle(page, 'spine-wear');
      for (const [i, id] of CYCLE_STAGE_IDS.entries()) {
        await expect(caption(page)).toHaveText(captionOf(id));
        if (i < CYCLE_STAGE_IDS.length - 1) await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
      }
      await page.keyboard.press('Home');
      await expect(caption(page)).toHaveText(captionOf('spine-wear'));
      await page.keyboard.press('End');
      await expect(caption(page)).toHaveText(captionOf('what-to-expect'));
      await page.keyboard.press('PageUp');
      await expect(caption(page)).toHaveText(captionOf('nerve-current'));
      await page.keyboard.press('ArrowLeft');
      await expect(caption(page)).toHaveText(captionOf('healing-blood'));

      // Space plays and pauses (the person chose to play, so it may move).
      await heading(page).focus();
      await page.keyboard.press(' ');
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
      await page.keyboard.press(' ');
      await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    });

    // One page for the two keys that leave the stage buttons alone: the scrubber's arrows, then Escape.
    test('the scrubber keeps its own arrow keys; Escape goes back to the body explorer', async ({ page }) => {
      await openCycle(page, 'nerve-root');
      const scrubber = page.getByLabel('Position in the explainer');
      await scrubber.focus();
      const before = Number(await scrubber.inputValue());
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => Number(await scrubber.inputValue())).toBeGreaterThan(before);
      await expect(caption(page)).toHaveText(captionOf('nerve-root'));
      await page.keyboard.press('End');
      await expect(caption(page)).toHaveText(captionOf('what-to-expect'));

      // Escape from the page itself, as when the explainer has just opened (nothing focused).
      await scrubber.blur();
      await page.keyboard.press('Escape');
      await expect(heading(page)).toHaveCount(0);
      await expect(page.locator('#panel').getByRole('heading', { level: 1 })).toBeFocused();
      await expect(page).not.toHaveURL(/cycle=/);
    });

    test('the loop diagram marks the current stage and jumps to a clicked one', async ({ page }) => {
      await openCycle(page, 'muscle-tightens');
      const loop = page.getByRole('navigation', { name: 'The pain cycle' });
      await expect(loop.getByRole('button', { name: /The muscle tightens/ })).toHaveAttribute(
        'aria-current',
        'step',
      );
      await expect(loop.getByRole('button', { name: /Less blood flow/ })).not.toHaveAttribute('aria-current');
      await loop.getByRole('button', { name: /Less blood flow/ }).click();
      await expect(caption(page)).toHaveText(captionOf('less-blood-flow'));
      await expect(loop.getByRole('button', { name: /Less blood flow/ })).toHaveAttribute(
        'aria-current',
        'step',
      );
      const needle = page.getByRole('navigation', { name: 'What the needle is thought to do' });
      await needle.getByRole('button', { name: /grasps it/ }).click();
      await expect(caption(page)).toHaveText(captionOf('needle-grasp'));
      await expect(needle).toContainText(/proposed/);
    });

    test('captions are in a polite live region; a stage link reopens that stage; Back and Forward walk the visited stages', async ({
      page,
    }) => {
      await openCycle(page, 'pain-signals');
      const live = page.locator('[aria-live="polite"]').filter({ has: caption(page) });
      await expect(live).toHaveCount(1);
      await expect(live).toHaveAttribute('aria-atomic', 'true');
      await expect(page.getByRole('alert')).toHaveCount(0);
      await page.getByRole('button', { name: 'Next step' }).click();
      await expect(caption(page)).toHaveText(captionOf('guarding'));
      await page.getByRole('button', { name: 'Next step' }).click();
      await expect(caption(page)).toHaveText(captionOf('needle-normal'));
      await page.goBack();
      await expect(caption(page)).toHaveText(captionOf('guarding'));
      await page.goBack();
      await expect(caption(page)).toHaveText(captionOf('pain-signals'));
      await page.goForward();
      await expect(caption(page)).toHaveText(captionOf('guarding'));

      await page.reload();
      await expect(caption(page)).toHaveText(captionOf('guarding'));
    });

    test('an unknown stage in a link gets a friendly notice', async ({ page }) => {
      await page.goto('./?cycle=not-a-step');
      await expect(page.getByRole('alert')).toContainText(/pain cycle/i);
      await expect(page.getByRole('heading', { level: 1, name: 'What is IMS?' })).toBeVisible();
    });

    test('opening and closing again and again leaves one canvas and no errors', async ({ page }) => {
      test.setTimeout(90_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openApp(page);
      for (let i = 0; i < 4; i++) {
        await page.getByRole('link', { name: /Why the pain keeps going/ }).click();
        await waitForStage(page, 'spine-wear');
        await expect(page.locator('.cycle-canvas canvas')).toHaveCount(2); // the 3D canvas and the fade layer
        await page.getByRole('button', { name: /Back to the body explorer/ }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'What is IMS?' })).toBeVisible();
        await expect(page.locator('.cycle-canvas')).toHaveCount(0);
      }
      expect(errors).toEqual([]);
    });
  });

  test.describe('with motion', () => {
    test('plays by itself from the entry link, and pauses', async ({ page }) => {
      await openApp(page);
      await page.getByRole('link', { name: /Why the pain keeps going/ }).click();
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
      const scrubber = page.getByLabel('Position in the explainer');
      await expect
        .poll(async () => Number(await scrubber.inputValue()), { timeout: 10_000 })
        .toBeGreaterThan(1);
      await page.getByRole('button', { name: 'Pause' }).click();
      const paused = await scrubber.inputValue();
      await page.waitForTimeout(800);
      await expect(scrubber).toHaveValue(paused);
    });

    test('autoplay moves to the next stage without adding history entries', async ({ page }) => {
      await openApp(page);
      const before = await page.evaluate(() => history.length);
      await page.getByRole('link', { name: /Why the pain keeps going/ }).click();
      await page.getByLabel('Speed').selectOption('2');
      await expect(caption(page)).toHaveText(captionOf('nerve-root'), { timeout: 15_000 });
      await expect(page).toHaveURL(/cycle=nerve-root/);
      // One entry for opening the explainer; the automatic step replaced it.
      expect(await page.evaluate(() => history.length)).toBe(before + 1);
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: 'What is IMS?' })).toBeVisible();
    });
  });

  test.describe('without WebGL', () => {
    test.use({ reducedMotion: 'reduce' });
    test('the words, the diagram and the controls still work', async ({ page }) => {
      await page.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        // @ts-expect-error: a test stub that refuses WebGL only.
        HTMLCanvasElement.prototype.getContext = function (type: string, ...rest: unknown[]) {
          if (type.startsWith('webgl')) return null;
          return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
        };
      });
      await openCycle(page, 'nerve-root');
      await expect(page.getByText("The 3D picture can't be shown here.")).toBeVisible();
      await page.getByRole('button', { name: 'Next step' }).click();
      await expect(caption(page)).toHaveText(captionOf('supersensitive'));
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    });
  });
});
