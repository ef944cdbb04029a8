#!/usr/bin/env node
/**
 * Page benchmark: what a reader's first screen costs, and Lighthouse scores of five pages.
 *
 * Builds the site into dist/ (skip with `--no-build`), then, side by side in one run:
 * 1. bytes per page type before the first headline can paint (gzip: HTML up to the headline,
 *    blocking CSS, blocking scripts, fonts that block text; scripts/bench/first-paint.mjs), against
 *    the 14 KB one round trip carries (target for the home page and event pages);
 * 2. the time to the first event headline on the home page and the headline of an event page,
 *    under 4× CPU slowdown and slow 4G at 390 px, each against a bare HTML page holding only the
 *    same headlines (median of `RUNS` cold loads each, served with gzip): the ratio's goal is ≤ 1.2×;
 * 3. the home page at 3,000 and 10,000 synthetic events (scripts/bench/content.mjs; `--scale=N,M`
 *    chooses, `--no-scale` skips; each size is a full build, minutes each): its gzip size (target
 *    < 60 KB), how many events it lists and how many year pages it links;
 * 4. Lighthouse: serves dist/ with `astro preview` on http://127.0.0.1:4410 (BENCH_PORT changes
 *    it; the timing server takes the next port), then runs Lighthouse (programmatic API, Debian's Chromium through
 * chrome-launcher) with its default settings: mobile form factor, simulated throttling (slow 4G,
 * 4× CPU slowdown). The pages: the timeline `/`, one event page and one actor page, the Arabic home page and a Hebrew event page (fonts of their own).
 * Prints a markdown table (category scores 0–100, total transfer size from the
 * `total-byte-weight` audit, Largest Contentful Paint, Total Blocking Time), then, for each
 * category under 100, the audits that fail, by id and title. The server and Chromium are always
 * stopped at the end. Progress goes to stderr, figures to stdout.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { launchOptions } from '../tests/support/browser.mjs';
import { generateContent } from './bench/content.mjs';
import {
  bareHeadlinesPage,
  blockingBytes,
  serveWithGzip,
  timeToHeadline,
} from './bench/first-paint.mjs';
import { runMeasured } from './bench/measure.mjs';
import { markdownTable } from './bench/table.mjs';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const HOST = '127.0.0.1';
const PORT = Number(process.env.BENCH_PORT ?? 4410);
const RUNS = 3;
const ONE_ROUND_TRIP = 14 * 1024;
const SCALE_LIMIT = 60 * 1024;
const ORIGIN = `http://${HOST}:${PORT}`;
const PAGES = [
  '/',
  '/events/2025-09-25-microsoft-cuts-off-unit-8200-services/',
  '/actors/unit-8200/',
];
/** The right-to-left editions' home and event pages, which load their own fonts. */
const EDITION_PAGES = ['/ar/', '/he/events/2025-09-25-microsoft-cuts-off-unit-8200-services/'];
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
  for (const path of [...PAGES, ...EDITION_PAGES]) {
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
      [
        'page',
        ...Object.values(CATEGORIES),
        'transfer KB',
        'LCP ms',
        'TBT ms',
        'CLS',
        'DOM elements',
      ],
      results.map(({ path, lhr }) => [
        path,
        ...Object.keys(CATEGORIES).map((id) => score(lhr, id)),
        value(lhr, 'total-byte-weight', 1024),
        value(lhr, 'largest-contentful-paint'),
        value(lhr, 'total-blocking-time'),
        (lhr.audits['cumulative-layout-shift'].numericValue ?? NaN).toFixed(3),
        value(lhr, 'dom-size'),
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

const DIST = join(PROJECT, 'dist');
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One built page of each type a reader meets, by its site path. */
function pageTypes(dist) {
  const list = (dir) => {
    try {
      return readdirSync(join(dist, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    } catch {
      return [];
    }
  };
  const first = (dir) => (list(dir)[0] ? `/${dir}/${list(dir)[0]}/` : null);
  const types = {
    home: '/',
    event: PAGES[1],
    actor: PAGES[2],
    actors: '/actors/',
    source: first('sources'),
    sources: '/sources/',
    year: first('years'),
    tag: first('tags'),
    status: first('status'),
    about: '/about/',
    search: '/search/',
    'home (ar)': '/ar/',
    'event (ar)': `/ar${PAGES[1]}`,
    'home (he)': '/he/',
    'event (he)': `/he${PAGES[1]}`,
  };
  return Object.entries(types).filter(([, path]) => path && existsSync(join(dist, path)));
}

/** Prints the bytes before first paint per page type. */
function reportBytes() {
  const rows = pageTypes(DIST).map(([type, path]) => {
    const b = blockingBytes(DIST, path);
    const target = /^(home|event)\b/.test(type);
    return [
      type,
      path,
      kb(b.htmlAll),
      kb(b.html),
      kb(b.css),
      kb(b.js),
      `${kb(b.fonts)} (${b.fontFaces} @font-face, ${b.blockingFontFiles} blocking)`,
      `${kb(b.total)}${target ? (b.total <= ONE_ROUND_TRIP ? ' ✓' : ' ✗') : ''}`,
    ];
  });
  console.log(
    '\n### Bytes before the first headline can paint (gzip KB; target ≤ 14 for home and event)\n',
  );
  console.log(
    markdownTable(
      [
        'type',
        'page',
        'whole HTML',
        'HTML to headline',
        'blocking CSS',
        'blocking JS',
        'fonts',
        'before headline',
      ],
      rows,
    ),
  );
}

/** The headlines a page shows, in order (its event entries', else its h1), from the built file. */
function headlinesOf(path) {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const text = (s) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim();
  const entries = [
    ...html.matchAll(/<li\b[^>]*\bdata-status[^>]*>[\s\S]*?<h[2-4][^>]*>([\s\S]*?)<\/h[2-4]>/g),
  ].map((m) => text(m[1]));
  if (entries.length) return entries;
  const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/);
  return h1 ? [text(h1[1])] : [];
}

/** Times the first headline of home and event against bare pages of the same headlines. */
async function reportTimes() {
  const cases = [
    { type: 'home', path: '/', selector: 'main li[data-status] article :is(h2, h3, h4)' },
    { type: 'event', path: PAGES[1], selector: 'main h1' },
  ];
  const extra = Object.fromEntries(
    cases.map((c) => [`/__bare/${c.type}/`, bareHeadlinesPage(headlinesOf(c.path))]),
  );
  const timing = await serveWithGzip(DIST, extra, PORT + 1, HOST);
  const browser = await chromium.launch(launchOptions());
  const rows = [];
  try {
    for (const c of cases) {
      const site = [];
      const bare = [];
      for (let i = 0; i < RUNS; i++) {
        log(`first headline: ${c.path} (run ${i + 1} of ${RUNS})`);
        site.push(await timeToHeadline(browser, `http://${HOST}:${PORT + 1}${c.path}`, c.selector));
        bare.push(
          await timeToHeadline(browser, `http://${HOST}:${PORT + 1}/__bare/${c.type}/`, 'h3'),
        );
      }
      const ratio = median(site) / median(bare);
      rows.push([
        c.type,
        Math.round(median(site)),
        Math.round(median(bare)),
        `${ratio.toFixed(2)}× ${ratio <= 1.2 ? '✓' : '✗'}`,
      ]);
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => timing.close(resolve));
  }
  console.log(
    `\n### Time to the first headline, 390 px, 4× CPU slowdown, slow 4G (median of ${RUNS}, ms; goal ≤ 1.2×)\n`,
  );
  console.log(markdownTable(['page', 'site ms', 'bare headlines ms', 'ratio'], rows));
}

/** Builds the home page at each synthetic size and prints its weight and what it shows. */
async function reportScale() {
  const arg = process.argv.find((a) => a.startsWith('--scale='));
  const sizes = arg ? arg.slice(8).split(',').map(Number) : [3000, 10000];
  if (process.argv.includes('--no-scale') || sizes.some((n) => !Number.isInteger(n) || n < 1))
    return;
  const tmp = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  const rows = [];
  try {
    for (const n of sizes) {
      const dir = join(tmp, String(n));
      log(`home at ${n} events: generating content and building (this takes minutes)…`);
      generateContent(join(dir, 'content'), n);
      const run = await runMeasured(process.execPath, [ASTRO, 'build'], {
        cwd: PROJECT,
        env: {
          CONTENT_DIR: join(dir, 'content'),
          OUT_DIR: join(dir, 'dist'),
          CACHE_DIR: join(dir, 'cache'),
        },
      });
      if (!run.ok) {
        rows.push([n, 'build failed', '-', '-', '-', '-']);
        log(run.output.trimEnd().split('\n').slice(-30).join('\n'));
        continue;
      }
      const html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
      const size = gzipSync(html, { level: 9 }).length;
      const first = blockingBytes(join(dir, 'dist'), '/');
      const listed = (html.match(/<li\b[^>]*\bdata-pagefind-ignore/g) ?? []).length;
      const yearPages = new Set(html.match(/href="\/years\/\d{4}\/"/g) ?? []).size;
      rows.push([
        n,
        `${kb(size)} ${size < SCALE_LIMIT ? '✓' : '✗'}`,
        kb(first.total),
        listed,
        yearPages,
        run.seconds.toFixed(0),
      ]);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log('\n### The home page at scale (synthetic events; target < 60 KB gzip)\n');
  console.log(
    markdownTable(
      [
        'events',
        'home gzip KB',
        'before headline KB',
        'events listed',
        'year pages linked',
        'build s',
      ],
      rows,
    ),
  );
}

let server;
let chrome;
try {
  if (await build()) {
    reportBytes();
    await reportTimes();
    await reportScale();
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
