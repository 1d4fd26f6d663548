// Pain-cycle explainer figures for `npm run bench` (called from run.mjs), or standalone:
//   node scripts/bench/cycle.mjs            (builds production, serves it, measures, prints)
//
// jsMsPerFrame: all JavaScript the page runs per drawn frame while the animation plays at normal
// speed (CDP ScriptDuration ÷ frames the close-up drew). ownMsPerFrame: the explainer's own
// per-frame code only (clock tick + scene update, timed in the page by window.__imsCyclePerf).
// heapGrowthBytesAfter20Loops: JS heap after 20 full plays of the timeline minus the heap after
// three warm-up plays, both after a forced garbage collection. The plays run 60× faster than real
// time (window.__imsCyclePerf.timeScale) so 20 loops take about a minute instead of half an hour.

const FAST = 60;
const LOOPS = 20;
// The first plays grow the heap with compiled code and caches that then stay flat; measure after them.
const WARM_UP_LOOPS = 3;

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}

const perf = (page) => page.evaluate(() => ({ ...window.__imsCyclePerf }));

async function playOnce(page) {
  const before = (await perf(page)).loops;
  await page.getByRole('button', { name: /^Play/ }).click();
  await page.waitForFunction((n) => window.__imsCyclePerf.loops > n, before, {
    timeout: 120_000,
    polling: 250,
  });
}

export async function benchCycle(page, baseUrl) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  await page.goto(`${baseUrl}?cycle=spine-wear`);
  await page.waitForFunction(() => document.documentElement.dataset.cycleReady === 'true', null, {
    timeout: 60_000,
  });

  // Per-frame JavaScript while playing at normal speed for a few seconds.
  const seconds = 6;
  const start = { page: await perf(page), cdp: await metrics(cdp) };
  await page.getByRole('button', { name: /^Play/ }).click();
  await page.waitForTimeout(seconds * 1000);
  const end = { page: await perf(page), cdp: await metrics(cdp) };
  await page.getByRole('button', { name: 'Pause' }).click();
  const frames = end.page.frames - start.page.frames;
  const jsMsPerFrame = ((end.cdp.ScriptDuration - start.cdp.ScriptDuration) * 1000) / Math.max(1, frames);
  const ownMsPerFrame = (end.page.jsMs - start.page.jsMs) / Math.max(1, frames);

  // Heap growth over 20 full loops, after the warm-up loops.
  await page.evaluate((scale) => {
    window.__imsCyclePerf.timeScale = scale;
  }, FAST);
  for (let i = 0; i < WARM_UP_LOOPS; i++) await playOnce(page);
  const heapBefore = await heapAfterGc(cdp);
  for (let i = 0; i < LOOPS; i++) await playOnce(page);
  const heapAfter = await heapAfterGc(cdp);
  await page.evaluate(() => {
    window.__imsCyclePerf.timeScale = 1;
  });
  await cdp.detach();

  return {
    jsMsPerFrame,
    heapGrowthBytesAfter20Loops: heapAfter - heapBefore,
    ownMsPerFrame,
    framesPerSecond: frames / seconds,
    heapBytesBefore: heapBefore,
  };
}

// Standalone: build, serve, measure, print.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('@playwright/test');
  const { build, preview } = await import('vite');
  const { CHROMIUM_ARGS, findChromium } = await import('../find-chromium.mjs');
  const root = new URL('../..', import.meta.url).pathname;
  if (!process.argv.includes('--no-build')) await build({ root, logLevel: 'warn' });
  const server = await preview({
    root,
    preview: { port: 0, host: '127.0.0.1', open: false },
    logLevel: 'warn',
  });
  const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
  const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const result = await benchCycle(page, url);
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `Pain cycle: ${result.jsMsPerFrame.toFixed(2)} ms JS per frame (own code ${result.ownMsPerFrame.toFixed(3)} ms, ` +
        `${result.framesPerSecond.toFixed(0)} fps in software WebGL); heap growth after ${LOOPS} loops ` +
        `${(result.heapGrowthBytesAfter20Loops / 1024).toFixed(1)} KB (target ≤ 1024 KB).`,
    );
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
}
