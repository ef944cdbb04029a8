/**
 * Every feed of the build, as feed readers get it: read by feedsmith (RSS 2.0, Atom 1.0, JSON
 * Feed), with the items the story holds, each linking to a built event page by an absolute
 * address, a date that is the story's (never the Unix epoch), and a JSON Feed that is 1.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'data', 'events.json')))
  throw new Error(`No build in ${dist}: run \`npm run build\` first (npm test does).`);
const data = JSON.parse(readFileSync(join(dist, 'data', 'events.json'), 'utf8')) as {
  homepage: string;
  events: {
    id: string;
    url: string;
    published: string;
    updated?: string;
    corrections: unknown[];
  }[];
};
const feed = (name: string) => readFileSync(join(dist, 'feeds', name), 'utf8');
const lastChange = data.events
  .map((e) => e.updated ?? e.published)
  .sort()
  .at(-1)!;
const corrections = data.events.reduce((n, e) => n + e.corrections.length, 0);
const permalinks = new Set(data.events.map((e) => e.url));
const LIMIT = 100;

/** Each link leads to an event's permalink, which is a built page. */
function expectEventLinks(links: (string | undefined)[]) {
  for (const link of links) {
    expect(link && /^https?:\/\//.test(link), String(link)).toBe(true);
    expect(permalinks.has(link!), String(link)).toBe(true);
    const path = new URL(link!).pathname.slice(new URL(data.homepage).pathname.length);
    expect(existsSync(join(dist, path, 'index.html')), link).toBe(true);
  }
}

describe.each([
  ['events', Math.min(data.events.length, LIMIT)],
  ['corrections', Math.min(corrections, LIMIT)],
] as const)('the %s feeds', (name, count) => {
  test('RSS 2.0', () => {
    const rss = parseRssFeed(feed(`${name}.rss.xml`));
    expect(rss.items ?? []).toHaveLength(count);
    expectEventLinks((rss.items ?? []).map((i) => i.link));
    expect(rss.language).toBe('en-GB');
  });

  test('Atom 1.0, dated by the story, never the epoch', () => {
    const atom = parseAtomFeed(feed(`${name}.atom.xml`));
    expect(atom.entries ?? []).toHaveLength(count);
    expectEventLinks(
      (atom.entries ?? []).map((e) => e.links?.find((l) => !l.rel || l.rel === 'alternate')?.href),
    );
    expect(atom.updated).not.toMatch(/^1970/);
    if (count === 0) expect(atom.updated?.slice(0, 10)).toBe(lastChange);
  });

  test('JSON Feed 1.1 with authors and language', () => {
    const text = feed(`${name}.json`);
    const json = parseJsonFeed(text);
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    expect(raw.author).toBeUndefined();
    expect(json.authors?.length).toBeGreaterThan(0);
    expect(json.language).toBe('en-GB');
    expect(json.items ?? []).toHaveLength(count);
    expectEventLinks((json.items ?? []).map((i) => i.url));
  });
});
