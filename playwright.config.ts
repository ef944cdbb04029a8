import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/support/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4399);

/**
 * Browser tests run against the built site in dist/ (run `npm run build` first; `npm test` does),
 * served on localhost by scripts/serve.mjs with the production headers of dist/_headers. No
 * request leaves localhost. OUT_DIR and E2E_PORT point them at another build and port.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers: the machines have two cores, and the static server is light.
  workers: 2,
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
