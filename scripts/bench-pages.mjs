#!/usr/bin/env node
/**
 * Page benchmark: Lighthouse scores of three representative pages of the real site.
 *
 * Builds the site into dist/ (skip with `--no-build`), serves it with `astro preview` on
 * http://127.0.0.1:4410, then runs Lighthouse (programmatic API, Debian's Chromium through
 * chrome-launcher) with its default settings: mobile form factor, simulated throttling (slow 4G,
 * 4× CPU slowdown). The pages: the timeline `/`, one event page and one actor page.
 * Prints a markdown table (category scores 0–100, total transfer size from the
 * `total-byte-weight` audit, Largest Contentful Paint, Total Blocking Time), then, for each
 * category under 100, the audits that fail, by id and title. The server and Chromium are always
 * stopped at the end. Progress goes to stderr, figures to stdout.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { runMeasured } from './bench/measure.mjs';
import { markdownTable } from './bench/table.mjs';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const HOST = '127.0.0.1';
const PORT = 4410;
const ORIGIN = `http://${HOST}:${PORT}`;
const PAGES = [
  '/',
  '/events/2025-09-25-microsoft-cuts-off-unit-8200-services/',
  '/actors/unit-8200/',
];
const CATEGORIES = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best Practices',
  seo: 'SEO',
};
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const log = (message) => console.error(`[bench:pages] ${message}`);

/**
 * Starts `astro preview` on dist/ and waits until it answers.
 * @returns {Promise<import('node:child_process').ChildProcess>} the server process.
 */
async function startServer() {
  const server = spawn(
    process.execPath,
    [ASTRO, 'preview', '--ignore-lock', '--host', HOST, '--port', String(PORT)],
    {
      cwd: PROJECT,
      env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  for (let waited = 0; waited < 30_000; waited += 200) {
    if (server.exitCode !== null)
      throw new Error(`astro preview exited (${server.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${ORIGIN} within 30 s:\n${output}`);
}

/**
 * Stops a child process and waits for it to exit.
 * @param {import('node:child_process').ChildProcess} child
 */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * The audits of a category that do not pass (score below 1, ignoring manual, not applicable and
 * informative audits).
 * @param {import('lighthouse').Result} lhr a Lighthouse result.
 * @param {string} category a category id.
 * @returns {string[]} "id (title)" of each failing audit.
 */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        !['manual', 'notApplicable', 'informative'].includes(a.scoreDisplayMode),
    )
    .map((a) => `${a.id} (${a.title})`);
}

/**
 * Builds the site (unless `--no-build`).
 * @returns {Promise<boolean>} whether dist/ is ready to serve.
 */
async function build() {
  if (process.argv.includes('--no-build')) return true;
  log('building the site into dist/…');
  const run = await runMeasured(process.execPath, [ASTRO, 'build'], { cwd: PROJECT });
  if (run.ok) log(`built in ${run.seconds.toFixed(1)} s`);
  else
    console.log(
      `The build failed (exit ${run.code}). Last 30 lines:\n\n${run.output.trimEnd().split('\n').slice(-30).join('\n')}`,
    );
  return run.ok;
}

/**
 * Runs Lighthouse on each page, one after the other, in one Chromium.
 * @param {number} port Chromium's remote-debugging port.
 * @returns {Promise<Array<{path: string, lhr: import('lighthouse').Result}>>}
 */
async function audit(port) {
  const results = [];
  for (const path of PAGES) {
    log(`Lighthouse: ${path}`);
    const { lhr } = await lighthouse(`${ORIGIN}${path}`, {
      port,
      logLevel: 'error',
      onlyCategories: Object.keys(CATEGORIES),
    });
    if (lhr.runtimeError) log(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    results.push({ path, lhr });
  }
  return results;
}

/**
 * Prints the table of figures, then the failing audits of each category under 100.
 * @param {Array<{path: string, lhr: import('lighthouse').Result}>} results what `audit` returned.
 */
function report(results) {
  const score = (lhr, id) =>
    lhr.categories[id].score === null ? '-' : Math.round(lhr.categories[id].score * 100);
  const value = (lhr, id, divisor = 1) =>
    Math.round((lhr.audits[id].numericValue ?? NaN) / divisor);
  console.log(
    `\n### Lighthouse ${results[0].lhr.lighthouseVersion}, mobile, simulated throttling\n`,
  );
  console.log(
    markdownTable(
      ['page', ...Object.values(CATEGORIES), 'transfer KB', 'LCP ms', 'TBT ms'],
      results.map(({ path, lhr }) => [
        path,
        ...Object.keys(CATEGORIES).map((id) => score(lhr, id)),
        value(lhr, 'total-byte-weight', 1024),
        value(lhr, 'largest-contentful-paint'),
        value(lhr, 'total-blocking-time'),
      ]),
    ),
  );
  const failures = results.flatMap(({ path, lhr }) =>
    Object.entries(CATEGORIES)
      .filter(([id]) => lhr.categories[id].score !== null && lhr.categories[id].score < 1)
      .map(
        ([id, name]) =>
          `- ${path} ${name} ${score(lhr, id)}: ${failingAudits(lhr, id).join('; ') || 'no single failing audit'}`,
      ),
  );
  console.log(
    failures.length
      ? `\nCategories under 100, with the audits that fail:\n\n${failures.join('\n')}`
      : '\nEvery category scores 100 on every page.',
  );
}

let server;
let chrome;
try {
  if (await build()) {
    server = await startServer();
    log(`serving dist/ at ${ORIGIN}`);
    chrome = await launch({
      chromePath: '/usr/bin/chromium',
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
    });
    report(await audit(chrome.port));
  } else {
    process.exitCode = 1;
  }
} finally {
  if (chrome) await chrome.kill();
  if (server) await stop(server);
}
