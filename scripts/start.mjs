// `npm start`: build the production bundle when it is missing or older than the sources, then serve
// it locally. Honours PORT (default 4173) and HOST (default 127.0.0.1; use 0.0.0.0 for a wall screen
// on the same network). `--dir <folder>` serves a folder that is already built instead (the browser
// tests serve their own build, dist-e2e, with this same server).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { serveDist } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values: args } = parseArgs({ options: { dir: { type: 'string' } }, strict: false });
const servedDir = typeof args.dir === 'string' ? resolve(args.dir) : join(root, 'dist');
const builtIndex = join(root, 'dist', 'index.html');

function newestChange(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function buildIsStale() {
  if (!existsSync(builtIndex)) return true;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(root, p));
  return Math.max(...sources.filter(existsSync).map(newestChange)) > statSync(builtIndex).mtimeMs;
}

if (args.dir) {
  if (!existsSync(join(servedDir, 'index.html'))) {
    console.error(`Nothing to serve: ${servedDir} has no index.html. Build it first.`);
    process.exit(1);
  }
} else if (buildIsStale()) {
  console.log('Building IMS Explorer (first run or the sources changed)…');
  await build({ root, logLevel: 'warn' });
}

const port = Number.parseInt(process.env.PORT ?? '', 10) || 4173;
const host = process.env.HOST || '127.0.0.1';
try {
  await serveDist(servedDir, { port, host });
} catch (error) {
  console.error(
    error.code === 'EADDRINUSE' ? `Port ${port} is in use. Try: PORT=${port + 1} npm start` : error,
  );
  process.exit(1);
}
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log('\nIMS Explorer is running. Open this address in your browser:');
console.log(`  http://${shown}:${port}/`);
if (shown !== host)
  console.log("  (other devices on your network can use this computer's address instead of localhost)");
console.log('\nPress Ctrl+C to stop.');
