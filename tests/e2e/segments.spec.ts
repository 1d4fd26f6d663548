import { expect, type Page, test } from '@playwright/test';
import { followLink, openApp, panelHeading, seriousAxeProblems, settle, waitForBody } from './fixtures';

// The segmental view's panel (issue 11): "Show the spinal levels" on a condition, the levels named
// for tennis elbow, shin splints and plantar fasciitis with their needle sites beside the spine, the
// level picker by pointer and by keys, the way back (the skin returns), the pain cycle's link back,
// a vertebra's "Show level", and phone and wall sizes. The 3D side has its own spec
// (segments-canvas.spec.ts). Few tests that each do a lot: every page load costs seconds here.

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

const levelsLine = (page: Page) => page.locator('.segment-levels-line');
const besideSpine = (page: Page) => page.getByRole('list', { name: /^Needle sites beside the spine/ });
const picker = (page: Page) => page.getByRole('group', { name: 'Choose a level' });
const levelButton = (page: Page, level: string) =>
  picker(page).getByRole('button', { name: level, exact: true });
const announced = (page: Page) => page.getByRole('status');

test('tennis elbow: its levels from the condition, the picker by pointer and keys, and back to the skin', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page, '?condition=tennis-elbow');
  await waitForBody(page);
  const section = page.getByRole('region', { name: 'Where the needles go: the spinal levels' });
  await expect(section).toContainText('at about C5–C8');
  await section.getByRole('button', { name: 'Show the spinal levels' }).click();

  // The view: its heading takes focus, the levels are named and announced, the link says it.
  const heading = panelHeading(page);
  await expect(heading).toHaveText('Tennis elbow: the spinal levels');
  await expect(heading).toBeFocused();
  await expect(levelsLine(page)).toHaveText('The levels: C5, C6, C7, C8');
  await expect(announced(page)).toContainText('Tennis elbow: spinal levels C5, C6, C7, C8.');
  await expect(page).toHaveURL(/[?&]spine=levels(&|$)/);
  await expect(besideSpine(page).getByRole('listitem')).toHaveText([
    'Beside the spine at C5',
    'Beside the spine at C6',
    'Beside the spine at C7',
    'Beside the spine at C8',
  ]);
  // A site's twin names its marker on the body while focused.
  // (The pointer is moved off the list first: a twin under the pointer names its own marker.)
  await page.mouse.move(4, 4);
  const c6Site = besideSpine(page).getByRole('button', { name: 'Beside the spine at C6' });
  await c6Site.focus();
  await expect(c6Site).toHaveAttribute('data-named');
  await expect(page.getByRole('list', { name: 'Nerves of Tennis elbow' })).toContainText('Radial nerve');
  // The condition's levels are marked in the picker.
  await expect(picker(page).locator('[data-marked]')).toHaveText(['C5', 'C6', 'C7', 'C8']);
  expect(await seriousAxeProblems(page, '#panel')).toEqual([]);
  expect(await page.evaluate(() => window.__imsTest?.skinState().opacity)).toBeLessThan(0.5);

  // By pointer: C6 opens its level; focus stays in the picker.
  await levelButton(page, 'C6').click();
  await expect(heading).toHaveText('C6, the sixth level of the neck');
  await expect(levelButton(page, 'C6')).toHaveAttribute('aria-pressed', 'true');
  await expect(levelButton(page, 'C6')).toBeFocused();
  await expect(announced(page)).toHaveText(
    'Level C6 chosen: the sixth level of the neck. Its skin is painted in blue on the body.',
  );
  await expect(page).toHaveURL(/[?&]spine=C6(&|$)/);
  await expect(page.getByRole('list', { name: 'Muscles supplied by C6' })).toContainText('Biceps');
  // One tab stop: the chosen level.
  await expect(picker(page).locator('button[tabindex="0"]')).toHaveText('C6');

  // By keys: down and up the spine, Page Down / Page Up (a clicker), Home and End.
  await levelButton(page, 'C6').press('ArrowDown');
  await expect(levelButton(page, 'C7')).toBeFocused();
  await expect(levelButton(page, 'C7')).toHaveAttribute('aria-pressed', 'true');
  await expect(heading).toHaveText('C7, the seventh level of the neck');
  await expect(announced(page)).toContainText('Level C7 chosen');
  await page.keyboard.press('PageDown');
  await expect(levelButton(page, 'C8')).toBeFocused();
  await expect(heading).toContainText('C8');
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText('T1, the first level of the upper and mid back');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(levelButton(page, 'C7')).toBeFocused();
  await page.keyboard.press('End');
  await expect(levelButton(page, 'S2')).toBeFocused();
  await expect(heading).toContainText('S2');
  await page.keyboard.press('ArrowDown');
  await expect(levelButton(page, 'S2')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(levelButton(page, 'C1')).toBeFocused();
  await expect(page.getByText('C1 serves no skin.')).toBeVisible();
  expect(await seriousAxeProblems(page, '#panel')).toEqual([]);

  // Back to the condition's levels, then out: the skin is solid again.
  await page.getByRole('button', { name: 'Back to the levels of Tennis elbow' }).click();
  await expect(heading).toHaveText('Tennis elbow: the spinal levels');
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: 'Back to Tennis elbow' }).click();
  await expect(heading).toHaveText('Tennis elbow');
  await expect(page).not.toHaveURL(/spine=/);
  await expect.poll(() => page.evaluate(() => window.__imsTest?.skinState().opacity)).toBe(1);
});

