#!/usr/bin/env node
/**
 * Build benchmark: how the real site's build scales with the number of events, compared with a
 * bare Astro + MDX project building the same content.
 *
 * For each size N (default 1,000, 5,000 and 10,000 events; `npm run bench:build -- 1000` runs
 * only the sizes given) it:
 * 1. generates synthetic content that follows the content rules (scripts/bench/content.mjs) into
 *    a folder under os.tmpdir(), removed at the end;
 * 2. builds the real site on it (`astro build` with CONTENT_DIR, OUT_DIR and CACHE_DIR pointing
 *    into that folder; a fresh cache, so nothing is reused between runs);
 * 3. builds a bare Astro + MDX project on the same content (scripts/bench/bare-project.mjs);
 *    each project is built twice: with a fresh cache, then again with the cache the first build
 *    left (the site's build cache keeps social cards and citations; see src/build/build-cache.ts);
 * 4. measures for each build: wall time, and within it the time Astro reports for bundling (Vite),
 *    for generating the pages and for the rest (build info, then the search index and sitemap);
 *    pages per second (HTML files written ÷ wall time); peak memory, of the largest process and of
 *    all processes together (see scripts/bench/measure.mjs); the largest HTML page gzipped; and
 *    the size of the output folder.
 * It prints one markdown table per size and the site's own breakdown of its work (pages, social
 * cards, citations, search index, the rest: src/build/build-stats.ts), then a summary against
 * the targets: site ÷ bare wall time ≤ 2× fresh and ≤ 1.3× rebuilt, peak memory ≤ 1.2× the bare
 * build's, largest page ≤ 60 KB gzipped, and seconds per 1,000 events, constant when the build
 * scales linearly (the ratio of the largest size's to the smallest's is printed). A failed build prints its last 30 lines of
 * output and the benchmark goes on. Progress goes to stderr, figures to stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBareProject } from './bench/bare-project.mjs';
import { generateContent } from './bench/content.mjs';
import { buildPhases, distStats, runMeasured, timelineLinks } from './bench/measure.mjs';
import { markdownTable } from './bench/table.mjs';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const TARGETS = { fresh: 2, rebuild: 1.3, peakRatio: 1.2, pageKB: 60 };

const sizes = process.argv.slice(2).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    'Usage: npm run bench:build [-- <number of events> ...]   (default: 1000 5000 10000)',
  );
  process.exit(2);
}
if (sizes.length === 0) sizes.push(1000, 5000, 10000);

/** Progress, on stderr so that stdout holds only the figures. */
const log = (message) => console.error(`[bench:build] ${message}`);
const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/**
 * Runs one `astro build` and measures it.
 * @param {string} label what is built, for the log.
 * @param {string} cwd the project folder.
 * @param {string} outDir where the build writes its pages.
 * @param {Record<string, string>} [env] extra environment.
 * @returns {Promise<{ok: boolean, seconds: number, peakMB: number, treePeakMB: number, phases: {bundle: number, pages: number, other: number}, pages: number, totalMB: number, largest: {path: string, gzipKB: number}}>}
 */
async function measureBuild(label, cwd, outDir, env = {}) {
  log(`${label}: building…`);
  const run = await runMeasured(process.execPath, [ASTRO, 'build'], { cwd, env });
  if (!run.ok) {
    console.log(
      `\n${label}: the build failed (exit ${run.code}) after ${fixed(run.seconds)} s. Last 30 lines:\n`,
    );
    console.log(run.output.trimEnd().split('\n').slice(-30).join('\n'));
    return {
      ...run,
      phases: buildPhases(''),
      pages: 0,
      totalMB: NaN,
      largest: { path: '-', gzipKB: NaN },
    };
  }
  const dist = distStats(outDir);
  log(
    `${label}: ${dist.pages} pages in ${fixed(run.seconds)} s, peak ${fixed(run.peakMB, 0)} MB (all processes ${fixed(run.treePeakMB, 0)} MB)`,
  );
  return { ...run, phases: buildPhases(run.output), ...dist };
}

/** One row of a size's table. */
const row = (name, events, b) => [
  name,
  events,
  b.ok ? b.pages : 'failed',
  fixed(b.seconds),
  fixed(b.phases.bundle),
  fixed(b.phases.pages),
  fixed(b.phases.other),
  b.ok ? fixed(b.pages / b.seconds) : '-',
  fixed(b.peakMB, 0),
  fixed(b.treePeakMB, 0),
  b.ok ? `${fixed(b.largest.gzipKB)} (${b.largest.path})` : '-',
  fixed(b.totalMB),
];

/** `value` with ✓ when it meets `limit` (value ≤ limit), ✗ otherwise. */
const check = (value, limit, text) =>
  Number.isFinite(value) ? `${text} ${value <= limit ? '✓' : '✗'}` : '-';

