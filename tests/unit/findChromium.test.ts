import { afterEach, describe, expect, it, vi } from 'vitest';

// Which paths "exist" in each test; everything else does not.
const present = new Set<string>();
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, existsSync: (path: string) => present.has(path) };
});

const { findChromium } = await import('../../scripts/find-chromium.mjs');

afterEach(() => {
  present.clear();
  vi.unstubAllEnvs();
});

describe('findChromium', () => {
  it('uses CHROMIUM_PATH first', async () => {
    present.add('/opt/my-chrome').add('/usr/bin/chromium');
    vi.stubEnv('CHROMIUM_PATH', '/opt/my-chrome');
    await expect(findChromium()).resolves.toBe('/opt/my-chrome');
  });

  it('says so when CHROMIUM_PATH points at nothing', async () => {
    present.add('/usr/bin/chromium');
    vi.stubEnv('CHROMIUM_PATH', '/nowhere/chrome');
    await expect(findChromium()).rejects.toThrow(/CHROMIUM_PATH.*\/nowhere\/chrome/);
  });

  it('falls back to the system Chromium', async () => {
    vi.stubEnv('CHROMIUM_PATH', '');
    present.add('/usr/bin/chromium');
    await expect(findChromium()).resolves.toBe('/usr/bin/chromium');
  });

  it('explains how to get a browser when there is none', async () => {
    vi.stubEnv('CHROMIUM_PATH', '');
    await expect(findChromium()).rejects.toThrow(
      /apt-get install -y chromium[\s\S]*npx playwright install chromium/,
    );
  });
});
