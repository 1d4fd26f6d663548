// "How soon is the body there" figures for `npm run bench` (called from run.mjs), or standalone:
//   node scripts/bench/start.mjs [--no-build] [--rounds=N]
//
// Two figures, each as a ratio to the bare React Three Fiber page's first drawn frame (the
// `bare:drawn` mark, see scripts/bench/bare) measured in the same run, in alternating rounds so a
// busy spell on the machine hits both pages alike; medians over the rounds:
//   posterPaintMs: when the still picture of the body (img.body-poster) is painted, from the
//     browser's own paint timing (its largest-contentful-paint entry, else its element-timing
//     entry); target ≤ 0.6× the bare page's first frame.
//   bodyDrawnOnTouchMs: the `ims:body-drawn` mark when a person points at the body as soon as the
//     page has been parsed (the pointer moved onto the canvas at DOMContentLoaded, so the 3D does
//     not wait for idle time); target ≤ 1.0×.
// Also the first text paint (first-contentful-paint) for reference, which files the page fetched
// before the pointer came (to show that no layer file is fetched), and, for each page, when its GPU
// had finished that first frame's work (gpuDoneMs): both marks are taken two animation frames after
// the scene is committed, which with software WebGL can come before the frame's drawing is done.

import { join } from 'node:path';

export const POSTER_TARGET = 0.6;
export const TOUCH_TARGET = 1.0;
const ROUNDS = 5;
const VIEWPORT = { width: 1280, height: 800 };

const median = (values) => {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs before the page's own scripts: keeps the poster's paint entries as they come. */
function watchPosterPaint() {
  window.__posterPaint = [];
  const keep = (list) => {
    for (const entry of list.getEntries()) {
      const el = entry.element;
      if (el?.classList?.contains('body-poster'))
        window.__posterPaint.push({ type: entry.entryType, time: entry.renderTime || entry.startTime });
    }
  };
  for (const type of ['largest-contentful-paint', 'element'])
    try {
      new PerformanceObserver(keep).observe({ type, buffered: true });
    } catch {}
}

/**
 * Runs before the page's own scripts: at the first-frame mark (`name`), waits for the GPU to finish
 * the work asked of it so far (a one-pixel read from the WebGL canvas) and notes when it has.
 */
function watchGpuDone(name) {
  let context = null;
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (...args) {
    const made = getContext.apply(this, args);
    if (args[0] === 'webgl2' && made) context ??= made;
    return made;
  };
  const mark = performance.mark.bind(performance);
  performance.mark = (markName, ...rest) => {
    const entry = mark(markName, ...rest);
    if (markName === name && window.__gpuDoneMs === undefined && context) {
      context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, new Uint8Array(4));
      window.__gpuDoneMs = performance.now();
    }
    return entry;
  };
}

/** The app, once: poster paint and first text paint, then the body drawn with a pointer on it at once. */
export async function measureAppStart(browser, url) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.addInitScript(watchPosterPaint);
  await page.addInitScript(watchGpuDone, 'ims:body-drawn');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // A plain pointer move onto the body, as a person's mouse makes (no scrolling into view, no
  // waiting for the element to hold still: those checks make the page work before its first paint).
  const host = await page.locator('.canvas-host').boundingBox();
  await page.mouse.move(host.x + 5, host.y + 5);
  await page.waitForFunction(() => performance.getEntriesByName('ims:body-drawn').length > 0, null, {
    timeout: 60_000,
  });
  const figures = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const poster = window.__posterPaint;
    return {
      posterPaintMs: poster.length ? Math.min(...poster.map((p) => p.time)) : Number.NaN,
      posterEntry: poster[0]?.type ?? null,
      fcpMs: fcp ? fcp.startTime : Number.NaN,
      bodyDrawnOnTouchMs: performance.getEntriesByName('ims:body-drawn')[0].startTime,
      gpuDoneMs: window.__gpuDoneMs ?? Number.NaN,
    };
  });
  const box = await page.locator('.canvas-host canvas').boundingBox();
  await page.close();
  return { ...figures, fetched, canvas: { width: box.width, height: box.height } };
}

/** The bare page, once: its first drawn frame, its canvas sized as the app's. */
export async function measureBareStart(browser, url, canvas) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(watchGpuDone, 'bare:drawn');
  await page.goto(`${url}?w=${Math.round(canvas.width)}&h=${Math.round(canvas.height)}`, {
    waitUntil: 'domcontentloaded',
  });
  await page.waitForFunction(() => document.documentElement.dataset.bareReady === 'true', null, {
    timeout: 60_000,
  });
  const { firstDrawnMs, gpuDoneMs } = await page.evaluate(() => ({
    firstDrawnMs: performance.getEntriesByName('bare:drawn')[0].startTime,
    gpuDoneMs: window.__gpuDoneMs ?? Number.NaN,
  }));
  await page.close();
  return { firstDrawnMs, gpuDoneMs };
}

