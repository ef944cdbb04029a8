#!/usr/bin/env node
// Stops `npm test` at once, with one message and the one command to run, when a program the tests
// use is missing: a Chromium for the browser tests, nginx and Caddy for the server tests, Java for
// the W3C Nu checker. Otherwise hundreds of tests would fail one by one, or a run would stop
// half-way.
import { existsSync } from 'node:fs';
import { missingBrowserMessage } from '../tests/support/browser.mjs';

const browser = missingBrowserMessage();
if (browser) {
  console.error(`check-tools: ${browser}`);
  process.exit(1);
}
const programs = [
  ['/usr/sbin/nginx', 'nginx-light'],
  ['/usr/bin/caddy', 'caddy'],
  ['/usr/bin/java', 'default-jre-headless'],
].filter(([path]) => !existsSync(path));
if (programs.length) {
  console.error(
    `check-tools: missing ${programs.map(([path]) => path).join(', ')}; install with: apt-get install -y ${programs.map(([, pkg]) => pkg).join(' ')}`,
  );
  process.exit(1);
}
