/**
 * A renamed event keeps its permalink: the rename fixture (tests/content/rename/) is the valid
 * content folder with one event renamed and its old path in redirects.json. The old address must
 * still serve a page that sends readers to the new one, and the permalink registry check must
 * pass with the old address registered; without the redirect, the same check must fail.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPaths, publicPaths } from '../../src/lib/content/permalinks';

const run = promisify(execFile);
const here = import.meta.dirname;
const root = join(here, '..', '..');
// Scratch folder inside the project: with OUT_DIR outside it, Astro puts its prerender chunks in
// the project's shared .astro/ folder, where builds running at the same time overwrite each other.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules', '.cache', 'timeline-rename-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const OLD = '/events/2025-05-15-review/';
const NEW = '/events/2025-05-15-review-renamed/';
/** What was registered before the rename: the old address among others. */
const registry = ['/', OLD, '/events/2022-archive-begins/', '/actors/microsoft/'];

/** Builds the valid folder with the rename applied (and its redirect unless `withRedirect` is false). */
async function build(name: string, withRedirect: boolean): Promise<string> {
  const dir = join(work, name);
  cpSync(join(here, 'valid'), join(dir, 'content'), { recursive: true });
  rmSync(join(dir, 'content', 'events', '2025-05-15-review.mdx'));
  cpSync(join(here, 'rename'), join(dir, 'content'), { recursive: true, filter: (src) => withRedirect || !src.endsWith('redirects.json') });
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache'), SITE_URL: 'https://timeline.example.org', NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return join(dir, 'dist');
}
const files = (root: string, dir = root): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(root, join(dir, n)) : [relative(root, join(dir, n))]));

describe('renaming an event', () => {
  let dist: string;
  beforeAll(async () => {
    dist = await build('renamed', true);
  });

  it('serves the event at its new address', () => {
    expect(readFileSync(join(dist, NEW, 'index.html'), 'utf8')).toContain('<h1');
  });

  it('serves a page at the old address that sends readers on to the new one', () => {
    const page = readFileSync(join(dist, OLD, 'index.html'), 'utf8');
    expect(page).toMatch(new RegExp(`http-equiv="refresh" content="0;url=${NEW}"`));
    expect(page).toContain(`href="${NEW}"`);
  });

  it('passes the registry check with the old address registered', () => {
    expect(missingPaths(registry, publicPaths(files(dist)))).toEqual([]);
  });

  it('fails the registry check, naming the old address, when the redirect is missing', async () => {
    const broken = await build('renamed-without-redirect', false);
    expect(missingPaths(registry, publicPaths(files(broken)))).toEqual([OLD]);
  });
});
