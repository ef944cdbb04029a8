import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { launchOptions, missingBrowserMessage } from './tests/support/browser.mjs';

// No browser: stop here with the one command to run, before any test starts.
const noBrowser = missingBrowserMessage();
if (noBrowser) throw new Error(noBrowser);

/**
 * A port no other process listens on, asked of the system: two runs at once (in two clones, say)
 * never share a server. It is put in E2E_PORT so Playwright's worker processes, which read this
 * file again, use the same one.
 */
function freePort(): number {
  const script =
    "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}
process.env.E2E_PORT ||= String(freePort());
const port = Number(process.env.E2E_PORT);

/**
 * Browser tests run against the built site in dist/ (run `npm run build` first; `npm test` builds
 * it once, in test:build, and these tests serve that build), served on localhost by
 * scripts/serve.mjs with the production headers of dist/_headers. No request leaves localhost.
 * OUT_DIR points them at another build; E2E_PORT fixes the port (default: a free one per run).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers: the machines have two cores, and the static server is light.
  workers: 2,
  // One line per test as it finishes, then every failure in full.
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
