// `npm run headers -- [folder]`: writes the security headers for static hosts into a built folder
// (dist/ by default), with frame-ancestors from the clinic.json in that folder. Run it after
// putting or changing clinic.json's "embedOrigins" there.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeHostFiles } from './host-files.mjs';

const dir = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(dir, 'index.html'))) {
  console.error(`${dir} has no index.html: build the app first (npm run build).`);
  process.exit(1);
}
const { origins, problems } = writeHostFiles(dir);
for (const problem of problems) console.warn(`clinic.json: ${problem}`);
console.log(
  `Wrote _headers, .htaccess, hosting/nginx-headers.conf and hosting/vercel.json in ${dir}.\n` +
    `Sites allowed to show the app in a frame: ${origins.length ? origins.join(', ') : 'none (the app itself only)'}.`,
);
