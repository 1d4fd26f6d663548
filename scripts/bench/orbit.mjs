// "Smooth to turn" figures for `npm run bench` (called from run.mjs), or standalone:
//   node scripts/bench/orbit.mjs [--no-build]   (builds both pages, serves them, measures, prints)
//
// The app is measured beside a bare React Three Fiber page (scripts/bench/bare: one box, drei's
// OrbitControls, R3F's plain Canvas with the app's camera), built here with Vite's JS API into
// bench-results/bare so it never enters the app's build. Both pages get the same browser, the same canvas size (the
// bare canvas is sized to the app's) and the same drag, so the ratios hold from machine to machine
// even where the absolute times do not.
//
// firstDrawnMs: time from navigation to the first drawn frame (app: the `ims:body-drawn` mark with
// the pointer on the canvas at once, so the 3D starts without waiting for idle time; bare: the
// `bare:drawn` mark, made the same way). frameMs: intervals between requestAnimationFrame callbacks
// (each kept as a `performance.measure` named `orbit:frame`) while a mouse drag moves across the
// canvas by STEP_PX every frame for DRAG_MS, so the camera turns all the time; median and 90th
// percentile. With software WebGL a
// frame the GPU process has not finished holds back the next callback, so the interval is what a
// person sees.

import { join } from 'node:path';

const DRAG_MS = 3000;
const ROUNDS = 3;
const STEP_PX = 4;
const SWING_PX = 240;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
};
const median = (values) => percentile(values, 0.5);

/** Builds the bare page into outDir (e.g. bench-results/bare) and returns outDir. */
export async function buildBare(outDir) {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root: new URL('./bare', import.meta.url).pathname,
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
  return outDir;
}

/**
 * Drags across the canvas middle, back and forth, for DRAG_MS; returns the frame intervals.
 * The press and release are real mouse input (so the controls take pointer capture as they would
 * for a person); the moves in between are pointer events sent from the page, one per frame, so the
 * camera turns on every frame however slowly the input round trip from here would run.
 */
export async function orbitFrames(page, box) {
  const y = box.y + box.height / 2;
  const x0 = box.x + box.width / 2 - SWING_PX / 2;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  const { intervals, moving } = await page.evaluate(
    ({ x0, y, dragMs, step, swing }) =>
      new Promise((resolve) => {
        const canvas = document.querySelector('canvas');
        // The element holding the pointer's capture (the controls' element), else the canvas.
        let target = canvas;
        for (let el = canvas; el; el = el.parentElement) if (el.hasPointerCapture(1)) target = el;
        performance.clearMeasures('orbit:frame');
        let offset = 0;
        let direction = 1;
        let first = 0;
        let last = 0;
        const tick = (now) => {
          if (last) performance.measure('orbit:frame', { start: last, end: now });
          last = now;
          first ||= now;
          if (now - first >= dragMs) {
            resolve({
              intervals: performance.getEntriesByName('orbit:frame').map((m) => m.duration),
              moving: `${canvas.width}×${canvas.height}`,
            });
            return;
          }
          offset += direction * step;
          if (offset >= swing || offset <= 0) direction = -direction;
          target.dispatchEvent(
            new PointerEvent('pointermove', {
              pointerId: 1,
              pointerType: 'mouse',
              isPrimary: true,
              clientX: x0 + offset,
              clientY: y,
              buttons: 1,
              bubbles: true,
              cancelable: true,
              composed: true,
            }),
          );
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { x0, y, dragMs: DRAG_MS, step: STEP_PX, swing: SWING_PX },
  );
  await page.mouse.up();
  return { intervals, moving };
}

/**
 * What was measured: the canvas's context antialiasing (MSAA), its drawing buffer at rest and
 * while turning (the pixel ratio may drop while the camera moves), and the page's pixel ratio.
 */
async function canvasSettings(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    return {
      msaa: Boolean(gl?.getContextAttributes()?.antialias),
      atRest: `${canvas.width}×${canvas.height}`,
      devicePixelRatio,
    };
  });
}

async function measureApp(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('.canvas-host').hover({ position: { x: 5, y: 5 } });
  await page.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: 60_000,
  });
  const { startTime: firstDrawnMs, detail } = await page.evaluate(() => {
    const { startTime, detail } = performance.getEntriesByName('ims:body-drawn')[0];
    return { startTime, detail };
  });
  const box = await page.locator('.canvas-host canvas').boundingBox();
  const settings = {
    ...(await canvasSettings(page)),
    drawCalls: detail?.calls,
    triangles: detail?.triangles,
  };
  const { intervals, moving } = await orbitFrames(page, box);
  await page.close();
  return {
    firstDrawnMs,
    intervals,
    settings: { ...settings, moving },
    canvas: { width: box.width, height: box.height },
  };
}

