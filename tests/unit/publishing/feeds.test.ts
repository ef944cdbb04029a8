import { describe, expect, it } from 'vitest';
import {
  correctionsFeed,
  eventPermalink,
  eventsFeed,
  feedOrder,
  listCorrections,
  type FeedEvent,
} from '../../../src/lib/publishing/feeds';
import { createUrls } from '../../../src/lib/urls';

const urls = createUrls({ origin: 'https://timeline.example.org', base: '/sub/' });
const permalink = (id: string) => eventPermalink(urls, id);

const site = {
  name: 'Test timeline',
  tagline: 'A test.',
  language: 'en-GB',
  publisher: 'Tester',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  urls,
};
const ev = (
  id: string,
  sortKey: string,
  published: string,
  extra: Partial<FeedEvent> = {},
): FeedEvent => ({
  id,
  title: `Title ${id} & <more>`,
  summary: `Summary of ${id}.`,
  dateLabel: 'August 2025',
  sortKey,
  published,
  statusLabel: 'Reported',
  tags: [{ id: 'review', label: 'review' }],
  corrections: [],
  ...extra,
});
const events = [
  ev('a-old', '2021-12-31', '2026-01-01'),
  ev('b-new', '2025-08-06', '2026-01-01'),
  ev('c-updated', '2022-12-31', '2026-01-01', {
    updated: '2026-03-01',
    corrections: [
      { date: '2026-02-01', text: 'Fixed a date.' },
      { date: '2026-03-01', text: 'Fixed a name.' },
    ],
  }),
];
const titles = {
  title: 'Corrections',
  description: 'All corrections.',
  item: (t: string) => `Correction: ${t}`,
};

describe('feedOrder', () => {
  it('puts the latest change first, then the newest event date', () => {
    expect(feedOrder(events).map((e) => e.id)).toEqual(['c-updated', 'b-new', 'a-old']);
  });
});

describe('eventsFeed', () => {
  it('RSS 2.0: one item per event, newest first, each linking to its exact permalink', () => {
    const xml = eventsFeed(events, site, 'rss');
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<rss version="2.0"/);
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual(['c-updated', 'b-new', 'a-old'].map(permalink));
    expect(permalink('b-new')).toBe('https://timeline.example.org/sub/events/b-new/');
    expect(xml).toContain('<lastBuildDate>Sun, 01 Mar 2026 00:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<pubDate>Thu, 01 Jan 2026 00:00:00 GMT</pubDate>');
    expect(xml).toContain('Summary of b-new.');
  });
  it("names each tag by its label in the feed's language and keeps the id as its term", () => {
    const one = [ev('a', '2025-08-06', '2026-01-01', { tags: [{ id: 'ai', label: 'ذكاء' }] })];
    const rss = eventsFeed(one, site, 'rss');
    expect(rss).toContain(
      '<category domain="https://timeline.example.org/sub/tags/ai/">ذكاء</category>',
    );
    const atom = eventsFeed(one, site, 'atom');
    expect(atom).toMatch(
      /<category [^>]*term="ai"[^>]*label="ذكاء"|<category label="ذكاء"[^>]*term="ai"/,
    );
    expect(JSON.parse(eventsFeed(one, site, 'json')).items[0].tags).toEqual(['ذكاء']);
  });
  it('holds only the newest items when given a limit', () => {
    const links = (xml: string) =>
      [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links(eventsFeed(events, site, 'rss', 2))).toEqual(
      ['c-updated', 'b-new'].map(permalink),
    );
    expect(
      JSON.parse(correctionsFeed(events, site, 'json', titles, 1)).items.map(
        (i: { id: string }) => i.id,
      ),
    ).toEqual([`${permalink('c-updated')}#correction-2`]);
  });
  it('Atom: entries carry updated and published dates', () => {
    const xml = eventsFeed(events, site, 'atom');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('<updated>2026-03-01T00:00:00.000Z</updated>');
    expect(xml).toContain('<published>2026-01-01T00:00:00.000Z</published>');
  });
  it('JSON Feed: items with url = permalink and date_modified', () => {
    const json = JSON.parse(eventsFeed(events, site, 'json'));
    expect(json.version).toMatch(/jsonfeed.org\/version\/1/);
    expect(json.items.map((i: { url: string }) => i.url)).toEqual(
      ['c-updated', 'b-new', 'a-old'].map(permalink),
    );
    expect(json.items[0].date_modified).toBe('2026-03-01T00:00:00.000Z');
    expect(json.items[0].date_published).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('corrections', () => {
  it('lists each correction newest first', () => {
    expect(listCorrections(events).map((c) => [c.event.id, c.number, c.date])).toEqual([
      ['c-updated', 2, '2026-03-01'],
      ['c-updated', 1, '2026-02-01'],
    ]);
  });
  it('builds a feed item per correction, linking to the event permalink', () => {
    const json = JSON.parse(correctionsFeed(events, site, 'json', titles));
    expect(json.items).toHaveLength(2);
    expect(json.items[0].url).toBe(permalink('c-updated'));
    expect(json.items[0].id).toBe(`${permalink('c-updated')}#correction-2`);
    expect(json.items[0].title).toBe('Correction: Title c-updated & <more>');
  });
  it("is a valid empty feed when nothing was corrected, dated by the story's last change", () => {
    const none = [
      ev('x', '2025', '2026-01-01'),
      ev('y', '2025', '2025-12-01', { updated: '2026-02-03' }),
    ];
    const rss = correctionsFeed(none, site, 'rss', titles);
    expect(rss).toContain('<channel>');
    expect(rss).not.toContain('<item>');
    expect(JSON.parse(correctionsFeed(none, site, 'json', titles)).items).toEqual([]);
    expect(correctionsFeed(none, site, 'atom', titles)).toContain(
      '<updated>2026-02-03T00:00:00.000Z</updated>',
    );
    expect(rss).not.toContain('1970');
    expect(() => correctionsFeed([], site, 'atom', titles)).toThrow(/no event.*content\/events/);
  });
});
