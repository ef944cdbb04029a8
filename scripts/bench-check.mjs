/**
 * `npm run bench:check [-- <folder>]`: measures, in one run on this machine, a full site build of a
 * content folder (default `content`; first with a fresh cache, then with the cache it left) and
 * `npm run check:content` on the same folder (the median of three runs), each as a whole process
 * from start to exit, and prints the times and the check's share of each build. The content check
 * is meant to take at most a fifth of a build. A measurement, not a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const folder = resolve(process.argv[2] ?? 'content');
const work = resolve('node_modules', '.cache', 'bench-check');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const env = {
  ...process.env,
  CONTENT_DIR: folder,
  OUT_DIR: join(work, 'dist'),
  CACHE_DIR: join(work, 'cache'),
  NO_COLOR: '1',
};

/** Wall time of a command in seconds. */
function time(args) {
  const started = performance.now();
  execFileSync(process.execPath, args, {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return (performance.now() - started) / 1000;
}

const cold = time(['node_modules/astro/bin/astro.mjs', 'build']);
const warm = time(['node_modules/astro/bin/astro.mjs', 'build']);
const checks = [0, 1, 2]
  .map(() => time(['scripts/check-content.mjs', folder]))
  .sort((a, b) => a - b);
const check = checks[1];
const s = (n) => `${n.toFixed(2)} s`;
console.log(`content: ${folder}`);
console.log(`full build, fresh cache:  ${s(cold)}`);
console.log(`full build, warm cache:   ${s(warm)}`);
console.log(`check:content (median):   ${s(check)}  (${checks.map(s).join(', ')})`);
console.log(
  `check / build: ${(check / cold).toFixed(3)} of the fresh build, ${(check / warm).toFixed(3)} of the warm one (limit 0.2)`,
);
rmSync(work, { recursive: true, force: true });
