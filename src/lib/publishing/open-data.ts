/**
 * The open-data exports: `/data/events.json`, `/data/events.csv`, `/data/actors.json`,
 * `/data/sources.json` and `/data/timelinejs.json`. Pure: plain records in, documents out.
 *
 * The JSON files follow the schemas in `src/lib/publishing/open-data-schema.ts` (published beside them as
 * `*.schema.json`); `OPEN_DATA_VERSION` is their version (semantic versioning: a new optional
 * field is a minor change, a renamed or removed field a major one). Every list is in a stable
 * order: events oldest first (the timeline's order), actors by name, sources by id.
 */
import escapeHtml from 'escape-html';
import { stringify } from 'csv-stringify/sync';
import type { DatePoint, EventDate } from '../content/dates';
import type { SiteUrls } from '../urls/urls';

/** Version of the data files' schema. */
export const OPEN_DATA_VERSION = '1.1.0';

/** An event with everything the exports need, already resolved (actors and sources looked up). */
export interface ExportEvent {
  id: string;
  title: string;
  summary: string;
  date: EventDate;
  dateLabel: string;
  status: string;
  statusLabel: string;
  statusNote?: string | undefined;
  tags: readonly string[];
  actors: readonly { id: string; name: string; role?: string | undefined }[];
  sources: readonly string[];
  published: string;
  updated?: string | undefined;
  corrections: readonly { date: string; text: string }[];
  /** The current version (latest revision): number and day; absent when the story keeps none. */
  version?: { number: number; date: string } | undefined;
}

export interface ExportActor {
  id: string;
  name: string;
  kind: string;
  description: string;
  memberOf?: string | undefined;
  aliases: readonly string[];
  website?: string | undefined;
  wikidata?: string | undefined;
}

export interface ExportSource {
  id: string;
  publisher: string;
  publishedBy: readonly string[];
  title: string;
  titleIsDescription: boolean;
  authors: readonly string[];
  date: EventDate;
  url?: string | undefined;
  kind: string;
  language: string;
  note?: string | undefined;
}

/** Absolute URLs of the site's pages, passed in so this module stays free of configuration. */
export interface ExportLinks {
  home: string;
  event: (id: string) => string;
  actor: (id: string) => string;
  source: (id: string) => string;
  schema: (file: string) => string;
  /** An event's version n page. */
  version: (id: string, n: number) => string;
  /** An event's history page. */
  history: (id: string) => string;
}

/**
 * The absolute links the data files carry, from the site's URL builders (the only place that
 * makes them).
 */
export function exportLinksOf(urls: SiteUrls): ExportLinks {
  return {
    home: urls.absolute(),
    event: (id) => urls.absolute(urls.event(id)),
    actor: (id) => urls.absolute(urls.actor(id)),
    source: (id) => urls.absolute(urls.source(id)),
    schema: (file) => urls.absolute(urls.data(file)),
    version: (id, n) => urls.absolute(urls.eventVersion(id, n)),
    history: (id) => urls.absolute(urls.eventHistory(id)),
  };
}

/** Who publishes the data, under which licence. */
export interface ExportSite {
  name: string;
  tagline: string;
  publisher: string;
  licence: { name: string; url: string };
}

const point = (p: DatePoint) => ({
  iso: p.iso,
  precision: p.precision,
  first: p.first,
  last: p.last,
  approximate: p.approximate,
  uncertain: p.uncertain,
});

/** An EDTF date as data: the string as written, its label, and both ends at their precision. */
export function dateRecord(date: EventDate, label: string) {
  return {
    edtf: date.edtf,
    label,
    start: point(date.start),
    end: date.end === null ? null : date.end === 'open' ? 'open' : point(date.end),
  };
}

/** The latest day anything in the list changed (published, updated or corrected), or null. */
export function lastChanged(events: readonly ExportEvent[]): string | null {
  const days = events.flatMap((e) => [
    e.published,
    e.updated ?? e.published,
    ...e.corrections.map((c) => c.date),
  ]);
  return days.length ? days.reduce((a, b) => (a > b ? a : b)) : null;
}

