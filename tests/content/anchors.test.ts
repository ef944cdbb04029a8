/**
 * Anchors in event bodies (tests/content/anchors/): heading ids come from the heading's own text,
 * so the same heading gives the same id on two pages; an explicit <Claim id> keeps its id; each
 * anchor has a "link to this" control pointing at it; no id repeats on a page.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const here = import.meta.dirname;
const root = join(here, '..', '..');
// Scratch folder inside the project: with OUT_DIR outside it, Astro puts its prerender chunks in
// the project's shared .astro/ folder, where builds running at the same time overwrite each other.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules', '.cache', 'timeline-anchors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let dist: string;
beforeAll(async () => {
  cpSync(join(here, 'valid'), join(work, 'content'), { recursive: true });
  cpSync(join(here, 'anchors'), join(work, 'content'), { recursive: true });
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, CONTENT_DIR: join(work, 'content'), OUT_DIR: join(work, 'dist'), CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  dist = join(work, 'dist');
});
const page = (id: string) => readFileSync(join(dist, 'events', id, 'index.html'), 'utf8');
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

describe('anchors in event bodies', () => {
  it('gives the same heading text the same id on two event pages', () => {
    for (const id of ['2022-archive-begins', '2025-05-15-review']) expect(ids(page(id))).toContain('what-was-reported');
  });

  it('keeps an explicit claim id, and gives each heading and claim a link to itself', () => {
    const html = page('2025-05-15-review');
    expect(ids(html)).toEqual(expect.arrayContaining(['no-evidence-to-date', 'details']));
    for (const id of ['what-was-reported', 'details', 'no-evidence-to-date']) expect(html).toContain(`href="#${id}" class="anchor-link`);
  });

  it('repeats no id on a page', () => {
    for (const id of ['2022-archive-begins', '2025-05-15-review']) {
      const all = ids(page(id));
      expect(all.filter((x, i) => all.indexOf(x) !== i)).toEqual([]);
    }
  });
});
