/**
 * The built site lists events in one order everywhere, as its readers' tools get them: the home
 * page (the timeline a reader sees, and its JSON-LD `ItemList`), `/data/events.json`,
 * `/data/events.csv`, `/data/timelinejs.json`, and the events of each actor in
 * `/data/actors.json` and of each source in `/data/sources.json`, all oldest first as on the
 * timeline. The feeds (RSS, Atom, JSON Feed) list them in their own documented order, newest
 * change first (see src/lib/publishing/feeds.ts), the same in all three. CSL-JSON, BibTeX and RIS
 * hold one event each (on its page and in its `cite.bib` / `cite.ris`), so they have no order.
 * tests/unit/publishing/export-order.test.ts checks the same rules on the functions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../support/csv';
import { parseEventDate, sortKey } from '../../src/lib/content/dates';
import { feedOrder } from '../../src/lib/publishing/feeds';
import { listLimits } from '../../src/site.config';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'data', 'events.json')))
  throw new Error(`No build in ${dist}: run \`npm run build\` first (npm test does).`);
const read = (...path: string[]) => readFileSync(join(dist, ...path), 'utf8');

interface OpenEvent {
  id: string;
  url: string;
  date: { edtf: string };
  published: string;
  updated: string | null;
}
const data = JSON.parse(read('data', 'events.json')) as { events: OpenEvent[] };
const timeline = data.events.map((e) => e.id);
const idOfUrl = new Map(data.events.map((e) => [e.url, e.id]));
const idsOf = (urls: readonly (string | undefined)[]) =>
  urls.map((url) => idOfUrl.get(url ?? '') ?? `not an event: ${url}`);

/** The events the home page shows, top to bottom (each timeline entry's id). */
function homeList(html: string): string[] {
  return [...html.matchAll(/<li\b[^>]*\sid="([a-z0-9-]+)"[^>]*\sdata-status=/g)].map((m) => m[1]!);
}

/** The home page's JSON-LD `ItemList`, by position. */
function homeItemList(html: string): string[] {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
  const json = JSON.parse(script) as { '@graph'?: Record<string, unknown>[] };
  const list = (json['@graph'] ?? [json]).find((o) => o['@type'] === 'ItemList') as {
    itemListElement: { position: number; url: string }[];
  };
  return idsOf([...list.itemListElement].sort((a, b) => a.position - b.position).map((i) => i.url));
}

describe('every export lists the events in the timeline order, oldest first', () => {
  const home = read('index.html');
  const csv = parseCsv(read('data', 'events.csv'));
  const column = csv[0]!.indexOf('id');
  const orders: Record<string, string[]> = {
    'the home page, as a reader sees it': homeList(home),
    "the home page's JSON-LD ItemList": homeItemList(home),
    '/data/events.csv': csv.slice(1).map((row) => row[column]!),
    '/data/timelinejs.json': (
      JSON.parse(read('data', 'timelinejs.json')) as { events: { unique_id: string }[] }
    ).events.map((slide) => slide.unique_id),
  };

  test('the build lists several events, each once', () => {
    expect(timeline.length).toBeGreaterThan(1);
    expect(new Set(timeline).size).toBe(timeline.length);
  });
  test.each(Object.keys(orders))('%s: the order of /data/events.json', (name) => {
    expect(orders[name]).toEqual(timeline);
  });

  test("each actor's and each source's events, in /data/actors.json and /data/sources.json", () => {
    const lists = [
      ...(JSON.parse(read('data', 'actors.json')) as { actors: { events: string[] }[] }).actors.map(
        (a) => a.events,
      ),
      ...(
        JSON.parse(read('data', 'sources.json')) as { sources: { citedBy: string[] }[] }
      ).sources.map((s) => s.citedBy),
    ];
    expect(lists.some((list) => list.length > 1)).toBe(true);
    for (const list of lists) expect(list).toEqual(timeline.filter((id) => list.includes(id)));
  });
});

describe('every events feed lists them newest change first, in one order', () => {
  // Only the fields the order reads are needed; the rest of a feed event is left empty.
  const blank = {
    title: '',
    summary: '',
    dateLabel: '',
    statusLabel: '',
    tags: [],
    corrections: [],
  };
  const expected = feedOrder(
    data.events.map((e) => ({
      ...blank,
      id: e.id,
      published: e.published,
      updated: e.updated ?? undefined,
      sortKey: sortKey(parseEventDate(e.date.edtf)),
    })),
  )
    .slice(0, listLimits.feedItems)
    .map((e) => e.id);
  const feed = (name: string) => read('feeds', name);
  const feeds: Record<string, string[]> = {
    RSS: idsOf(parseRssFeed(feed('events.rss.xml')).items?.map((item) => item.link) ?? []),
    Atom: idsOf(
      parseAtomFeed(feed('events.atom.xml')).entries?.map((entry) => entry.links?.[0]?.href) ?? [],
    ),
    'JSON Feed': idsOf(parseJsonFeed(feed('events.json')).items?.map((item) => item.url) ?? []),
  };

  test.each(Object.keys(feeds))('%s', (name) => {
    expect(feeds[name]).toEqual(expected);
  });
  test('which is not the timeline order (the feeds are checked against their own rule)', () => {
    expect(expected).not.toEqual(timeline);
    const changes = data.events
      .filter((e) => expected.includes(e.id))
      .sort((a, b) => expected.indexOf(a.id) - expected.indexOf(b.id))
      .map((e) => e.updated ?? e.published);
    expect(changes).toEqual([...changes].sort().reverse());
  });
});
