// In-browser figures: paint times, render stats, click-to-panel latency and heap growth.

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function loadOnce(browser, url, { touchAtOnce = false } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { waitUntil: touchAtOnce ? 'domcontentloaded' : 'load' });
  // A person who points at the body straight away starts the 3D without waiting for idle time.
  if (touchAtOnce) await page.locator('.canvas-host').hover({ position: { x: 5, y: 5 } });
  await page.waitForFunction(() => performance.getEntriesByName('ims:body-drawn').length > 0, null, {
    timeout: 60_000,
  });
  const figures = await page.evaluate(() => {
    const drawn = performance.getEntriesByName('ims:body-drawn')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { bodyDrawnMs: drawn.startTime, fcpMs: fcp ? fcp.startTime : Number.NaN, render: drawn.detail };
  });
  return { page, figures };
}

async function clickLatency(page) {
  const canvas = await page.locator('canvas').boundingBox();
  const points = [
    { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height * 0.45 },
    { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height * 0.2 },
  ];
  await page.evaluate(() => {
    const panel = document.getElementById('panel');
    window.__latency = [];
    document
      .querySelector('canvas')
      .addEventListener('pointerup', () => (window.__clickAt = performance.now()), true);
    new MutationObserver(() => {
      if (window.__clickAt) {
        window.__latency.push(performance.now() - window.__clickAt);
        window.__clickAt = 0;
      }
    }).observe(panel, { childList: true, subtree: true, characterData: true });
  });
  for (let i = 0; i < 12; i++) {
    await page.mouse.click(points[i % 2].x, points[i % 2].y);
    // Software WebGL can hold the main thread for a frame: wait for this click's panel change.
    await page
      .waitForFunction((n) => window.__latency.length > n, i, { timeout: 5000 })
      .catch(() => undefined);
  }
  const latencies = await page.evaluate(() => window.__latency);
  if (latencies.length < 6)
    throw new Error(
      `Only ${latencies.length} clicks reached the panel; is the body in the middle of the view?`,
    );
  return median(latencies);
}

async function heapGrowth(page, selections) {
  const cdp = await page.context().newCDPSession(page);
  const select = (count) =>
    page.evaluate(async (n) => {
      const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const backToList = async () => {
        document.querySelector('.back-link')?.click();
        await pause();
      };
      for (let i = 0; i < n; i++) {
        await backToList();
        const buttons = document.querySelectorAll('[aria-labelledby="regions-heading"] button');
        buttons[(i * 7) % buttons.length].click();
        await (i % 10 === 0 ? frame() : pause());
      }
      await backToList();
    }, count);
  const usedHeap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await select(50); // warm-up: caches, JIT, first-use allocations
  const before = await usedHeap();
  await select(selections);
  const after = await usedHeap();
  await cdp.detach();
  return after - before;
}

export async function benchPage(browser, url) {
  const touched = await loadOnce(browser, url, { touchAtOnce: true });
  await touched.page.close();
  const loads = [];
  for (let i = 0; i < 3; i++) {
    const { page, figures } = await loadOnce(browser, url);
    loads.push(figures);
    if (i < 2) await page.close();
    else {
      const clickToPanelMs = await clickLatency(page);
      const heapGrowthBytes = await heapGrowth(page, 500);
      await page.close();
      return {
        firstContentfulPaintMs: median(loads.map((l) => l.fcpMs)),
        bodyDrawnMs: median(loads.map((l) => l.bodyDrawnMs)),
        bodyDrawnOnTouchMs: touched.figures.bodyDrawnMs,
        render: loads[loads.length - 1].render,
        clickToPanelMs,
        heapGrowthBytes,
      };
    }
  }
  throw new Error('unreachable');
}
