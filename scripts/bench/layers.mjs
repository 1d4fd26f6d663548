// Figures for the layers beneath the skin, for `npm run bench` (called from run.mjs), or standalone:
//   node scripts/bench/layers.mjs [--no-build]   (builds the e2e copy and the bare page, measures, prints)
//
// Measured on the e2e build (dist-e2e: the production build plus the test hook, which the scene
// only reads when asked), because the layers are switched on and muscles chosen through the app's
// store there, without depending on the panel's controls. Every layer shown (skin see-through at
// the X-ray level a deep layer brings): the draw calls of one frame (the hook counts them) and the
// orbit frame time beside the bare R3F page in the same run (orbit.mjs's drag, canvas size and
// rounds); then the JS heap growth over 500 muscle choices (after 50 to warm up, each after a
// forced garbage collection).

import { join } from 'node:path';
import { MUSCLE_IDS } from '../../src/content/anatomyIdList.mjs';
import { measureBare, orbitFrames, summary } from './orbit.mjs';

const ROUNDS = 3;
const SELECTIONS = 500;

async function openWithLayers(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('.canvas-host').hover({ position: { x: 5, y: 5 } });
  await page.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: 90_000,
  });
  await page.evaluate(() => {
    const store = window.__imsTest.store.getState();
    for (const layer of ['muscles', 'skeleton', 'nerves']) store.setLayer(layer, true);
  });
  // shown, with the lighter copies drawn while turning (made just after each layer arrives)
  await page.waitForFunction(
    () =>
      ['muscles', 'skeleton', 'nerves'].every((l) => {
        const layer = window.__imsTest.layerState()[l];
        return layer.visible && (layer.lighterWhileTurning || layer.triangles < 1000);
      }),
    null,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(500);
  return page;
}

async function measureApp(browser, url) {
  const page = await openWithLayers(browser, url);
  const { drawCalls, layers, skinOpacity } = await page.evaluate(() => ({
    drawCalls: window.__imsTest.drawCalls(),
    layers: window.__imsTest.layerState(),
    skinOpacity: window.__imsTest.skinState().opacity,
  }));
  const box = await page.locator('.canvas-host canvas').boundingBox();
  const { intervals, moving } = await orbitFrames(page, box);
  await page.close();
  return {
    firstDrawnMs: 0,
    intervals,
    settings: { moving, drawCalls, layers, skinOpacity },
    canvas: { width: box.width, height: box.height },
  };
}

async function heapGrowth(browser, url) {
  const page = await openWithLayers(browser, url);
  const cdp = await page.context().newCDPSession(page);
  const choose = (from, count) =>
    page.evaluate(
      async ({ ids, from, count }) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
        const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
        const store = window.__imsTest.store;
        for (let i = from; i < from + count; i++) {
          store.getState().choosePart({ layer: 'muscles', id: ids[(i * 7) % ids.length] });
          await (i % 10 === 0 ? frame() : pause());
        }
        store.getState().choosePart(null);
        await frame();
      },
      { ids: MUSCLE_IDS, from, count },
    );
  const usedHeap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await choose(0, 50);
  const before = await usedHeap();
  await choose(50, SELECTIONS);
  const after = await usedHeap();
  await cdp.detach();
  await page.close();
  return after - before;
}

/** Every layer shown: the app (e2e build) and the bare page in turns; then the heap figure. */
export async function benchLayers(browser, e2eUrl, bareUrl) {
  const app = [];
  const bare = [];
  for (let i = 0; i < ROUNDS; i++) {
    app.push(await measureApp(browser, e2eUrl));
    bare.push(await measureBare(browser, bareUrl, app[0].canvas));
  }
  const a = summary(app);
  const b = summary(bare);
  return {
    drawCalls: app[0].settings.drawCalls,
    layers: app[0].settings.layers,
    skinOpacity: app[0].settings.skinOpacity,
    app: a.frameMs,
    bare: b.frameMs,
    ratio: { frameMedian: a.frameMs.median / b.frameMs.median, frameP90: a.frameMs.p90 / b.frameMs.p90 },
    heapGrowthBytesAfter500MuscleChoices: await heapGrowth(browser, e2eUrl),
  };
}

/** Table rows for run.mjs: [name, value, target, ok]. */
export function layerRows(layers) {
  const ms = (n) => `${n.toFixed(1)} ms`;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const triangles = Object.values(layers.layers).reduce((sum, l) => sum + l.triangles, 0);
  return [
    [
      'Every layer: draw calls (skin + muscles + bones + nerves)',
      String(layers.drawCalls.total),
      '≤ 12',
      layers.drawCalls.total <= 12,
    ],
    ['Every layer: triangles in the deep layers', String(triangles), '', null],
    [
      'Every layer: orbit frame, median (app / bare / ratio)',
      `${ms(layers.app.median)} / ${ms(layers.bare.median)} / ${layers.ratio.frameMedian.toFixed(2)}×`,
      '≤ 2×',
      Number(layers.ratio.frameMedian.toFixed(2)) <= 2,
    ],
    [
      'Every layer: orbit frame, 90th percentile (app / bare / ratio)',
      `${ms(layers.app.p90)} / ${ms(layers.bare.p90)} / ${layers.ratio.frameP90.toFixed(2)}×`,
      '',
      null,
    ],
    [
      'JS heap growth, 500 muscle choices',
      kb(layers.heapGrowthBytesAfter500MuscleChoices),
      '≤ 2048 KB',
      layers.heapGrowthBytesAfter500MuscleChoices <= 2 * 1024 * 1024,
    ],
  ];
}

/** Builds the e2e copy (dist-e2e) with the test hook. */
export async function buildE2e(root) {
  const { build } = await import('vite');
  await build({ root, mode: 'e2e', logLevel: 'warn' });
  return join(root, 'dist-e2e');
}

// Standalone: build, serve, measure, print.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, findChromium } = await import('../find-chromium.mjs');
  const { serveDist } = await import('../serve.mjs');
  const { buildBare } = await import('./orbit.mjs');
  const root = new URL('../..', import.meta.url).pathname;
  const e2eDir = process.argv.includes('--no-build') ? join(root, 'dist-e2e') : await buildE2e(root);
  const bareDir = await buildBare(join(root, 'bench-results', 'bare'));
  const listen = async (dir) => {
    const server = await serveDist(dir, { port: 0, host: '127.0.0.1' });
    return { server, url: `http://127.0.0.1:${server.address().port}/` };
  };
  const app = await listen(e2eDir);
  const bare = await listen(bareDir);
  const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
  try {
    const layers = await benchLayers(browser, app.url, bare.url);
    console.log(JSON.stringify(layers, null, 2));
    for (const [name, value, target, ok] of layerRows(layers))
      console.log(`${name}  ${value}  ${target}${ok === null ? '' : ok ? '  ok' : '  MISSED'}`);
  } finally {
    await browser.close();
    for (const { server } of [app, bare]) await new Promise((resolve) => server.close(resolve));
  }
}