function header(
  site: ExportSite,
  links: ExportLinks,
  schemaFile: string,
  events: readonly ExportEvent[],
) {
  return {
    $schema: links.schema(schemaFile),
    schemaVersion: OPEN_DATA_VERSION,
    title: site.name,
    description: site.tagline,
    publisher: site.publisher,
    licence: { ...site.licence },
    homepage: links.home,
    modified: lastChanged(events),
  };
}

function sourceRecord(
  source: ExportSource,
  dateLabel: (d: EventDate) => string,
  links: ExportLinks,
) {
  return {
    id: source.id,
    page: links.source(source.id),
    publisher: source.publisher,
    publishedBy: [...source.publishedBy],
    title: source.title,
    titleIsDescription: source.titleIsDescription,
    authors: [...source.authors],
    date: dateRecord(source.date, dateLabel(source.date)),
    url: source.url ?? null,
    kind: source.kind,
    language: source.language,
    note: source.note ?? null,
  };
}

/**
 * `/data/events.json`: every event with its full metadata, its actors (name, role, page) and its
 * sources (full records, in the event's order).
 * @param sourceById every source an event cites must be here.
 * @throws Error naming the event and the source id when a cited source is missing.
 */
export function eventsDocument(
  events: readonly ExportEvent[],
  sourceById: ReadonlyMap<string, ExportSource>,
  dateLabel: (d: EventDate) => string,
  site: ExportSite,
  links: ExportLinks,
) {
  return {
    ...header(site, links, 'events.schema.json', events),
    count: events.length,
    events: events.map((e) => ({
      id: e.id,
      url: links.event(e.id),
      title: e.title,
      summary: e.summary,
      date: dateRecord(e.date, e.dateLabel),
      status: e.status,
      statusLabel: e.statusLabel,
      statusNote: e.statusNote ?? null,
      tags: [...e.tags],
      actors: e.actors.map((a) => ({
        id: a.id,
        name: a.name,
        role: a.role ?? null,
        url: links.actor(a.id),
      })),
      sources: e.sources.map((id) => {
        const source = sourceById.get(id);
        if (!source)
          throw new Error(
            `Open data: event "${e.id}" cites source "${id}", which is not in the sources list.`,
          );
        return sourceRecord(source, dateLabel, links);
      }),
      published: e.published,
      updated: e.updated ?? null,
      corrections: e.corrections.map((c) => ({ date: c.date, text: c.text })),
      version: e.version
        ? {
            number: e.version.number,
            date: e.version.date,
            url: links.version(e.id, e.version.number),
            history: links.history(e.id),
          }
        : null,
    })),
  };
}

/** `/data/actors.json`: every actor, with the ids of their events (oldest first). */
export function actorsDocument(
  actors: readonly ExportActor[],
  events: readonly ExportEvent[],
  site: ExportSite,
  links: ExportLinks,
) {
  return {
    ...header(site, links, 'actors.schema.json', events),
    count: actors.length,
    actors: actors.map((a) => ({
      id: a.id,
      url: links.actor(a.id),
      name: a.name,
      kind: a.kind,
      description: a.description,
      memberOf: a.memberOf ?? null,
      aliases: [...a.aliases],
      website: a.website ?? null,
      wikidata: a.wikidata ?? null,
      events: events.filter((e) => e.actors.some((x) => x.id === a.id)).map((e) => e.id),
    })),
  };
}

/** `/data/sources.json`: every source, sorted by id, with the ids of the events citing it. */
export function sourcesDocument(
  sources: readonly ExportSource[],
  events: readonly ExportEvent[],
  dateLabel: (d: EventDate) => string,
  site: ExportSite,
  links: ExportLinks,
) {
  return {
    ...header(site, links, 'sources.schema.json', events),
    count: sources.length,
    sources: [...sources]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({
        ...sourceRecord(s, dateLabel, links),
        citedBy: events.filter((e) => e.sources.includes(s.id)).map((e) => e.id),
      })),
  };
}

