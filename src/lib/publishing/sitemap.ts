/**
 * `sitemap.xml`: every indexable page with the day it last changed. Pure: takes the built pages'
 * site paths and the events (as in /data/events.json), returns the XML (sitemaps.org 0.9).
 *
 * Last-modified rule: a page changes when an event shown on it changes (published, updated or
 * corrected). An event page takes its event's day; an actor, source, tag, status or year page the
 * latest day among its events; every other page (the timeline, indexes, about, data, search) the
 * latest day of any event. A page with no event (an actor with none yet) takes the site's day.
 */
import { startYear } from '../content/dates';

/** What the sitemap needs of an event. */
export interface SitemapEvent {
  id: string;
  /** `YYYY-MM-DD`: the latest of published, updated and correction days. */
  lastModified: string;
  actors: readonly string[];
  sources: readonly string[];
  tags: readonly string[];
  status: string;
  /** `YYYY` of the event's start. */
  year: string;
}

/** Reads the events of `/data/events.json` (schema in `src/lib/publishing/open-data-schema.ts`). */
export function sitemapEvents(doc: {
  events: {
    id: string;
    published: string;
    updated: string | null;
    corrections: { date: string }[];
    actors: { id: string }[];
    sources: { id: string }[];
    tags: string[];
    status: string;
    date: { start: { first: string } };
  }[];
}): SitemapEvent[] {
  return doc.events.map((e) => ({
    id: e.id,
    lastModified: [e.published, e.updated ?? e.published, ...e.corrections.map((c) => c.date)]
      .sort()
      .at(-1)!,
    actors: e.actors.map((a) => a.id),
    sources: e.sources.map((s) => s.id),
    tags: e.tags,
    status: e.status,
    year: startYear(e.date),
  }));
}

const latest = (events: readonly SitemapEvent[]) =>
  events
    .map((e) => e.lastModified)
    .sort()
    .at(-1) ?? null;

/**
 * The day a page last changed (see the module's rule), or null when the story has no event.
 * @param sitePath the page's path below the base, e.g. `events/<id>/`, `actors/<id>/2/`, `` (home).
 */
export function lastModifiedFor(sitePath: string, events: readonly SitemapEvent[]): string | null {
  const [section, id] = sitePath.split('/');
  const pick = (keep: (e: SitemapEvent) => boolean) =>
    latest(events.filter(keep)) ?? latest(events);
  switch (id ? section : undefined) {
    case 'events':
      return pick((e) => e.id === id);
    case 'actors':
      return pick((e) => e.actors.includes(id!));
    case 'sources':
      return pick((e) => e.sources.includes(id!));
    case 'tags':
      return pick((e) => e.tags.includes(id!));
    case 'status':
      return pick((e) => e.status === id);
    case 'years':
      return pick((e) => e.year === id);
    default:
      return latest(events);
  }
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One language version of a page, for `<xhtml:link rel="alternate" hreflang>`. */
export interface SitemapAlternate {
  /** BCP 47 tag, or `x-default` for the page readers get when no language matches. */
  hreflang: string;
  /** Absolute URL. */
  href: string;
}

/**
 * The sitemap document. Pages with language versions list each of them, themselves included, as
 * Google's sitemap extension for localised pages asks (`xhtml:link rel="alternate" hreflang`).
 * @param pages absolute page URLs with their last-modified day (`null` to leave it out) and
 *   their language versions (none: the page has no other language).
 */
export function sitemapXml(
  pages: readonly {
    loc: string;
    lastmod: string | null;
    alternates?: readonly SitemapAlternate[] | undefined;
  }[],
): string {
  const urls = pages.map(
    (p) =>
      `  <url><loc>${escapeXml(p.loc)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}${(
        p.alternates ?? []
      )
        .map(
          (a) =>
            `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`,
        )
        .join('')}</url>`,
  );
  const xhtml = pages.some((p) => p.alternates?.length)
    ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * The path of a page within its edition, and that edition's prefix: `ar/events/x/` →
 * `{ prefix: 'ar', path: 'events/x/' }`; a page of the source edition has prefix `''`.
 * @param prefixes the editions' prefixes (`''`, `ar`, `he`).
 */
export function splitEdition(
  sitePath: string,
  prefixes: readonly string[],
): { prefix: string; path: string } {
  const prefix = prefixes.find(
    (p) => p !== '' && (sitePath === `${p}/` || sitePath.startsWith(`${p}/`)),
  );
  return prefix
    ? { prefix, path: sitePath.slice(prefix.length + 1) }
    : { prefix: '', path: sitePath };
}

/** A version page's path below the base (`events/<id>/v/<n>/`): noindex, the current page is what to index. */
const VERSION_PAGE = /^events\/[^/]+\/v\/\d+\/$/;

/** Pages left out of the sitemap: the 404 page, embeds (made for iframes, marked noindex) and version pages (noindex). */
export function inSitemap(sitePath: string): boolean {
  return (
    !sitePath.startsWith('embed/') &&
    sitePath !== '404.html' &&
    !sitePath.startsWith('pagefind/') &&
    !VERSION_PAGE.test(sitePath)
  );
}
