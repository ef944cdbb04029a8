/**
 * Anchors in event bodies (tests/content/anchors/): heading ids come from the heading's own text,
 * so the same heading gives the same id on two pages; an explicit <Claim id> keeps its id; each
 * anchor has a "link to this" control pointing at it; no id repeats on a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeScratch, type FixtureBuild } from '../support/build-fixture';

let build: FixtureBuild;
let dist: string;
beforeAll(async () => {
  build = await buildFixture('anchors', { overlays: [join(import.meta.dirname, 'anchors')] });
  expect(build.code, build.output).toBe(0);
  dist = build.dist;
});
afterAll(() => removeScratch(build.dir));
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