/** Columns of `/data/events.csv`, in order; lists inside a cell are joined by " | ". */
export const CSV_COLUMNS = [
  'id',
  'url',
  'title',
  'summary',
  'date',
  'date_label',
  'start',
  'end',
  'status',
  'status_note',
  'tags',
  'actors',
  'sources',
  'published',
  'updated',
  'corrections',
  'version',
  'version_url',
] as const;

/**
 * `/data/events.csv`: one row per event (RFC 4180, UTF-8, header row, CRLF line ends; a cell that
 * a spreadsheet would read as a formula starts with `'`). `start` and
 * `end` are ISO dates at their precision; `end` is empty for a single date and `..` for an open one.
 * `version` and `version_url` (added in 1.1.0, last so earlier columns keep their places) are the
 * current version's number and permanent page, empty when the story keeps no revisions.
 */
export function eventsCsv(events: readonly ExportEvent[], links: ExportLinks): string {
  const rows = events.map((e) => [
    e.id,
    links.event(e.id),
    e.title,
    e.summary,
    e.date.edtf,
    e.dateLabel,
    e.date.start.iso,
    e.date.end === null ? '' : e.date.end === 'open' ? '..' : e.date.end.iso,
    e.status,
    e.statusNote ?? '',
    e.tags.join(' | '),
    e.actors.map((a) => a.id).join(' | '),
    e.sources.join(' | '),
    e.published,
    e.updated ?? '',
    e.corrections.map((c) => `${c.date}: ${c.text}`).join(' | '),
    e.version ? String(e.version.number) : '',
    e.version ? links.version(e.id, e.version.number) : '',
  ]);
  // escape_formulas: a cell starting with =, +, -, @, tab or carriage return gets a leading ' so
  // that a spreadsheet shows the text instead of running it as a formula (CSV injection).
  return stringify([[...CSV_COLUMNS], ...rows], {
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}

/** A TimelineJS 3 date object: the year always; the month and day only when known. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

function tlDate(p: DatePoint): TimelineJsDate {
  const [year, month, day] = p.first.split('-').map(Number) as [number, number, number];
  if (p.precision === 'year') return { year };
  if (p.precision === 'month' || p.precision === 'season') return { year, month };
  return { year, month, day };
}

/**
 * `/data/timelinejs.json` in TimelineJS 3's JSON format (timeline.knightlab.com/docs/json-format):
 * a title slide and one slide per event. `unique_id` is our event id; `start_date` has the year
 * and only the month and day the source knows (never a made-up day); `display_date` shows the date
 * at its precision; `end_date` is given for a closed interval; `group` is the evidence status.
 * The slide text is HTML: the summary, the status and a link to the permalink.
 */
export function timelineJs(
  events: readonly ExportEvent[],
  site: ExportSite,
  links: ExportLinks,
  words: { status: string; readMore: string },
) {
  return {
    title: {
      text: {
        headline: escapeHtml(site.name),
        text: `<p>${escapeHtml(site.tagline)}</p><p>${escapeHtml(site.publisher)}, <a href="${escapeHtml(site.licence.url)}">${escapeHtml(site.licence.name)}</a></p>`,
      },
    },
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: tlDate(e.date.start),
      ...(e.date.end && e.date.end !== 'open' ? { end_date: tlDate(e.date.end) } : {}),
      display_date: e.dateLabel,
      text: {
        headline: escapeHtml(e.title),
        text: `<p>${escapeHtml(e.summary)}</p><p>${escapeHtml(words.status)}: ${escapeHtml(e.statusLabel)}${e.statusNote ? `. ${escapeHtml(e.statusNote)}` : ''}</p><p><a href="${escapeHtml(links.event(e.id))}">${escapeHtml(words.readMore)}</a></p>`,
      },
      group: e.statusLabel,
    })),
  };
}
