// `npm run poster`: photographs the real 3D scene in its starting view and saves it as
// public/models/body-poster.webp, the picture that stands in until the 3D has drawn. Run it after
// `npm run model` or a change to the scene's look; a unit test checks it matches the model.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveDist } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
await build({ root, logLevel: 'warn' });
const server = await serveDist(join(root, 'dist'), { port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1.5 });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  // Hover starts the 3D at once; then wait for its first frame.
  await page.locator('.canvas-host').hover({ position: { x: 5, y: 5 } });
  await page.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: 60_000,
  });
  await page.addStyleTag({
    content:
      '.view-controls, .hover-label, .body-poster { display: none !important } html, body, .app, .main, .stage { background: transparent !important }',
  });
  await page.waitForTimeout(300);
  const png = await page.locator('canvas').screenshot({ omitBackground: true });
  // Crop to the figure's width (keeping the full height, so it lines up with the 3D view) and
  // encode as WebP in the browser, which keeps the transparency.
  const dataUrl = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const full = new OffscreenCanvas(image.width, image.height);
    const ctx = full.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height);
    let left = width;
    let right = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (data[(y * width + x) * 4 + 3] > 8) {
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    // Symmetric about the centre, so the picture centres the same way as the 3D view.
    const half = Math.max(width / 2 - left, right - width / 2) + 4;
    const x0 = Math.max(0, Math.floor(width / 2 - half));
    const cropped = document.createElement('canvas');
    cropped.width = Math.min(width, Math.ceil(half * 2));
    cropped.height = height;
    cropped.getContext('2d').drawImage(image, x0, 0, cropped.width, height, 0, 0, cropped.width, height);
    return cropped.toDataURL('image/webp', 0.82);
  }, png.toString('base64'));
  const webp = Buffer.from(dataUrl.split(',')[1], 'base64');
  writeFileSync(join(root, 'public/models/body-poster.webp'), webp);
  const modelSha256 = createHash('sha256')
    .update(readFileSync(join(root, 'public/models/body.glb')))
    .digest('hex');
  writeFileSync(
    join(root, 'public/models/body-poster.json'),
    `${JSON.stringify({ modelSha256 }, null, 2)}\n`,
  );
  console.log(`Wrote public/models/body-poster.webp (${(webp.length / 1024).toFixed(1)} KB).`);
} finally {
  await browser.close();
  server.close();
}
