/**
 * Measuring a build: wall time and peak memory of a command, and the size of what it wrote.
 *
 * Peak memory is measured two ways, since a build runs more than one process (Astro's Node process
 * with its worker thread, and Pagefind's indexer, a child process):
 * - `peakMB`: the largest resident set size (RSS) of any single process of the tree, from GNU time
 *   (`/usr/bin/time -v`, "Maximum resident set size"); NaN (printed "-") when GNU time is not
 *   installed;
 * - `treePeakMB`: the largest sum of VmRSS over the process and all its descendants, sampled from
 *   /proc every 100 ms: what the machine must have free. Sampling can miss a peak shorter than
 *   100 ms, so it is a lower bound.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command args` and waits for it to end.
 * @param {string} command executable path.
 * @param {string[]} args its arguments.
 * @param {{cwd: string, env?: Record<string, string>}} options working directory and extra environment.
 * @returns {Promise<{ok: boolean, code: number | null, seconds: number, peakMB: number, treePeakMB: number, output: string}>}
 *   `output` is stdout and stderr interleaved.
 */
export async function runMeasured(command, args, { cwd, env = {} }) {
  const statsFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime
    ? [GNU_TIME, ['-v', '-o', statsFile, command, ...args]]
    : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let treeKB = 0;
  const sampler = setInterval(() => (treeKB = Math.max(treeKB, treeRssKB(child.pid))), 100);
  const code = await new Promise((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  let peakKB = NaN;
  if (useTime && existsSync(statsFile)) {
    peakKB = Number(
      /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(statsFile, 'utf8'))?.[1] ?? 0,
    );
    rmSync(statsFile, { force: true });
  }
  return {
    ok: code === 0,
    code,
    seconds,
    peakMB: peakKB / 1024,
    treePeakMB: Math.max(treeKB, Number.isNaN(peakKB) ? 0 : peakKB) / 1024,
    output,
  };
}

/**
 * The summed VmRSS of a process and all its descendants, read from /proc.
 * @param {number} rootPid the top process.
 * @returns {number} kilobytes; 0 once the process has ended.
 */
function treeRssKB(rootPid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we were reading.
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop();
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Ended meanwhile.
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Sizes of a build output folder.
 * @param {string} dir the output folder.
 * @returns {{pages: number, totalMB: number, largest: {path: string, gzipKB: number}}} the number
 *   of .html files, the size of every file together, and the HTML page that is largest gzipped.
 */
export function distStats(dir) {
  const stats = { pages: 0, totalMB: 0, largest: { path: '-', gzipKB: 0 } };
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      stats.totalMB += statSync(full).size / 1024 / 1024;
      if (!entry.name.endsWith('.html')) continue;
      stats.pages += 1;
      const gzipKB = gzipSync(readFileSync(full)).length / 1024;
      if (gzipKB > stats.largest.gzipKB)
        stats.largest = { path: `/${relative(dir, full)}`, gzipKB };
    }
  };
  if (existsSync(dir)) walk(dir);
  return stats;
}

/**
 * Follows every event page's links to the event's own place on a timeline (`href="…#<id>"`, the
 * "See it on the timeline" link) in a built site at the root, and checks that the page it names
 * holds an element with that id.
 * @param {string} dir the build's output folder.
 * @returns {{links: number, resolved: number, lost: string[]}} `lost`: the first ten that do not resolve.
 */
export function timelineLinks(dir) {
  const result = { links: 0, resolved: 0, lost: [] };
  const events = join(dir, 'events');
  if (!existsSync(events)) return result;
  const pages = new Map();
  const page = (path) => {
    if (!pages.has(path)) {
      const file = join(dir, path, 'index.html');
      pages.set(path, existsSync(file) ? readFileSync(file, 'utf8') : '');
    }
    return pages.get(path);
  };
  for (const id of readdirSync(events)) {
    const file = join(events, id, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(new RegExp(`href="/([^"#]*)#${id}"`, 'g'))) {
      result.links += 1;
      if (page(match[1]).includes(`id="${id}"`)) result.resolved += 1;
      else if (result.lost.length < 10) result.lost.push(`/events/${id}/ → /${match[1]}#${id}`);
    }
  }
  return result;
}

/**
 * Seconds of a duration as Astro prints it: `24ms`, `3.14s`, `2m 1s`, `1m 5.3s`.
 * @param {string} text the duration.
 * @returns {number} seconds; NaN when `text` is not such a duration.
 */
export function astroSeconds(text) {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)s|(\d+)ms)?$/.exec(text.trim());
  if (!match || (!match[1] && !match[2] && !match[3])) return NaN;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 1000;
}

/**
 * The site's own tally of its work, from the line it prints when done (src/build/build-stats.ts):
 * `Work: cards 24.1 s (1050), citations 6.0 s (14000), search 3.2 s (1300)`.
 * @param {string} output everything the build printed.
 * @returns {Record<string, {seconds: number, items: number}> | undefined} undefined for a build
 *   that prints no such line (the bare project).
 */
export function buildWork(output) {
  const line = /Work: ([^\n]+)/.exec(output)?.[1];
  if (!line) return undefined;
  return Object.fromEntries(
    [...line.matchAll(/(\w+) ([\d.]+) s \((\d+)\)/g)].map((m) => [
      m[1],
      { seconds: Number(m[2]), items: Number(m[3]) },
    ]),
  );
}

/**
 * Where an `astro build` spent its time, read from its own log (colours off):
 * - `bundle`: Vite's builds ("[vite] ✓ built in …", summed);
 * - `pages`: generating the static routes (the "✓ Completed in …" that ends the route list);
 * - `other`: the rest of Astro's total ("… page(s) built in …"): collecting build info and the
 *   integrations' `astro:build:done` hooks (our search index and sitemap).
 * - `work`: the site's own tally of cards, citations and search ({@link buildWork}).
 * The content sync before the build is outside Astro's total and so outside all three.
 * @param {string} output the build's stdout and stderr.
 * @returns {{bundle: number, pages: number, other: number, work: ReturnType<typeof buildWork>}}
 *   seconds; NaN for what the log lacks.
 */
export function buildPhases(output) {
  const bundle = [...output.matchAll(/\[vite\] ✓ built in ([^\n]+)/g)].reduce(
    (sum, m) => sum + astroSeconds(m[1]),
    0,
  );
  const afterRoutes = output.slice(output.indexOf('generating static routes'));
  const pages = astroSeconds(
    /\n[^\n[]*✓ Completed in ([^\n]+?)\.?\s*\n/.exec(afterRoutes)?.[1] ?? '',
  );
  const total = astroSeconds(/page\(s\) built in ([^\n]+)/.exec(output)?.[1] ?? '');
  return {
    bundle: bundle || NaN,
    pages,
    other: total - (bundle || NaN) - pages,
    work: buildWork(output),
  };
}
