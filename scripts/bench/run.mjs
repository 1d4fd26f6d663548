// `npm run bench`: build for production, serve it, and measure it in headless Chromium.
// Prints a table of figures and their targets; writes bench-results/latest.json.
// Also builds a bare React Three Fiber page (scripts/bench/bare) and prints the orbit figures
// (orbit.mjs) and the start figures (start.mjs: the body's picture painted, the 3D drawn with a
// pointer on it at once) as ratios to it, since absolute times differ from machine to machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { serveDist } from '../serve.mjs';
import { jsBytes, modelBytes } from './bytes.mjs';
import { benchLayers, buildE2e, layerRows } from './layers.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { benchOrbit, buildBare, orbitRows } from './orbit.mjs';
import { benchPage } from './page.mjs';
import { benchStart, startRows } from './start.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const skipLighthouse = process.argv.includes('--no-lighthouse');

console.log('Building the production bundle…');
await build({ root, logLevel: 'warn', build: { manifest: true } });
console.log('Building the bare React Three Fiber page to compare with…');
const bareDir = await buildBare(join(root, 'bench-results', 'bare'));
console.log('Building the e2e copy (test hook) for the layer figures…');
const e2eDir = await buildE2e(root);

// The same server as `npm start`, so the figures are what a user gets.
const server = await serveDist(dist, { port: 0, host: '127.0.0.1' });
const address = server.address();
const url = `http://127.0.0.1:${address.port}/`;
const bareServer = await serveDist(bareDir, { port: 0, host: '127.0.0.1' });
const bareUrl = `http://127.0.0.1:${bareServer.address().port}/`;
const e2eServer = await serveDist(e2eDir, { port: 0, host: '127.0.0.1' });
const e2eUrl = `http://127.0.0.1:${e2eServer.address().port}/`;
const executablePath = await findChromium();

const results = {
  date: new Date().toISOString(),
  bytes: jsBytes(dist),
  model: modelBytes(join(dist, 'models', 'body.glb')),
};

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  Object.assign(results, await benchPage(browser, url));
  try {
    const { benchCycle } = await import('./cycle.mjs');
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    results.cycle = await benchCycle(page, url);
    await page.close();
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  results.orbit = await benchOrbit(browser, url, bareUrl);
  // The body's picture and the 3D with a pointer on it at once, as ratios to the bare page's
  // first frame, measured in turns with it (start.mjs).
  results.start = await benchStart(browser, url, bareUrl);
  // The ratios are the figures to read; the load says how busy the machine was meanwhile.
  results.orbit.loadAverage = loadavg();
  results.orbit.cores = cpus().length;
  results.layers = await benchLayers(browser, e2eUrl, bareUrl);
} finally {
  await browser.close();
}
if (!skipLighthouse) results.lighthouse = await runLighthouse(executablePath, url);
await new Promise((resolve) => server.close(resolve));
await new Promise((resolve) => bareServer.close(resolve));
await new Promise((resolve) => e2eServer.close(resolve));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [
  [
    'Start-up JS: entry and app code, before the 3D chunk (brotli)',
    kb(results.bytes.firstPaint.brotli),
    '≤ 100 KB',
    results.bytes.firstPaint.brotli <= 100 * 1024,
  ],
  ['Start-up JS (gzip)', kb(results.bytes.firstPaint.gzip), '', null],
  [
    'JS in total (brotli / gzip)',
    `${kb(results.bytes.total.brotli)} / ${kb(results.bytes.total.gzip)}`,
    '',
    null,
  ],
  ['CSS (brotli)', kb(results.bytes.css.brotli), '', null],
  [
    'Model body.glb (file / gzip)',
    `${kb(results.model.file)} / ${kb(results.model.gzip)}`,
    '≤ 400 KB',
    results.model.file <= 400 * 1024,
  ],
  ['Triangles drawn', String(results.render.triangles), '', null],
  ['Draw calls', String(results.render.calls), '≤ 64', results.render.calls <= 64],
  ['First text paint (median)', `${results.firstContentfulPaintMs.toFixed(0)} ms`, '', null],
  ['First drawn body frame (median, 3D starts when idle)', `${results.bodyDrawnMs.toFixed(0)} ms`, '', null],
  [
    'First drawn body frame (pointer on the body at once)',
    `${results.bodyDrawnOnTouchMs.toFixed(0)} ms`,
    '',
    null,
  ],
  ['Click-to-panel latency (median)', `${results.clickToPanelMs.toFixed(1)} ms`, '', null],
  [
    'JS heap growth, 500 selections',
    kb(results.heapGrowthBytes),
    '≤ 2048 KB',
    results.heapGrowthBytes <= 2 * 1024 * 1024,
  ],
];
if (results.cycle) {
  rows.push(['Pain cycle: JS per frame', `${results.cycle.jsMsPerFrame.toFixed(2)} ms`, '', null]);
  rows.push([
    'Pain cycle: heap growth, 20 loops',
    kb(results.cycle.heapGrowthBytesAfter20Loops),
    '≤ 1024 KB',
    results.cycle.heapGrowthBytesAfter20Loops <= 1024 * 1024,
  ]);
}
rows.push(...startRows(results.start));
rows.push(...orbitRows(results.orbit));
rows.push(...layerRows(results.layers));
if (results.lighthouse) {
  const lh = results.lighthouse;
  rows.push(['Lighthouse mobile: performance', String(lh.performance), '≥ 90', lh.performance >= 90]);
  rows.push(['Lighthouse mobile: accessibility', String(lh.accessibility), '100', lh.accessibility === 100]);
  rows.push(['Lighthouse mobile: best practices', String(lh.bestPractices), '100', lh.bestPractices === 100]);
}

console.log('\nIMS Explorer benchmark (production build, headless Chromium, software WebGL)\n');
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, target, ok] of rows) {
  const mark = ok === null ? '' : ok ? '  ok' : '  MISSED';
  console.log(`${name.padEnd(width)}  ${value.padStart(20)}  ${target.padEnd(10)}${mark}`);
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const load = results.orbit.loadAverage.map((n) => n.toFixed(2)).join(', ');
console.log(`\nLoad average after the orbit figures (1, 5, 15 min): ${load} on ${results.orbit.cores} cores`);
console.log('Full figures: bench-results/latest.json');
