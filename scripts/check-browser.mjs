#!/usr/bin/env node
// Stops `npm test` and `npm run test:e2e` at once, with one message and the one command to run,
// when there is no Chromium to run the browser tests with (instead of every browser test failing).
import { missingBrowserMessage } from '../tests/support/browser.mjs';

const message = missingBrowserMessage();
if (message) {
  console.error(`check-browser: ${message}`);
  process.exit(1);
}
