/**
 * Events come in one order in every export that lists them, built from one set of events:
 *
 * - the timeline's order (oldest first; mixed precisions by `sortKey`; equal dates by id) in
 *   `/data/events.json`, `/data/events.csv`, `/data/timelinejs.json`, the home page's JSON-LD
 *   `ItemList`, and the event lists inside `/data/actors.json` and `/data/sources.json`. None of
 *   them sorts: each keeps the order it is given, which is the story's (`sortChronologically`,
 *   applied once when the story is read), so no export can drift to an order of its own;
 * - the feeds' documented order (src/lib/publishing/feeds.ts), the same in RSS, Atom and JSON
 *   Feed whatever order they are given: newest change first (`updated`, else `published`), then
 *   the newest event date, then the id. A feed is what changed lately, so it is not the
 *   timeline's order: with every event changed on one day it is the timeline backwards, except
 *   that events of one date keep their id order.
 *
 * CSL-JSON, BibTeX and RIS list no events: each event page and its `cite.bib` / `cite.ris` hold
 * that event's one record, so they have no order to keep.
 */
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../support/csv';
import {
  actorsDocument,
  eventsCsv,
  eventsDocument,
  exportLinksOf,
  sourcesDocument,
  timelineJs,
  type ExportActor,
  type ExportEvent,
  type ExportSource,
} from '../../../src/lib/publishing/open-data';
import { eventsFeed, type FeedEvent } from '../../../src/lib/publishing/feeds';
import { timelineMetadata } from '../../../src/lib/publishing/metadata';
import { sortChronologically } from '../../../src/lib/story/timeline';
import {
  formatEventDate,
  parseEventDate,
  sortKey,
  type EventDate,
} from '../../../src/lib/content/dates';
import { english } from '../../../src/lib/i18n';
import { createUrls } from '../../../src/lib/urls';

const urls = createUrls({ origin: 'https://x.test', base: '/sub/' });
const links = exportLinksOf(urls);
const site = {
  name: 'T',
  tagline: 'A test.',
  language: 'en-GB',
  publisher: 'P',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  urls,
};
const dateLabel = (date: EventDate) => formatEventDate(date, english.dates);
const source: ExportSource = {
  id: 'src',
  publisher: 'Pub',
  publishedBy: [],
  title: 'A source',
  titleIsDescription: false,
  authors: [],
  date: parseEventDate('2025-08-06'),
  kind: 'investigation',
  language: 'en',
};
const actor = (id: string): ExportActor => ({
  id,
  name: id,
  kind: 'company',
  description: 'd',
  aliases: [],
});

/** An event with the actor `all`, citing `src`. */
const ev = (
  id: string,
  date: string,
  published: string,
  extra: Partial<ExportEvent> = {},
): ExportEvent => ({
  id,
  title: `Title ${id}`,
  summary: `Summary of ${id}.`,
  date: parseEventDate(date),
  dateLabel: dateLabel(parseEventDate(date)),
  status: 'reported',
  statusLabel: 'Reported',
  tags: [],
  actors: [{ id: 'all', name: 'all' }],
  sources: ['src'],
  published,
  corrections: [],
  ...extra,
});

// In no order at all, with ids that sort in neither the timeline's order nor the feeds': two
// events of one day (told apart by id), a month, a year, a span, an open span, and events first
// published or updated on different days; every other one also has
// the actor `odd`, whose own list is then a part of the timeline.
const given: ExportEvent[] = [
  ev('n-same-day', '2025-08-06', '2026-01-01', { updated: '2026-03-01' }),
  ev('t-year', '2022', '2026-01-01'),
  ev('a-open', '2025-09-25/..', '2026-02-01'),
  ev('j-month', '2025-08', '2026-01-01'),
  ev('m-same-day', '2025-08-06', '2026-01-01'),
  ev('k-span', '2025-08-19/2025-08-27', '2026-01-01', { updated: '2026-03-01' }),
  ev('u-day', '2021-12-31', '2026-01-01'),
].map((e, i) => (i % 2 ? { ...e, actors: [...e.actors, { id: 'odd', name: 'odd' }] } : e));

/** The site's order: what the story holds, and so what the home page and year pages show. */
const timeline = sortChronologically(given);
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

/** The events a feed holds, from its own items' links (each an event's permalink). */
const idOfLink = new Map(given.map((e) => [urls.absolute(urls.event(e.id)), e.id]));
const idsOfLinks = (links: readonly (string | undefined)[]) =>
  links.map((link) => idOfLink.get(link ?? '') ?? `unknown link ${link}`);

const feedEvents = (events: readonly ExportEvent[]): FeedEvent[] =>
  events.map((e) => ({
    ...e,
    sortKey: sortKey(e.date),
    tags: e.tags.map((id) => ({ id, label: id })),
  }));

