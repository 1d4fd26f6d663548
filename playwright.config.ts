import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4319);
const executablePath = await findChromium();
// Specs that need other browser flags (no WebGL) reuse the same browser through this.
process.env.IMS_CHROMIUM = executablePath;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two cores render WebGL in software: two workers is the most that stays stable.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  // The e2e build, served by the same server as `npm start` (its 404 page and long-address replies too).
  webServer: {
    command: `npx vite build --mode e2e --logLevel warn && node scripts/start.mjs --dir dist-e2e`,
    env: { PORT: String(PORT), HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
