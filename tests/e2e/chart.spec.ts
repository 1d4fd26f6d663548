import { expect, type Page, test } from '@playwright/test';
import { countLevels } from '../../src/consult/chart/markLevels';
import { suggestConditions } from '../../src/consult/chart/suggest';
import type { PainMark } from '../../src/consult/types';
import { getRegion } from '../../src/content';
import type { RegionId } from '../../src/content/regionIds';
import { clickRegion, openApp, panelHeading, seriousAxeProblems, settle, waitForBody } from './fixtures';

/** The English sentence the app says for the levels of the marks (its words are build-time modules). */
function levelsSentence(levels: readonly (string | null)[]): string {
  const marks = (n: number) => (n === 1 ? '1 mark' : `${n} marks`);
  const named = countLevels(levels).map((c) => `${c.level} (${marks(c.marks)})`);
  const list = named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  const outside = levels.filter((l) => !l).length;
  return [
    named.length > 0 ? `Your marks fall in ${list}.` : '',
    outside === 0
      ? ''
      : outside === 1
        ? '1 mark is outside the bands on this map.'
        : `${outside} marks are outside the bands on this map.`,
  ]
    .filter(Boolean)
    .join(' ');
}

// The pain chart (issue 12): marks added by real clicks on the body and from the area list (the
// DOM twins), changed, chosen on the body, removed, cleared; the suggestions "to discuss with
// your physiotherapist"; a reload keeps the chart (this tab only); the chart laid over the
// dermatome bands names each mark's level and paints those bands.

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

const nameOf = (id: RegionId) => getRegion(id)?.name ?? id;
const marksList = (page: Page) => page.getByRole('list', { name: 'Your marks' });
/** Each mark's words in the list (its kind's letter is there too, hidden from screen readers). */
const markTexts = (page: Page) => marksList(page).locator('.mark-choose > span:not(.kind-badge)');
const drawnMarks = (page: Page) => page.evaluate(() => window.__imsTest?.chartMarks() ?? []);
const chartOf = (page: Page) =>
  page.evaluate(() => window.__imsTest?.store.getState().chart ?? []) as Promise<PainMark[]>;
const announced = (page: Page) => page.getByRole('status');

