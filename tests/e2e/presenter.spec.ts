import { expect, type Page, test } from '@playwright/test';
import { CYCLE_STAGE_IDS } from '../../src/cycle/stageIds';
import { keepThe3DAway, openApp, regionPoint, seriousAxeProblems, settle, waitForBody } from './fixtures';

// Presenter mode and the guided consultation (issue 12), as a practitioner drives it: the Present
// button and the P key, a presentation clicker's keys through every step, the blank screen, the
// browser's Back and Forward, leaving the tour and coming back, and End consultation.

const bar = (page: Page) => page.getByRole('region', { name: 'Consultation' });
const stepHeading = (page: Page) => bar(page).getByRole('heading', { level: 2 });
const stepCount = (page: Page) => bar(page).locator('.presenter-count');
const announcer = (page: Page) => page.locator('[role="status"][aria-live="polite"]').last();

/** Opens a link that starts in presenter mode (the search box is hidden there) and waits for the bar. */
async function openPresenting(page: Page, search: string) {
  await page.goto(`./${search}`);
  await expect(stepHeading(page)).toBeVisible();
}

async function expectStep(page: Page, n: number, title: string, url: RegExp) {
  await expect(stepCount(page)).toHaveText(`Step ${n} of 8`);
  await expect(stepHeading(page)).toHaveText(title);
  await expect(page).toHaveURL(url);
}