export async function measureBare(browser, url, canvas) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?w=${Math.round(canvas.width)}&h=${Math.round(canvas.height)}`, {
    waitUntil: 'domcontentloaded',
  });
  await page.waitForFunction(() => document.documentElement.dataset.bareReady === 'true', null, {
    timeout: 60_000,
  });
  const firstDrawnMs = await page.evaluate(() => performance.getEntriesByName('bare:drawn')[0].startTime);
  const box = await page.locator('canvas').boundingBox();
  const settings = await canvasSettings(page);
  const { intervals, moving } = await orbitFrames(page, box);
  await page.close();
  return { firstDrawnMs, intervals, settings: { ...settings, moving } };
}

export const summary = (runs) => {
  const frames = runs.flatMap((r) => r.intervals);
  return {
    settings: runs[0].settings,
    firstDrawnMs: median(runs.map((r) => r.firstDrawnMs)),
    frameMs: { median: median(frames), p90: percentile(frames, 0.9), frames: frames.length },
  };
};

/** App and bare page, in turns (so a busy spell on the machine hits both alike). */
export async function benchOrbit(browser, appUrl, bareUrl) {
  const app = [];
  const bare = [];
  for (let i = 0; i < ROUNDS; i++) {
    app.push(await measureApp(browser, appUrl));
    bare.push(await measureBare(browser, bareUrl, app[0].canvas));
  }
  const a = summary(app);
  const b = summary(bare);
  return {
    canvas: app[0].canvas,
    dragMs: DRAG_MS,
    rounds: ROUNDS,
    app: a,
    bare: b,
    ratio: {
      frameMedian: a.frameMs.median / b.frameMs.median,
      frameP90: a.frameMs.p90 / b.frameMs.p90,
      firstDrawn: a.firstDrawnMs / b.firstDrawnMs,
    },
  };
}

/** e.g. "MSAA off, 800×735 at rest, 400×368 turning, dpr 1, 43 draw calls, 73826 triangles". */
function settingsText({ msaa, atRest, moving, devicePixelRatio, drawCalls, triangles }) {
  const parts = [
    `MSAA ${msaa ? 'on' : 'off'}`,
    `${atRest} at rest`,
    `${moving} turning`,
    `dpr ${devicePixelRatio}`,
  ];
  if (drawCalls !== undefined) parts.push(`${drawCalls} draw calls`, `${triangles} triangles`);
  return parts.join(', ');
}

/**
 * Table rows for run.mjs: [name, value, target, ok]. Target: orbit frame time ≤ 1.5× the bare page,
 * judged on the ratio as printed (two decimals): frames come in whole display refreshes (16.7 ms
 * here), so three refreshes against two reads 50.0 / 33.3 ms = 1.50×.
 */
export function orbitRows(orbit) {
  const ms = (n) => `${n.toFixed(1)} ms`;
  const three = (app, bare, ratio) => `${ms(app)} / ${ms(bare)} / ${ratio.toFixed(2)}×`;
  return [
    [
      'Orbit frame time, median (app / bare / ratio)',
      three(orbit.app.frameMs.median, orbit.bare.frameMs.median, orbit.ratio.frameMedian),
      '≤ 1.5×',
      Number(orbit.ratio.frameMedian.toFixed(2)) <= 1.5,
    ],
    [
      'Orbit frame time, 90th percentile (app / bare / ratio)',
      three(orbit.app.frameMs.p90, orbit.bare.frameMs.p90, orbit.ratio.frameP90),
      '',
      null,
    ],
    [
      'First drawn frame (app / bare / ratio)',
      three(orbit.app.firstDrawnMs, orbit.bare.firstDrawnMs, orbit.ratio.firstDrawn),
      '',
      null,
    ],
    ['Orbit settings, app', settingsText(orbit.app.settings), '', null],
    ['Orbit settings, bare', settingsText(orbit.bare.settings), '', null],
  ];
}

// Standalone: build both pages, serve them, measure, print.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('@playwright/test');
  const { build } = await import('vite');
  const { CHROMIUM_ARGS, findChromium } = await import('../find-chromium.mjs');
  const { serveDist } = await import('../serve.mjs');
  const root = new URL('../..', import.meta.url).pathname;
  if (!process.argv.includes('--no-build')) await build({ root, logLevel: 'warn' });
  const bareDir = await buildBare(join(root, 'bench-results', 'bare'));
  const listen = async (dir) => {
    const server = await serveDist(dir, { port: 0, host: '127.0.0.1' });
    return { server, url: `http://127.0.0.1:${server.address().port}/` };
  };
  const app = await listen(join(root, 'dist'));
  const bare = await listen(bareDir);
  const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
  try {
    const orbit = await benchOrbit(browser, app.url, bare.url);
    console.log(JSON.stringify(orbit, null, 2));
    for (const [name, value, target] of orbitRows(orbit)) console.log(`${name}  ${value}  ${target}`);
  } finally {
    await browser.close();
    for (const { server } of [app, bare]) await new Promise((resolve) => server.close(resolve));
  }
}