test('marks by a click on the body and from the list: change, choose on the body, remove, keep, clear', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page, '?chart=open');
  await waitForBody(page);
  await expect(panelHeading(page)).toHaveText('Where does it hurt?');
  await expect(marksList(page)).toHaveCount(0);

  // A real click on the skin adds a mark there, chosen at once, with the kind and strength set.
  await clickRegion(page, 'shoulder-left');
  const shoulder = nameOf('shoulder-left');
  await expect(markTexts(page)).toHaveText([`${shoulder}: aching, 5 out of 10`]);
  await expect(announced(page)).toHaveText(`Mark added. ${shoulder}: aching, 5 out of 10.`);
  // It is drawn where the click was, not hidden by the body; the area was not chosen instead.
  let drawn = await drawnMarks(page);
  expect(drawn).toHaveLength(1);
  expect(drawn[0]?.hidden).toBe(false);
  expect(await page.evaluate(() => window.__imsTest?.store.getState().regionId)).toBeNull();
  const [first] = await chartOf(page);
  expect(first?.region).toBe('shoulder-left');
  expect(first?.point).not.toBeNull();

  // The kind and the strength change the chosen mark.
  await page.getByRole('radio', { name: 'Sharp' }).check();
  const strength = page.getByRole('slider', { name: 'How strong is it?' });
  await strength.fill('8');
  await expect(strength).toHaveAttribute('aria-valuetext', '8 out of 10, severe');
  await expect(
    marksList(page).getByRole('button', { name: `${shoulder}: sharp, 8 out of 10`, exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');

  // From the list (the DOM twin): the next mark gets the same kind and strength.
  const knee = nameOf('knee-right');
  await page
    .getByRole('region', { name: 'Or choose an area' })
    .getByRole('button', { name: knee, exact: true })
    .click();
  await expect(marksList(page).getByRole('listitem')).toHaveCount(2);
  await expect(
    marksList(page).getByRole('button', { name: `${knee}: sharp, 8 out of 10`, exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await settle(page);
  drawn = await drawnMarks(page);
  expect(drawn).toHaveLength(2);

  // A click on a mark on the body chooses it (and adds nothing).
  const onShoulder = drawn.find((m) => m.id === first?.id);
  if (!onShoulder) throw new Error('the first mark is not drawn');
  await page.mouse.click(onShoulder.x, onShoulder.y);
  await expect(
    marksList(page).getByRole('button', { name: `${shoulder}: sharp, 8 out of 10`, exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(marksList(page).getByRole('listitem')).toHaveCount(2);

  // The suggestions follow the chart, said to be for talking over, never a diagnosis.
  const suggest = page.getByRole('region', { name: 'To discuss with your physiotherapist' });
  await expect(suggest).toContainText('This is not a diagnosis');
  const expected = suggestConditions(await chartOf(page)).slice(0, 6);
  expect(expected.length).toBeGreaterThan(0);
  await expect(suggest.getByRole('button')).toHaveText(expected.map((c) => `${c.name}${c.summary}`));
  expect(await seriousAxeProblems(page, '#panel')).toEqual([]);

  // Remove one; a reload keeps the rest (this tab only), drawn on the body again.
  await page.getByRole('button', { name: `Remove: ${knee}: sharp, 8 out of 10` }).click();
  await expect(marksList(page).getByRole('listitem')).toHaveCount(1);
  await expect(announced(page)).toHaveText(`Mark removed. ${knee}: sharp, 8 out of 10.`);
  await page.reload();
  await waitForBody(page);
  await expect(markTexts(page)).toHaveText([`${shoulder}: sharp, 8 out of 10`]);
  expect(await drawnMarks(page)).toHaveLength(1);
  // The marks are never in the address bar.
  expect(page.url()).not.toMatch(/shoulder|sharp/);

  // Clear in one click: nothing on the body, nothing kept.
  await page.getByRole('button', { name: 'Clear the chart' }).click();
  await expect(page.getByText('No marks yet.')).toBeVisible();
  await expect(announced(page)).toHaveText('The pain chart is cleared.');
  await settle(page);
  expect(await drawnMarks(page)).toHaveLength(0);
  expect(await page.evaluate(() => sessionStorage.getItem('ims-explorer-chart'))).toBeNull();
});

test("the chart over the dermatome bands: each mark's level named and its band painted", async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '?chart=open');
  const areas = page.getByRole('region', { name: 'Or choose an area' });
  for (const id of ['forearm-left', 'hand-left'] as const)
    await areas.getByRole('button', { name: nameOf(id), exact: true }).click();
  await expect(marksList(page).getByRole('listitem')).toHaveCount(2);

  // The start page's way back in, then the spinal levels (same tab: the chart is kept).
  await page.getByRole('button', { name: '← Done with the chart' }).click();
  await expect(page.getByRole('link', { name: /Mark where it hurts/ })).toBeVisible();
  await page.goto('./?spine=levels');
  await waitForBody(page);
  const overlay = page.getByRole('button', { name: 'Show my pain chart' });
  await expect(overlay).toHaveAttribute('aria-pressed', 'false');
  await overlay.click();
  await expect(overlay).toHaveAttribute('aria-pressed', 'true');
  const words = page.locator('.chart-overlay-levels');
  await expect(words).toHaveText(/^Your marks fall in /);
  await expect(page.locator('.chart-overlay')).toContainText('Skin maps are averages');
  await expect(page.locator('.chart-overlay')).toContainText('not a diagnosis');

  // The levels the scene found: forearm and hand skin lie in the C5–T1 bands on every map.
  const marks = await drawnMarks(page);
  expect(marks).toHaveLength(2);
  const levels = marks.map((m) => m.level ?? null);
  for (const level of levels) expect(level).toMatch(/^(C[5-8]|T1)$/);
  await expect(words).toHaveText(levelsSentence(levels));
  // Those bands are painted on the skin: seen from the front, the skin under each mark glows.
  const painted = [...new Set(levels)].sort().join('+');
  await expect
    .poll(async () =>
      (await page.evaluate(() => window.__imsTest?.segmentState().dermatome ?? ''))
        .split('+')
        .sort()
        .join('+'),
    )
    .toBe(painted);
  await page.getByRole('button', { name: 'Front', exact: true }).click();
  await settle(page, 6);
  for (const mark of await drawnMarks(page)) {
    expect(mark.hidden).toBe(false);
    expect(await page.evaluate(({ x, y }) => window.__imsTest?.glowAt(x, y) ?? 0, mark)).toBeGreaterThan(0.5);
  }
  expect(await seriousAxeProblems(page, '#panel')).toEqual([]);

  // Off again: no band painted, the words gone.
  await overlay.click();
  await expect(words).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.__imsTest?.segmentState().dermatome ?? null)).toBeNull();

  // Charting over the see-through skin with every layer shown: a tap marks the skin, not a muscle.
  await page.goto('./?spine=levels&chart=open');
  await waitForBody(page);
  await expect(panelHeading(page)).toHaveText('Where does it hurt?');
  expect(await page.evaluate(() => window.__imsTest?.skinState().seeThrough)).toBe(true);
  await clickRegion(page, 'upper-back');
  await expect(markTexts(page)).toHaveCount(3);
  await expect(markTexts(page).last()).toHaveText(`${nameOf('upper-back')}: aching, 5 out of 10`);
  expect(await page.evaluate(() => window.__imsTest?.store.getState().part)).toBeNull();
});

test('on a phone: a tap on the body marks it, with large targets', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await openApp(page, '?chart=open');
  await waitForBody(page);
  await settle(page, 3);
  const point = await page.evaluate(() => window.__imsTest?.regionScreenPoint('knee-left') ?? null);
  if (!point) throw new Error('the left knee is not in view');
  await page.touchscreen.tap(point.x, point.y);
  await expect(markTexts(page)).toHaveText([`${nameOf('knee-left')}: aching, 5 out of 10`]);
  for (const target of [
    page.getByText('Pins and needles', { exact: true }),
    page.getByRole('button', { name: /^Remove: / }),
    page.getByRole('button', { name: 'Clear the chart' }),
  ]) {
    const box = await target
      .locator('xpath=ancestor-or-self::*[self::label or self::button][1]')
      .boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  await context.close();
});

test("in presenter mode the bar's chart tools add a mark by area, change it, list it; a click on the body adds one too", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./?tour=where-it-hurts');
  await waitForBody(page);
  // The side panel is hidden here: the bar's tools stand in for it.
  await expect(page.locator('#panel')).toBeHidden();
  const tools = page.getByRole('region', { name: 'Pain chart' });
  await expect(tools).toBeVisible();
  await expect(tools.getByText('Tap the body where it hurts, or choose an area above.')).toBeVisible();

  // By the list of areas (grouped as the panel's), no canvas needed.
  const knee = nameOf('knee-right');
  const area = tools.getByRole('combobox', { name: 'Add a mark at' });
  await expect(area.locator('optgroup')).not.toHaveCount(0);
  await area.selectOption({ label: knee });
  await tools.getByRole('button', { name: 'Add mark' }).click();
  await expect(marksList(page).getByRole('listitem')).toHaveCount(1);
  await expect(announced(page)).toHaveText(`Mark added. ${knee}: aching, 5 out of 10.`);
  await expect(tools.getByText(`Changing: ${knee}: aching, 5 out of 10`)).toBeVisible();

  // The chosen mark takes the kind and the strength.
  await tools.getByRole('radio', { name: 'Burning' }).check();
  await tools.getByRole('slider', { name: 'How strong is it?' }).fill('9');
  await expect(
    marksList(page).getByRole('button', { name: `${knee}: burning, 9 out of 10`, exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  expect((await chartOf(page)).map((m) => [m.region, m.kind, m.intensity])).toEqual([
    ['knee-right', 'burning', 9],
  ]);

  // A real click on the body adds one where it lands, listed in the bar.
  await clickRegion(page, 'shoulder-left');
  const shoulder = nameOf('shoulder-left');
  await expect(markTexts(page)).toHaveText([
    `${knee}: burning, 9 out of 10`,
    `${shoulder}: burning, 9 out of 10`,
  ]);
  expect((await chartOf(page))[1]?.point).not.toBeNull();

  // Choose the first again, lower its strength; then remove it.
  await marksList(page)
    .getByRole('button', { name: `${knee}: burning, 9 out of 10`, exact: true })
    .click();
  await tools.getByRole('slider', { name: 'How strong is it?' }).fill('3');
  await expect(markTexts(page)).toHaveText([
    `${knee}: burning, 3 out of 10`,
    `${shoulder}: burning, 9 out of 10`,
  ]);
  await tools.getByRole('button', { name: `Remove: ${knee}: burning, 3 out of 10` }).click();
  await expect(markTexts(page)).toHaveText([`${shoulder}: burning, 9 out of 10`]);
  expect(await seriousAxeProblems(page, '.presenter-bar')).toEqual([]);
});

test('at the spinal-levels step the caption says which levels the marks fall in', async ({ page }) => {
  test.setTimeout(120_000);
  const bar = page.getByRole('region', { name: 'Consultation' });
  const goTo = async (title: string) => {
    await bar.getByRole('button', { name: 'All steps' }).click();
    await bar.getByRole('link', { name: title }).click();
    await expect(bar.getByRole('heading', { level: 2 })).toHaveText(title);
  };
  // No marks: the step says nothing about them.
  await page.goto('./?tour=spinal-levels');
  await waitForBody(page);
  await expect(bar.getByRole('heading', { level: 2 })).toHaveText('Where the nerves come from');
  await expect(bar.getByText(/Your marks|Finding the levels/)).toHaveCount(0);

  await goTo('Where does it hurt?');
  const area = bar.getByRole('combobox', { name: 'Add a mark at' });
  for (const id of ['forearm-left', 'hand-left'] as const) {
    await area.selectOption({ label: nameOf(id) });
    await bar.getByRole('button', { name: 'Add mark' }).click();
  }
  await expect(marksList(page).getByRole('listitem')).toHaveCount(2);

  await goTo('Where the nerves come from');
  const line = bar.locator('.presenter-levels .presenter-line');
  await expect(line).toHaveText(/^Your marks fall in /, { timeout: 30_000 });
  // The levels the scene found for each mark: forearm and hand skin lie in C5–T1 on every map.
  await settle(page, 6);
  const levels = (await drawnMarks(page)).map((m) => m.level ?? null);
  expect(levels).toHaveLength(2);
  for (const level of levels) expect(level).toMatch(/^(C[5-8]|T1)$/);
  await expect(line).toHaveText(levelsSentence(levels));
  await expect(bar).toContainText('not a diagnosis');
});
