import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { parseCsv as parse } from '../../support/csv';
import {
  actorsDocument,
  eventsCsv,
  eventsDocument,
  exportLinksOf,
  lastChanged,
  sourcesDocument,
  timelineJs,
  type ExportEvent,
  type ExportSource,
} from '../../../src/lib/publishing/open-data';
import { OPEN_DATA_SCHEMAS } from '../../../src/lib/publishing/open-data-schema';
import { formatEventDate, parseEventDate, type EventDate } from '../../../src/lib/content/dates';
import { english } from '../../../src/lib/i18n';
import { createUrls } from '../../../src/lib/urls';

const dateLabel = (date: EventDate) => formatEventDate(date, english.dates);

const site = {
  name: 'T',
  tagline: 'A <test>.',
  publisher: 'P',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};
const links = exportLinksOf(createUrls({ origin: 'https://x.test', base: '/' }));
const source: ExportSource = {
  id: 'src-a',
  publisher: 'Pub',
  publishedBy: [],
  title: 'A title',
  titleIsDescription: false,
  authors: ['A B'],
  date: parseEventDate('2025-08-06'),
  kind: 'investigation',
  language: 'en',
};
const ev = (id: string, date: string, extra: Partial<ExportEvent> = {}): ExportEvent => ({
  id,
  title: `Title "${id}", with comma`,
  summary: 'Line one,\nline two.',
  date: parseEventDate(date),
  dateLabel: formatEventDate(parseEventDate(date), english.dates),
  status: 'reported',
  statusLabel: 'Reported',
  tags: ['review'],
  actors: [{ id: 'microsoft', name: 'Microsoft', role: 'subject' }],
  sources: ['src-a'],
  published: '2026-01-01',
  corrections: [],
  ...extra,
});
const events = [
  ev('2022-a', '2022'),
  ev('2025-08-b', '2025-08-19/2025-08-27', { updated: '2026-02-01' }),
  ev('2025-09-c', '2025-09-25/..', { corrections: [{ date: '2026-03-01', text: 'Fixed.' }] }),
];
const ajv = new Ajv({
  allErrors: true,
  strict: false,
  formats: { uri: (s: string) => URL.canParse(s) },
});

describe('open data documents', () => {
  it('events.json validates against its schema and carries full source records', () => {
    const doc = eventsDocument(events, new Map([['src-a', source]]), dateLabel, site, links);
    const validate = ajv.compile(OPEN_DATA_SCHEMAS['events.schema.json']);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.count).toBe(3);
    expect(doc.events[1]!.date.end).toMatchObject({ iso: '2025-08-27', precision: 'day' });
    expect(doc.events[2]!.date.end).toBe('open');
    expect(doc.events[0]!.sources[0]).toMatchObject({
      id: 'src-a',
      url: null,
      page: 'https://x.test/sources/src-a/',
    });
    expect(doc.modified).toBe('2026-03-01');
  });
  it('a schema rejects a wrong document (the check can fail)', () => {
    const doc = eventsDocument(events, new Map([['src-a', source]]), dateLabel, site, links) as {
      events: { status: string }[];
    };
    doc.events[0]!.status = 'rumoured';
    expect(ajv.compile(OPEN_DATA_SCHEMAS['events.schema.json'])(doc)).toBe(false);
  });
  it('stops with the event and source named when a cited source is missing', () => {
    expect(() => eventsDocument(events, new Map(), dateLabel, site, links)).toThrow(
      'event "2022-a" cites source "src-a"',
    );
  });
  it('actors.json and sources.json validate and list each entry’s events', () => {
    const actors = actorsDocument(
      [{ id: 'microsoft', name: 'Microsoft', kind: 'company', description: 'D.', aliases: [] }],
      events,
      site,
      links,
    );
    expect(ajv.compile(OPEN_DATA_SCHEMAS['actors.schema.json'])(actors)).toBe(true);
    expect(actors.actors[0]!.events).toEqual(['2022-a', '2025-08-b', '2025-09-c']);
    const sources = sourcesDocument([source], events, dateLabel, site, links);
    expect(ajv.compile(OPEN_DATA_SCHEMAS['sources.schema.json'])(sources)).toBe(true);
    expect(sources.sources[0]!.citedBy).toHaveLength(3);
  });
  it('lastChanged is null for no events', () => {
    expect(lastChanged([])).toBeNull();
  });
});

describe('events.csv', () => {
  it('has a header and one row per event, quoting commas, quotes and new lines', () => {
    const rows = parse(eventsCsv(events, links));
    expect(rows).toHaveLength(4);
    expect(rows[0]![0]).toBe('id');
    expect(rows[1]![2]).toBe('Title "2022-a", with comma');
    expect(rows[1]![3]).toBe('Line one,\nline two.');
    expect(rows[2]![7]).toBe('2025-08-27');
    expect(rows[3]![7]).toBe('..');
    expect(rows[3]![15]).toBe('2026-03-01: Fixed.');
  });
});

describe('timelinejs.json', () => {
  const tl = timelineJs(events, site, links, { status: 'Evidence status', readMore: 'Read more' });
  it('has a title slide and one slide per event, unique_id = event id', () => {
    expect(tl.title.text.headline).toBe('T');
    expect(tl.title.text.text).toContain('A &lt;test&gt;.');
    expect(tl.events.map((e) => e.unique_id)).toEqual(events.map((e) => e.id));
  });
  it('gives dates only at the precision known, as numbers', () => {
    expect(tl.events[0]!.start_date).toEqual({ year: 2022 });
    expect(tl.events[1]!.start_date).toEqual({ year: 2025, month: 8, day: 19 });
    expect(tl.events[1]!.end_date).toEqual({ year: 2025, month: 8, day: 27 });
    expect('end_date' in tl.events[2]!).toBe(false);
    expect(tl.events[0]!.display_date).toBe('2022');
  });
  it('escapes HTML in text and links to the permalink', () => {
    expect(tl.events[0]!.text.headline).toBe('Title &quot;2022-a&quot;, with comma');
    expect(tl.events[0]!.text.text).toContain(
      '<a href="https://x.test/events/2022-a/">Read more</a>',
    );
    expect(tl.events[0]!.group).toBe('Reported');
  });
});