/** App and bare page in turns; medians and the per-round ratios' medians. */
export async function benchStart(browser, appUrl, bareUrl, { rounds = ROUNDS } = {}) {
  const app = [];
  const bare = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which page goes first, so neither always follows the other's leftovers.
    if (i % 2 === 0) {
      app.push(await measureAppStart(browser, appUrl));
      bare.push(await measureBareStart(browser, bareUrl, app[0].canvas));
    } else {
      bare.push(await measureBareStart(browser, bareUrl, app[0]?.canvas ?? VIEWPORT));
      app.push(await measureAppStart(browser, appUrl));
    }
  }
  const bareMs = median(bare.map((b) => b.firstDrawnMs));
  const posterMs = median(app.map((a) => a.posterPaintMs));
  const touchMs = median(app.map((a) => a.bodyDrawnOnTouchMs));
  const appGpuDoneMs = median(app.map((a) => a.gpuDoneMs));
  const bareGpuDoneMs = median(bare.map((b) => b.gpuDoneMs));
  const layerFiles =
    /\/models\/(muscles|skeleton|nerves)\.glb$|\/models\/(referral|segments|needling)\.json$/;
  return {
    rounds,
    bareFirstDrawnMs: bareMs,
    posterPaintMs: posterMs,
    firstContentfulPaintMs: median(app.map((a) => a.fcpMs)),
    bodyDrawnOnTouchMs: touchMs,
    gpuDoneMs: { app: appGpuDoneMs, bare: bareGpuDoneMs },
    posterEntry: app[0].posterEntry,
    ratio: {
      posterPaint: posterMs / bareMs,
      bodyDrawnOnTouch: touchMs / bareMs,
      gpuDone: appGpuDoneMs / bareGpuDoneMs,
      // Per round (each app load against the bare load beside it), to show the spread.
      posterPaintPerRound: app.map((a, i) => a.posterPaintMs / bare[i].firstDrawnMs),
      bodyDrawnOnTouchPerRound: app.map((a, i) => a.bodyDrawnOnTouchMs / bare[i].firstDrawnMs),
    },
    layerFilesFetched: [...new Set(app.flatMap((a) => a.fetched.filter((p) => layerFiles.test(p))))],
    raw: { app: app.map(({ fetched, ...rest }) => rest), bare },
  };
}

/** Table rows for run.mjs: [name, value, target, ok (null: not judged)], judged on the ratio as printed (two decimals). */
export function startRows(start) {
  const ms = (n) => `${n.toFixed(0)} ms`;
  const three = (app, ratio) => `${ms(app)} / ${ms(start.bareFirstDrawnMs)} / ${ratio.toFixed(2)}×`;
  return [
    [
      'Body picture painted (app / bare first frame / ratio)',
      three(start.posterPaintMs, start.ratio.posterPaint),
      `≤ ${POSTER_TARGET}×`,
      Number(start.ratio.posterPaint.toFixed(2)) <= POSTER_TARGET,
    ],
    [
      '3D body drawn, pointer on it at once (app / bare / ratio)',
      three(start.bodyDrawnOnTouchMs, start.ratio.bodyDrawnOnTouch),
      `≤ ${TOUCH_TARGET.toFixed(1)}×`,
      Number(start.ratio.bodyDrawnOnTouch.toFixed(2)) <= TOUCH_TARGET,
    ],
    [
      '  the same, once the GPU has finished that frame (app / bare / ratio; for reference)',
      `${ms(start.gpuDoneMs.app)} / ${ms(start.gpuDoneMs.bare)} / ${start.ratio.gpuDone.toFixed(2)}×`,
      '',
      null,
    ],
    [
      'Layer files fetched before anyone asked',
      start.layerFilesFetched.length ? start.layerFilesFetched.join(', ') : 'none',
      'none',
      start.layerFilesFetched.length === 0,
    ],
  ];
}

// Standalone: build (unless --no-build) the app and the bare page, serve them, measure, print.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadavg } = await import('node:os');
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, findChromium } = await import('../find-chromium.mjs');
  const { serveDist } = await import('../serve.mjs');
  const { buildBare } = await import('./orbit.mjs');
  const root = new URL('../..', import.meta.url).pathname;
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const dist = arg('dist') ?? join(root, 'dist');
  if (!process.argv.includes('--no-build')) {
    const { build } = await import('vite');
    await build({ root, logLevel: 'warn', build: { manifest: true, outDir: dist } });
  }
  const bareDir = join(root, 'bench-results', 'bare');
  if (!process.argv.includes('--no-build')) await buildBare(bareDir);
  const listen = async (dir) => {
    const server = await serveDist(dir, { port: 0, host: '127.0.0.1' });
    return { server, url: `http://127.0.0.1:${server.address().port}/` };
  };
  const app = await listen(dist);
  const bare = await listen(bareDir);
  const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
  try {
    const before = loadavg();
    const start = await benchStart(browser, app.url, bare.url, { rounds: Number(arg('rounds') ?? ROUNDS) });
    const after = loadavg();
    console.log(JSON.stringify(start, null, 1));
    for (const [name, value, target] of startRows(start)) console.log(`${name}  ${value}  ${target}`);
    const load = (l) => l.map((n) => n.toFixed(2)).join(', ');
    console.log(`Load average before: ${load(before)}; after: ${load(after)}`);
  } finally {
    await browser.close();
    for (const { server } of [app, bare]) await new Promise((resolve) => server.close(resolve));
  }
}