test('shin splints, plantar fasciitis and the jaw by link; the pain cycle links back to the levels', async ({
  page,
}) => {
  await openApp(page, '?condition=shin-splints&spine=levels');
  await expect(panelHeading(page)).toHaveText('Shin splints: the spinal levels');
  await expect(levelsLine(page)).toHaveText('The levels: L4, L5, S1, S2');
  await expect(besideSpine(page).getByRole('listitem')).toHaveCount(4);
  await expect(besideSpine(page)).toContainText('Beside the spine at L4');

  await followLink(page, '?condition=plantar-fasciitis&spine=levels');
  await expect(panelHeading(page)).toHaveText('Plantar fasciitis: the spinal levels');
  await expect(levelsLine(page)).toHaveText('The levels: S1, S2');
  await expect(besideSpine(page).getByRole('listitem')).toHaveText([
    'Beside the spine at S1',
    'Beside the spine at S2',
  ]);

  // The jaw: no spinal level; its nerve comes from the brain, and the view shows it.
  await followLink(page, '?condition=jaw-pain&spine=levels');
  await expect(levelsLine(page)).toHaveText('No spinal level: a nerve from the brain');
  await expect(page.getByRole('button', { name: 'Mandibular nerve (V3)' })).toBeVisible();
  await expect(besideSpine(page)).toHaveCount(0);

  // A level's conditions open their own levels.
  await followLink(page, '?condition=plantar-fasciitis&spine=S1');
  await page.getByRole('button', { name: /^Shin splints/ }).click();
  await expect(panelHeading(page)).toHaveText('Shin splints: the spinal levels');
  await expect(panelHeading(page)).toBeFocused();
  await expect(page).toHaveURL(/[?&]condition=shin-splints&(view=\w+&)?spine=levels(&|$)/);

  // The pain cycle from the levels, and back from its nerve-root step.
  await page.getByRole('link', { name: /The pain cycle: a nerve root is irritated/ }).click();
  await expect(page.getByRole('heading', { name: 'Why the pain keeps going' })).toBeVisible();
  const back = page.getByRole('link', { name: 'See the spinal levels of Shin splints' });
  await expect(back).toHaveAttribute('href', /condition=shin-splints&spine=levels/);
  await back.click();
  await expect(panelHeading(page)).toHaveText('Shin splints: the spinal levels');
  await expect(panelHeading(page)).toBeFocused();
  await expect(page).not.toHaveURL(/cycle=/);

  // Opened from a condition alone, the step links to that condition's levels.
  await followLink(page, '?condition=tennis-elbow&cycle=muscle-tightens');
  await page.getByRole('link', { name: 'See the spinal levels of Tennis elbow' }).click();
  await expect(panelHeading(page)).toHaveText('Tennis elbow: the spinal levels');
  await expect(page).toHaveURL(/[?&]condition=tennis-elbow&(view=\w+&)?spine=levels(&|$)/);
});

for (const size of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'wall', width: 1920, height: 1080 },
]) {
  test(`${size.name} size: a vertebra's "Show level", big targets, nothing wider than the screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openApp(page, '?bone=C6');
    await page.getByRole('button', { name: 'Show level C6' }).click();
    await expect(panelHeading(page)).toHaveText('C6, the sixth level of the neck');
    await expect(panelHeading(page)).toBeFocused();
    await expect(page).toHaveURL(/[?&]spine=C6(&|$)/);
    await expect(page.getByRole('button', { name: 'All spinal levels' })).toBeVisible();
    // Every level button is at least 44 px each way, and in view when scrolled to.
    const boxes = await picker(page)
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect()));
    // C1–C8, T1–T12, L1–L5, S1–S2.
    expect(boxes).toHaveLength(27);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await settle(page, 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    expect(await seriousAxeProblems(page, '#panel')).toEqual([]);
  });
}

test('from the start page, the level picker alone: a level, then back to the start', async ({ page }) => {
  await openApp(page, '');
  await page.getByRole('link', { name: /The spinal levels/ }).click();
  await expect(panelHeading(page)).toHaveText('The spinal levels');
  await expect(page).toHaveURL(/[?&]spine=levels(&|$)/);
  await levelButton(page, 'T10').click();
  await expect(panelHeading(page)).toHaveText('T10, the tenth level of the upper and mid back');
  await expect(page.getByText(/at the navel/).first()).toBeVisible();
  await expect(page).toHaveURL(/[?&]spine=T10(&|$)/);
  await page.getByRole('button', { name: 'All spinal levels' }).click();
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await expect(panelHeading(page)).toHaveText('What is IMS?');
  await expect(page).not.toHaveURL(/spine=/);
});
