// Renders the GLB from several views to PNGs in headless Chromium (software GL).
//   node scripts/model/preview/render.mjs [outDir=/tmp/body-preview] [views...] [--regions] [--rake]
//     [--glb=/path/to/file.glb]   (--rake: one low grazing light, which shows creases and steps)
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const regions = args.includes('--regions');
const rake = args.includes('--rake');
const glbArg = args.find((a) => a.startsWith('--glb='));
const glb = glbArg ? glbArg.slice(6) : '/work/main/public/models/body.glb';
const rest = args.filter((a) => !a.startsWith('--'));
const out = rest[0] ?? '/tmp/body-preview';
const views =
  rest.length > 1
    ? rest.slice(1)
    : ['front,back,left,threequarter', 'face,faceside,hand,handin', 'knee,kneeback,foot,footback'];
await mkdir(out, { recursive: true });

const root = fileURLToPath(new URL('.', import.meta.url));
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: {
    port: 5199,
    strictPort: false,
    fs: { allow: ['/work/main', glb.slice(0, glb.lastIndexOf('/'))] },
  },
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5199/';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  for (const v of views) {
    const n = v.split(',').length;
    const page = await browser.newPage({ viewport: { width: Math.min(1800, 520 * n), height: 800 } });
    for (const mode of regions ? ['shade', 'regions'] : ['shade']) {
      await page.goto(
        `${url}?view=${v}&mode=${mode}&glb=${encodeURIComponent(glb)}${rake ? '&light=rake' : ''}`,
      );
      await page.waitForFunction(() => window.__done === true, null, { timeout: 60000 });
      const file = `${out}/${v.replaceAll(',', '_')}${mode === 'regions' ? '-regions' : ''}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