const tmp = mkdtempSync(join(tmpdir(), 'bench-build-'));
const results = [];
try {
  for (const n of sizes) {
    const dir = join(tmp, String(n));
    const content = join(dir, 'content');
    log(`${n} events: generating content in ${content}`);
    const counts = generateContent(content, n);
    log(`${counts.events} events, ${counts.actors} actors, ${counts.sources} sources`);
    const siteEnv = {
      CONTENT_DIR: content,
      OUT_DIR: join(dir, 'dist'),
      CACHE_DIR: join(dir, 'cache'),
    };
    const site = await measureBuild(`site, ${n} events`, PROJECT, join(dir, 'dist'), siteEnv);
    // Not a timing: at this size, every "See it on the timeline" link must still find its event.
    const links = timelineLinks(join(dir, 'dist'));
    console.log(
      `\n${n} events: ${links.resolved} of ${links.links} links to an event's place on the timeline resolve${links.lost.length ? `; lost: ${links.lost.join(', ')}` : '.'}`,
    );
    // The same build again, with the cache the first one left: what an editor waits for after a change.
    const siteAgain = await measureBuild(
      `site again, ${n} events`,
      PROJECT,
      join(dir, 'dist'),
      siteEnv,
    );
    writeBareProject(join(dir, 'bare'), content, join(PROJECT, 'node_modules'));
    const bare = await measureBuild(
      `bare, ${n} events`,
      join(dir, 'bare'),
      join(dir, 'bare', 'dist'),
    );
    const bareAgain = await measureBuild(
      `bare again, ${n} events`,
      join(dir, 'bare'),
      join(dir, 'bare', 'dist'),
    );
    results.push({ n, site, bare, siteAgain, bareAgain });
    console.log(`\n### ${n} events (${counts.actors} actors, ${counts.sources} sources)\n`);
    console.log(
      markdownTable(
        [
          'build',
          'events',
          'pages',
          'wall s',
          'bundle s',
          'pages s',
          'other s',
          'pages/s',
          'peak MB, largest process',
          'peak MB, all processes',
          'largest page gzip KB (path)',
          'dist MB',
        ],
        [
          row('site, fresh cache', n, site),
          row('bare, fresh cache', n, bare),
          row('site, rebuild', n, siteAgain),
          row('bare, rebuild', n, bareAgain),
        ],
      ),
    );
    // The site's own tally: seconds summed over both threads (the build-ahead worker draws cards
    // and formats citations beside the pages), so they overlap the phases above.
    const work = (b, kind) =>
      b.phases.work?.[kind]
        ? `${fixed(b.phases.work[kind].seconds)} (${b.phases.work[kind].items})`
        : '-';
    console.log(`\nWhere the site's time goes (thread-seconds, items):\n`);
    console.log(
      markdownTable(
        [
          'build',
          'pages s (wall)',
          'cards s (cards)',
          'citations s (formats)',
          'search index s (pages)',
          'the rest s (wall)',
        ],
        [
          ['site, fresh cache', site],
          ['site, rebuild', siteAgain],
        ].map(([name, b]) => [
          name,
          fixed(b.phases.pages),
          work(b, 'cards'),
          work(b, 'citations'),
          work(b, 'search'),
          fixed(b.seconds - b.phases.pages - (b.phases.work?.search?.seconds ?? 0)),
        ]),
      ),
    );
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

console.log('\n### Summary\n');
const perThousand = (b, n) => (b.ok ? (b.seconds / n) * 1000 : NaN);
console.log(
  markdownTable(
    [
      'events',
      `site ÷ bare wall, fresh (≤ ${TARGETS.fresh}×)`,
      `same, rebuild (≤ ${TARGETS.rebuild}×)`,
      `site ÷ bare peak MB, largest process (≤ ${TARGETS.peakRatio}×)`,
      'site peak MB',
      'bare peak MB',
      `site largest page gzip KB (≤ ${TARGETS.pageKB})`,
      'site s / 1,000 events',
      'bare s / 1,000 events',
    ],
    results.map(({ n, site, bare, siteAgain, bareAgain }) => {
      const ratio = site.ok && bare.ok ? site.seconds / bare.seconds : NaN;
      const again = siteAgain.ok && bareAgain.ok ? siteAgain.seconds / bareAgain.seconds : NaN;
      const peak = site.ok && bare.ok ? site.peakMB / bare.peakMB : NaN;
      return [
        n,
        check(ratio, TARGETS.fresh, `${fixed(ratio, 2)}×`),
        check(again, TARGETS.rebuild, `${fixed(again, 2)}×`),
        check(peak, TARGETS.peakRatio, `${fixed(peak, 2)}×`),
        site.ok ? fixed(site.peakMB, 0) : '-',
        bare.ok ? fixed(bare.peakMB, 0) : '-',
        check(site.largest.gzipKB, TARGETS.pageKB, fixed(site.largest.gzipKB)),
        fixed(perThousand(site, n), 2),
        fixed(perThousand(bare, n), 2),
      ];
    }),
  ),
);
if (results.length > 1) {
  // Linear growth keeps the seconds per 1,000 events constant from the smallest size to the largest.
  const first = results[0];
  const last = results.at(-1);
  const growth = perThousand(last.site, last.n) / perThousand(first.site, first.n);
  const bareGrowth = perThousand(last.bare, last.n) / perThousand(first.bare, first.n);
  console.log(
    `\nSeconds per 1,000 events at ${last.n} ÷ at ${first.n}: site ${fixed(growth, 2)}×, bare ${fixed(bareGrowth, 2)}× (1.00× is linear).`,
  );
}
