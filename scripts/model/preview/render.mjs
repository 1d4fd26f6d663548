// Renders the GLB from several views to PNGs in headless Chromium (software GL).
//   node scripts/model/preview/render.mjs [outDir=.scratch/body-preview] [views...] [--regions] [--rake]
//     [--glb=path/to/file.glb] [--needling[=path/to/needling.json]] (draws points, lines and IMS sites)
//       (--rake: one low grazing light, which shows creases and steps)
// By default it renders this repository's public/models/body.glb into .scratch/ (which git ignores).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../find-chromium.mjs';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

const args = process.argv.slice(2);
const regions = args.includes('--regions');
const rake = args.includes('--rake');
const needlingArg = args.find((a) => a.startsWith('--needling'));
const needling = needlingArg
  ? path.resolve(
      needlingArg.includes('=') ? needlingArg.split('=')[1] : path.join(repo, 'public/models/needling.json'),
    )
  : undefined;
const glbArg = args.find((a) => a.startsWith('--glb='));
const glb = path.resolve(glbArg ? glbArg.slice(6) : path.join(repo, 'public/models/body.glb'));
const rest = args.filter((a) => !a.startsWith('--'));
const out = rest[0] ?? path.join(repo, '.scratch/body-preview');
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
    fs: { allow: [repo, path.dirname(glb), ...(needling ? [path.dirname(needling)] : [])] },
  },
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5199/';
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--headless', '--no-sandbox', ...CHROMIUM_ARGS],
});
try {
  for (const v of views) {
    const n = v.split(',').length;
    const page = await browser.newPage({ viewport: { width: Math.min(1800, 520 * n), height: 800 } });
    for (const mode of regions ? ['shade', 'regions'] : ['shade']) {
      await page.goto(
        `${url}?view=${v}&mode=${mode}&glb=${encodeURIComponent(glb)}${rake ? '&light=rake' : ''}${needling ? `&needling=${encodeURIComponent(needling)}` : ''}`,
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