test.describe('presenter mode', () => {
  test.use({ reducedMotion: 'reduce' });
  test.beforeEach(async ({ page }) => keepThe3DAway(page));

  test('the Present button and the P key turn it on; Escape and "Stop presenting" turn it off', async ({
    page,
  }) => {
    await openApp(page);
    const present = page.getByRole('button', { name: 'Present', exact: true });
    await present.click();
    await expectStep(page, 1, 'What is IMS?', /tour=what-is-ims/);
    await expect(page.locator('html')).toHaveClass(/\bpresenter\b/);
    // Only the body and the bar: no header, no panel, no view buttons.
    await expect(present).toBeHidden();
    await expect(page.locator('#panel')).toBeHidden();
    await expect(page.getByRole('toolbar', { name: 'Turn and zoom the body' })).toBeHidden();
    await expect(page.locator('.canvas-host')).toBeVisible();
    await expect(stepHeading(page)).toBeFocused();
    await expect(announcer(page)).toHaveText(/Step 1 of 8: What is IMS\?/);

    await page.keyboard.press('Escape');
    await expect(bar(page)).toBeHidden();
    await expect(present).toBeVisible();
    await expect(present).toBeFocused();
    await expect(page).not.toHaveURL(/tour=/);

    // P, from anywhere but a field; it takes up the tour where it was left.
    await page.keyboard.press('p');
    await expectStep(page, 1, 'What is IMS?', /tour=what-is-ims/);
    await page.keyboard.press('PageDown');
    await expectStep(page, 2, 'Where does it hurt?', /tour=where-it-hurts/);
    await page.keyboard.press('P');
    await expect(bar(page)).toBeHidden();
    await page.getByRole('searchbox').fill('p');
    await expect(bar(page)).toBeHidden();
    await page.getByRole('searchbox').fill('');
    await present.click();
    await expectStep(page, 2, 'Where does it hurt?', /tour=where-it-hurts/);
    await bar(page).getByRole('button', { name: 'Stop presenting' }).click();
    await expect(bar(page)).toBeHidden();
  });

  test('a clicker walks the whole tour, each step showing its part; the pain cycle steps through its own stages', async ({
    page,
  }) => {
    await openPresenting(page, '?tour=what-is-ims');
    await expectStep(page, 1, 'What is IMS?', /page=what-is-ims/);
    await expect(bar(page)).toContainText('IMS is short for intramuscular stimulation');
    // The talking points are the practitioner's.
    await expect(bar(page).getByRole('region', { name: 'Your notes' })).toBeVisible();

    await page.keyboard.press('PageDown');
    await expectStep(page, 2, 'Where does it hurt?', /chart=open/);
    await expect(page).not.toHaveURL(/page=/);

    await page.keyboard.press('ArrowRight');
    await expectStep(page, 3, 'What we will talk about', /tour=conditions/);
    await expect(bar(page)).toContainText('to discuss with your physiotherapist');
    await expect(page).not.toHaveURL(/chart=open/);
    // Nothing marked: common conditions to choose from.
    const tennis = bar(page).getByRole('button', { name: 'Tennis elbow' });
    await tennis.click();
    await expect(tennis).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/condition=tennis-elbow/);

    await page.keyboard.press('ArrowDown');
    await expectStep(page, 4, 'Why the pain keeps going', /cycle=spine-wear/);
    const caption = page.getByTestId('cycle-caption');
    await expect(caption).toBeVisible();
    // Next walks the cycle's stages before the tour moves on.
    for (const stage of CYCLE_STAGE_IDS.slice(1)) {
      await page.keyboard.press('PageDown');
      await expect(page).toHaveURL(new RegExp(`cycle=${stage}`));
    }
    await expect(stepCount(page)).toHaveText('Step 4 of 8');

    await page.keyboard.press('PageDown');
    await expectStep(page, 5, 'Where the nerves come from', /condition=tennis-elbow&spine=levels/);
    await expect(caption).toBeHidden();

    await page.keyboard.press('PageDown');
    await expectStep(page, 6, 'IMS beside acupuncture', /condition=tennis-elbow&compare=acupuncture/);
    await expect(page).not.toHaveURL(/spine=/);

    await page.keyboard.press('PageDown');
    await expectStep(page, 7, 'What to expect', /page=what-happens-in-a-session/);
    await expect(page).not.toHaveURL(/compare=/);

    await page.keyboard.press('PageDown');
    await expectStep(page, 8, 'Take it home', /tour=take-home/);
    await page.keyboard.press('PageDown');
    await expect(stepCount(page)).toHaveText('Step 8 of 8');
    await expect(announcer(page)).toHaveText(/This is the last step/);
    // The bar's Next says so too, and keeps the focus when pressed.
    const next = bar(page).getByRole('button', { name: 'Next →' });
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await next.focus();
    await next.press('Enter');
    await expect(next).toBeFocused();
    await expect(stepCount(page)).toHaveText('Step 8 of 8');

    // And back: PageUp and the arrows; the pain cycle is entered at its last stage.
    await page.keyboard.press('PageUp');
    await expectStep(page, 7, 'What to expect', /tour=what-to-expect/);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 6, 'IMS beside acupuncture', /tour=acupuncture/);
    await page.keyboard.press('ArrowUp');
    await expectStep(page, 5, 'Where the nerves come from', /tour=spinal-levels/);
    await page.keyboard.press('PageUp');
    await expectStep(page, 4, 'Why the pain keeps going', new RegExp(`cycle=${CYCLE_STAGE_IDS.at(-1)}`));

    await page.keyboard.press('Home');
    await expectStep(page, 1, 'What is IMS?', /tour=what-is-ims/);
    await page.keyboard.press('End');
    await expectStep(page, 8, 'Take it home', /tour=take-home/);
  });

  test('B and "." blank the screen and bring it back; a step key only brings it back', async ({ page }) => {
    await openPresenting(page, '?tour=where-it-hurts');
    await expectStep(page, 2, 'Where does it hurt?', /tour=where-it-hurts/);
    const blank = page.getByTestId('blank-screen');
    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    await expect(blank).toContainText('Screen blanked');
    await expect(announcer(page)).toHaveText(/Screen blanked/);
    await page.keyboard.press('B');
    await expect(blank).toBeHidden();
    await page.keyboard.press('.');
    await expect(blank).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(blank).toBeHidden();
    await expect(stepCount(page)).toHaveText('Step 2 of 8');
    // The mouse too: the bar's button, and the button on the dark screen.
    const blankButton = bar(page).getByRole('button', { name: 'Blank the screen' });
    await blankButton.click();
    await expect(blank).toBeVisible();
    const show = page.getByRole('button', { name: 'Show the screen' });
    await expect(show).toBeFocused();
    await show.press('Enter');
    await expect(blank).toBeHidden();
    // Focus goes back where it was.
    await expect(blankButton).toBeFocused();
  });

  test("the browser's Back and Forward walk the steps, one history entry each", async ({ page }) => {
    await openPresenting(page, '?tour=what-is-ims');
    await expectStep(page, 1, 'What is IMS?', /page=what-is-ims&tour=what-is-ims/);
    await page.keyboard.press('PageDown');
    await expectStep(page, 2, 'Where does it hurt?', /chart=open&tour=where-it-hurts/);
    await page.keyboard.press('PageDown');
    await expectStep(page, 3, 'What we will talk about', /tour=conditions/);
    await page.goBack();
    await expectStep(page, 2, 'Where does it hurt?', /chart=open&tour=where-it-hurts/);
    await page.goBack();
    await expectStep(page, 1, 'What is IMS?', /page=what-is-ims&tour=what-is-ims/);
    await page.goForward();
    await expectStep(page, 2, 'Where does it hurt?', /tour=where-it-hurts/);
    await page.goForward();
    await expectStep(page, 3, 'What we will talk about', /tour=conditions/);
  });

  test('leaving the tour and coming back; the step list jumps by link', async ({ page }) => {
    await openPresenting(page, '?tour=conditions');
    await expectStep(page, 3, 'What we will talk about', /tour=conditions/);
    await bar(page).getByRole('button', { name: 'Leave the tour' }).click();
    await expect(page).not.toHaveURL(/tour=/);
    await expect(bar(page)).toContainText('Out of the tour');
    await bar(page).getByRole('button', { name: 'Back to the tour' }).click();
    await expectStep(page, 3, 'What we will talk about', /tour=conditions/);
    await bar(page).getByRole('button', { name: 'Leave the tour' }).click();
    // Next on a clicker returns to the tour, where it was left.
    await page.keyboard.press('PageDown');
    await expectStep(page, 3, 'What we will talk about', /tour=conditions/);

    const list = bar(page).getByRole('button', { name: 'All steps' });
    await list.click();
    await expect(list).toHaveAttribute('aria-expanded', 'true');
    const steps = bar(page).getByRole('navigation', { name: 'Steps of the consultation' });
    await expect(steps.getByRole('link')).toHaveCount(8);
    await expect(steps.getByRole('link', { name: 'What we will talk about' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    const link = steps.getByRole('link', { name: 'What to expect' });
    await expect(link).toHaveAttribute('href', '?tour=what-to-expect');
    await link.click();
    await expectStep(page, 7, 'What to expect', /page=what-happens-in-a-session&tour=what-to-expect/);
    await expect(list).toBeFocused();
    await expect(steps).toBeHidden();
  });

  test('a step link opened on its own shows what the step shows', async ({ page }) => {
    await openPresenting(page, '?tour=acupuncture');
    await expectStep(page, 6, 'IMS beside acupuncture', /page=ims-vs-acupuncture&tour=acupuncture/);
    await openApp(page, '?tour=nowhere');
    await expect(page.getByText(/We couldn't find the step "nowhere" of the consultation/)).toBeVisible();
    await expect(bar(page)).toBeHidden();
  });

  test('End consultation asks first, then forgets the patient and goes back to the start page', async ({
    page,
  }) => {
    await openPresenting(page, '?tour=conditions');
    await bar(page).getByRole('button', { name: 'Tennis elbow' }).click();
    const end = bar(page).getByRole('button', { name: 'End consultation' });
    await end.click();
    const dialog = page.getByRole('dialog', { name: 'End the consultation?' });
    await expect(dialog).toBeVisible();
    const keep = dialog.getByRole('button', { name: 'Keep going' });
    await expect(keep).toBeFocused();
    // The clicker's keys wait while the question is open.
    await page.keyboard.press('PageDown');
    await expect(stepCount(page)).toHaveText('Step 3 of 8');
    await keep.click();
    await expect(dialog).toBeHidden();
    await expect(bar(page)).toBeVisible();

    await end.click();
    await dialog.getByRole('button', { name: 'Yes, end it' }).click();
    await expect(bar(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
    await expect(page).not.toHaveURL(/tour=|condition=/);
    await expect(announcer(page)).toHaveText(/Consultation ended/);
    // A new consultation starts at the beginning.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expectStep(page, 1, 'What is IMS?', /tour=what-is-ims/);
  });

  test("the body's screen-reader label says what its keys do: turn it, or in presenter mode walk the tour", async ({
    page,
  }) => {
    await openApp(page);
    const body = page.locator('.canvas-host');
    await expect(body).toHaveAttribute('aria-label', /Arrow keys turn it/);
    await page.keyboard.press('p');
    await expectStep(page, 1, 'What is IMS?', /tour=what-is-ims/);
    await expect(body).toHaveAttribute(
      'aria-label',
      /arrow keys and Page Up and Page Down move through the steps of the tour/,
    );
    await expect(body).not.toHaveAttribute('aria-label', /Arrow keys turn it/);
    // As it says: an arrow key on the body itself goes to the next step.
    await body.focus();
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2, 'Where does it hurt?', /tour=where-it-hurts/);
    await page.keyboard.press('Escape');
    await expect(body).toHaveAttribute('aria-label', /Arrow keys turn it/);
  });

  test('axe finds nothing serious in presenter mode, its step list or its question', async ({ page }) => {
    await openPresenting(page, '?tour=conditions');
    await expect(stepHeading(page)).toBeVisible();
    expect(await seriousAxeProblems(page)).toEqual([]);
    await bar(page).getByRole('button', { name: 'All steps' }).click();
    await bar(page).getByRole('button', { name: 'End consultation' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousAxeProblems(page)).toEqual([]);
  });
});

test.describe('presenter mode on screens of every size', () => {
  test.use({ reducedMotion: 'reduce' });
  test.beforeEach(async ({ page }) => keepThe3DAway(page));

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    test(`${width} wide: the body and the bar share the screen, nothing spills sideways, every target is big enough`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height });
      await openPresenting(page, '?tour=conditions');
      await expect(stepHeading(page)).toBeVisible();
      const stage = await page.locator('.canvas-host').boundingBox();
      const barBox = await bar(page).boundingBox();
      expect(stage && barBox).toBeTruthy();
      if (!stage || !barBox) return;
      // The body keeps at least 40% of the screen's height, above the bar, across the whole width.
      expect(stage.height).toBeGreaterThan(height * 0.4);
      expect(stage.width).toBeGreaterThan(width - 2);
      expect(stage.y + stage.height).toBeLessThanOrEqual(barBox.y + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const small = await bar(page)
        .locator('button, a')
        .evaluateAll((els) =>
          els
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0 && (r.height < 44 || r.width < 44))
            .map((r) => `${r.width}x${r.height}`),
        );
      expect(small).toEqual([]);
      // Large words: the heading and the lines grow with the screen, largest on a wall.
      const size = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
      const [heading, line] = { 390: [24, 18], 1280: [30, 20], 1920: [40, 26] }[width] as [number, number];
      expect(await stepHeading(page).evaluate(size)).toBeGreaterThanOrEqual(heading);
      expect(await bar(page).locator('.presenter-line').first().evaluate(size)).toBeGreaterThanOrEqual(line);
      await testInfo.attach(`presenter-${width}`, {
        body: await page.screenshot({ fullPage: width < 800 }),
        contentType: 'image/png',
      });
    });
  }

  test('the mouse over the body shows as a soft highlight', async ({ page }) => {
    await openPresenting(page, '?tour=what-is-ims');
    await expect(stepHeading(page)).toBeVisible();
    const spot = page.locator('.pointer-highlight');
    await expect(spot).toBeHidden();
    const host = await page.locator('.canvas-host').boundingBox();
    if (!host) throw new Error('no body view');
    await page.mouse.move(host.x + host.width / 2, host.y + host.height / 2);
    await expect(spot).toBeVisible();
    const box = await spot.boundingBox();
    expect(Math.abs((box?.x ?? 0) + (box?.width ?? 0) / 2 - (host.x + host.width / 2))).toBeLessThan(3);
    await page.mouse.move(host.x + 10, host.y + host.height + 40);
    await expect(spot).toBeHidden();
  });
});

test.describe('presenter mode with the 3D body', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the body is drawn across the whole width, centred, and a tap on it still reaches the body', async ({
    page,
  }) => {
    await openApp(page);
    await waitForBody(page);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expectStep(page, 1, 'What is IMS?', /tour=what-is-ims/);
    await settle(page, 6);
    const width = page.viewportSize()?.width ?? 0;
    const canvas = await page.locator('.canvas-host canvas').boundingBox();
    expect(canvas?.x).toBe(0);
    expect(canvas?.width).toBe(width);
    // The front view: the chest sits in the middle of the screen.
    const chest = await regionPoint(page, 'chest');
    expect(Math.abs(chest.x - width / 2)).toBeLessThan(width * 0.05);
    await page.mouse.click(chest.x, chest.y);
    await page.keyboard.press('Escape');
    // Out of presenter mode the chosen area's page is there.
    await expect(page.locator('#panel').getByRole('heading', { level: 1 })).toHaveText(/chest/i);
  });
});
