// How tests and scripts launch Chromium: Playwright's own build when it is installed, otherwise
// Debian's /usr/bin/chromium (browsers cannot be downloaded on CI machines). As root, Chromium
// needs --no-sandbox. The background-networking flags keep Chromium from calling home, so the
// only requests a test sees are the site's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Launch options for chromium.launch() / Playwright's `use.launchOptions`. */
export function launchOptions() {
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  const useDebian = !(bundled && existsSync(bundled));
  return {
    ...(useDebian ? { executablePath: '/usr/bin/chromium' } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  };
}