/** Each export's events, in the order it lists them. */
function exportOrders(events: readonly ExportEvent[]): Record<string, string[]> {
  const csv = parseCsv(eventsCsv(events, links));
  const idColumn = csv[0]!.indexOf('id');
  const home = timelineMetadata(
    { name: site.name, publisher: site.publisher, language: site.language, homeUrl: links.home },
    { title: 'T', description: 'd', url: links.home, firstPublished: 'x', lastChange: 'y' },
    events.map((e) => ({ title: e.title, url: urls.absolute(urls.event(e.id)) })),
  ).jsonLd[1] as { itemListElement: { url: string; position: number }[] };
  return {
    'events.json': ids(
      eventsDocument(events, new Map([['src', source]]), dateLabel, site, links).events,
    ),
    'events.csv': csv.slice(1).map((row) => row[idColumn]!),
    'timelinejs.json': timelineJs(events, site, links, {
      status: 'Status',
      readMore: 'Read',
    }).events.map((slide) => slide.unique_id),
    'home page ItemList': idsOfLinks(
      [...home.itemListElement].sort((a, b) => a.position - b.position).map((item) => item.url),
    ),
    'actors.json (an actor in every event)': actorsDocument([actor('all')], events, site, links)
      .actors[0]!.events,
    'sources.json (a source every event cites)': sourcesDocument(
      [source],
      events,
      dateLabel,
      site,
      links,
    ).sources[0]!.citedBy,
  };
}

/** Each feed's events, in the order it lists them. */
function feedOrders(events: readonly ExportEvent[]): Record<string, string[]> {
  const input = feedEvents(events);
  return {
    rss: idsOfLinks(
      parseRssFeed(eventsFeed(input, site, 'rss')).items?.map((item) => item.link) ?? [],
    ),
    atom: idsOfLinks(
      parseAtomFeed(eventsFeed(input, site, 'atom')).entries?.map(
        (entry) => entry.links?.[0]?.href,
      ) ?? [],
    ),
    json: idsOfLinks(
      parseJsonFeed(eventsFeed(input, site, 'json')).items?.map((item) => item.url) ?? [],
    ),
  };
}

describe('the timeline order', () => {
  it('is oldest first, a vaguer date at the end of its unit (sortKey), one date by id', () => {
    expect(ids(timeline)).toEqual([
      'u-day',
      't-year',
      'm-same-day',
      'n-same-day',
      'k-span',
      'j-month',
      'a-open',
    ]);
  });
});

describe('every export that lists events lists them in the timeline order', () => {
  const orders = exportOrders(timeline);
  it.each(Object.keys(orders))('%s', (name) => {
    expect(orders[name]).toEqual(ids(timeline));
  });

  it("an actor's and a source's own lists keep it too (every other event)", () => {
    const odd = timeline.filter((e) => e.actors.some((a) => a.id === 'odd'));
    expect(odd.length).toBeGreaterThan(1);
    expect(actorsDocument([actor('odd')], timeline, site, links).actors[0]!.events).toEqual(
      ids(odd),
    );
  });

  it('no export sorts on its own: given another order, each keeps that one (the check can fail)', () => {
    const reversed = [...timeline].reverse();
    for (const [name, order] of Object.entries(exportOrders(reversed)))
      expect(order, name).toEqual(ids(reversed));
  });
});

describe('every feed lists events in the feeds’ order, newest change first', () => {
  const expected = [
    // updated 2026-03-01: the newer event date first
    'k-span',
    'n-same-day',
    // published 2026-02-01
    'a-open',
    // published 2026-01-01: newest event date first (a month at its end, as on the timeline)
    'j-month',
    'm-same-day',
    't-year',
    'u-day',
  ];
  it.each(['rss', 'atom', 'json'])('%s, from the timeline order and from any other', (format) => {
    expect(feedOrders(timeline)[format]).toEqual(expected);
    expect(feedOrders(given)[format]).toEqual(expected);
    expect(feedOrders([...timeline].reverse())[format]).toEqual(expected);
  });

  it('with every event changed on one day, a feed is the timeline backwards but for one date', () => {
    const sameDay = timeline.map(({ updated: _u, ...e }) => ({ ...e, published: '2026-01-01' }));
    const backwards = ids(sameDay).reverse();
    // Events of one date keep their id order in both lists.
    const a = backwards.indexOf('m-same-day');
    const b = backwards.indexOf('n-same-day');
    [backwards[a], backwards[b]] = [backwards[b]!, backwards[a]!];
    for (const order of Object.values(feedOrders(sameDay))) expect(order).toEqual(backwards);
  });
});
