/**
 * A renamed event keeps its permalink: the rename fixture (tests/content/rename/) is the valid
 * content folder with one event renamed and its old path in redirects.json. The old address must
 * still serve a page that sends readers to the new one, and the permalink registry check must
 * pass with the old address registered; without the redirect, the same check must fail.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPaths, publicPaths } from '../../src/lib/content/permalinks';
import { buildFixture, removeScratch, type FixtureBuild } from '../support/build-fixture';

const here = import.meta.dirname;
const scratch: string[] = [];
afterAll(() => scratch.forEach(removeScratch));

const OLD = '/events/2025-05-15-review/';
const NEW = '/events/2025-05-15-review-renamed/';
/** What was registered before the rename: the old address among others. */
const registry = ['/', OLD, '/events/2022-archive-begins/', '/actors/microsoft/'];

/** Builds the valid folder with the rename applied (and its redirect unless `withRedirect` is false). */
async function build(name: string, withRedirect: boolean): Promise<FixtureBuild> {
  const built = await buildFixture(name, {
    prepare: (content) => rmSync(join(content, 'events', '2025-05-15-review.mdx')),
    overlays: [join(here, 'rename')],
    filter: (src) => withRedirect || !src.endsWith('redirects.json'),
    env: { SITE_URL: 'https://timeline.example.org' },
  });
  scratch.push(built.dir);
  return built;
}
const files = (root: string, dir = root): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(root, join(dir, n)) : [relative(root, join(dir, n))]));

describe('renaming an event', () => {
  let dist: string;
  let broken: string;
  // Both builds queued at once: the second starts as soon as the first ends.
  beforeAll(async () => {
    const builds = await Promise.all([build('renamed', true), build('renamed-without-redirect', false)]);
    for (const b of builds) expect(b.code, b.output).toBe(0);
    [dist, broken] = builds.map((b) => b.dist) as [string, string];
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

  it('fails the registry check, naming the old address, when the redirect is missing', () => {
    expect(missingPaths(registry, publicPaths(files(broken)))).toEqual([OLD]);
  });
});
