// How tests and scripts launch Chromium: Playwright's own build when it is installed, otherwise
// Debian's /usr/bin/chromium (browsers cannot be downloaded on CI machines), or the one CHROMIUM
// names. As root, Chromium
// needs --no-sandbox. The background-networking flags keep Chromium from calling home, so the
// only requests a test sees are the site's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Playwright's own Chromium, when it is installed; else '' . */
function bundledChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : '';
  } catch {
    return '';
  }
}

/** The Chromium the tests will launch: Playwright's own, else Debian's; null when there is neither. */
export function findChromium() {
  return bundledChromium() || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null);
}

/**
 * Why the browser tests cannot run, with the one command that fixes it; null when a browser is there.
 * The command is the distribution's package where apt-get exists (downloads may be blocked there),
 * else Playwright's download.
 */
export function missingBrowserMessage() {
  if (findChromium()) return null;
  const command = existsSync('/usr/bin/apt-get')
    ? 'apt-get install -y chromium'
    : 'npx playwright install chromium';
  return `No Chromium for the browser tests: neither Playwright's own nor ${DEBIAN_CHROMIUM} is installed. Run: ${command}`;
}

/** Launch options for chromium.launch() / Playwright's `use.launchOptions`. */
export function launchOptions() {
  return {
    ...(bundledChromium() ? {} : { executablePath: DEBIAN_CHROMIUM }),
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
