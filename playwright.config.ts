import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4399);

/**
 * Browser tests run against the built site in dist/ (run `npm run build` first; `npm test` does),
 * served on localhost by `astro preview`. No request leaves localhost.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  forbidOnly: true,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: launchOptions(),
  },
  webServer: {
    command: `node scripts/serve.mjs --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
