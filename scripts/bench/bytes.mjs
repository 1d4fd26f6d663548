// Bytes the browser downloads: the start-up JavaScript (the page's entry, the app's code that the
// entry starts right after the first paint, and their static imports) versus everything, raw, gzip
// and brotli, read from Vite's build manifest.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function sizes(path) {
  const data = readFileSync(path);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function add(a, b) {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const ZERO = { raw: 0, gzip: 0, brotli: 0 };

export function jsBytes(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entries = Object.values(manifest).filter((chunk) => chunk.isEntry);
  const initial = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  // The entry (src/boot.ts) and the app's code (the chunk vite.config.ts names 'app'), which it
  // imports as soon as the page has painted.
  const startup = entries
    .flatMap((entry) => entry.dynamicImports ?? [])
    .filter((key) => manifest[key]?.name === 'app');
  if (startup.length !== 1) throw new Error('The build manifest has no app chunk started by the entry');
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  for (const key of startup) visit(key);
  const all = new Set(
    Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => file.endsWith('.js')),
  );
  const total = [...all].reduce((sum, file) => add(sum, sizes(join(distDir, file))), ZERO);
  const first = [...initial]
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, file) => add(sum, sizes(join(distDir, file))), ZERO);
  const css = [...entries, ...startup.map((key) => manifest[key])]
    .flatMap((e) => e.css ?? [])
    .reduce((sum, file) => add(sum, sizes(join(distDir, file))), ZERO);
  return { firstPaint: first, total, css, chunks: all.size };
}

export function modelBytes(path) {
  return { ...sizes(path), file: statSync(path).size };
}
