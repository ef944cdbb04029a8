/**
 * Every URL the site makes, base path included. Nothing else builds a URL by hand.
 * Paths are directory-style with a trailing slash (`/events/<id>/`): these are the permalinks
 * journalists cite, so their shape never changes (see README, "Permalinks").
 */
import { site } from '../site.config';

const base = site.base; // "/" or "/sub/"

/** Joins the base path and a site path such as `events/x/` (no leading slash needed). */
export function path(sitePath = ''): string {
  return `${base}${sitePath.replace(/^\/+/, '')}`;
}

/** Absolute URL (origin + base + path), for canonical links, feeds and citations. */
export function absolute(sitePath = ''): string {
  return `${site.url}${path(sitePath)}`;
}

/**
 * The top-level folders the site's pages live in. A test checks every built page is under one of
 * them (or is the home or 404 page), so the `_headers` rules cover every page.
 */
export const SECTIONS = ['events', 'actors', 'sources', 'years', 'about', 'embed', 'tags', 'status', 'data', 'search', 'corrections'] as const;
/** Sections whose pages other sites may put in an iframe. */
export const FRAMEABLE_SECTIONS: readonly string[] = ['embed'];

/** `prefix/` for page 1, `prefix/<n>/` after: the shape of every paginated list. */
const paged = (prefix: string, page = 1) => path(page > 1 ? `${prefix}${page}/` : prefix);

export const urls = {
  home: () => path(''),
  /** A year of the timeline, optionally one of its later pages. */
  year: (year: string, page = 1) => paged(`years/${year}/`, page),
  /** The timeline entry of an event on the home page. */
  timelineEntry: (eventId: string) => `${path('')}#${eventId}`,
  event: (eventId: string) => path(`events/${eventId}/`),
  /** One citation in an event's text (`cite-3`): where a claim is sourced. */
  citation: (eventId: string, ref: string) => `${path(`events/${eventId}/`)}#${ref}`,
  actors: (page = 1) => paged('actors/', page),
  /** An actor's page; later pages continue the list of their events. */
  actor: (actorId: string, page = 1) => paged(`actors/${actorId}/`, page),
  sources: (page = 1) => paged('sources/', page),
  /** A source's own page: its full record and the events that cite it; later pages continue the list. */
  source: (sourceId: string, page = 1) => paged(`sources/${sourceId}/`, page),
  /** Every statement of an actor, when there are more than their page shows. */
  statements: (actorId: string, page = 1) => paged(`actors/${actorId}/statements/`, page),
  about: () => path('about/'),
  evidenceStatus: () => `${path('about/')}#evidence-status`,
} as const;

/** The fragment id of a source in an event's numbered source list. */
export const sourceNoteId = (sourceId: string) => `source-${sourceId}`;

/** URLs of the citation features (issue 4): corrections, citation downloads, archived copies. */
export const citableUrls = {
  /** Every correction, newest first; later pages continue the list. */
  corrections: (page = 1) => paged('corrections/', page),
  /** One correction on its event's page (`number` from 1, the oldest). */
  correction: (eventId: string, number: number) => `${path(`events/${eventId}/`)}#correction-${number}`,
  /** An event's citation as a file: `cite.bib` (BibTeX) or `cite.ris` (RIS). */
  citeFile: (eventId: string, format: 'bib' | 'ris') => path(`events/${eventId}/cite.${format}`),
  /** The Cite this section of an event page or of the timeline. */
  cite: (eventId?: string) => `${eventId ? path(`events/${eventId}/`) : path('')}#cite-this`,
  /**
   * The Wayback Machine's list of archived copies of an address (all captures, any date). Built,
   * never fetched: the reader follows it. Format: https://web.archive.org/web/*\/<address>.
   */
  archived: (address: string) => `https://web.archive.org/web/*/${address}`,
} as const;

/**
 * URLs of the find-and-follow features (issue 6): filter pages, feeds, open data, search, embeds
 * and social cards. Site paths with the base path, like `urls`; wrap in `absolute()` for feeds.
 */
export const findUrls = {
  /** Every tag, with the number of its events. */
  tags: () => path('tags/'),
  /** The events carrying one tag; later pages continue the list. */
  tag: (tag: string, page = 1) => paged(`tags/${tag}/`, page),
  /** Every evidence status, with the number of its events. */
  statuses: () => path('status/'),
  /** The events of one evidence status; later pages continue the list. */
  status: (status: string, page = 1) => paged(`status/${status}/`, page),
  /** A feed file: `events` or `corrections`, in RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
  feed: (name: 'events' | 'corrections', format: 'rss' | 'atom' | 'json') =>
    path(`feeds/${name}.${format === 'json' ? 'json' : `${format}.xml`}`),
  /** The open-data page, or one of its files (`events.json`, `events.csv`, …). */
  data: (file = '') => path(`data/${file}`),
  /** The search page; `query` fills its box (`/search/?q=…`). */
  search: (query?: string) => `${path('search/')}${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  /** The embeddable timeline (whole story), or one actor's events. */
  embed: () => path('embed/'),
  embedActor: (actorId: string) => path(`embed/actors/${actorId}/`),
  sitemap: () => path('sitemap.xml'),
  robots: () => path('robots.txt'),
} as const;

/** What a social card shows: the whole site, one event or one actor. */
export type SocialCardKind = 'site' | 'event' | 'actor';

/**
 * The 1200×630 PNG social card of a page, as an absolute URL (Open Graph needs one).
 * @param kind `site` (id ignored), `event` or `actor`.
 * @param id the event or actor id.
 * @returns e.g. `https://…/social/events/<id>.png`.
 */
export function socialCardUrl(kind: SocialCardKind, id = ''): string {
  return absolute(kind === 'site' ? 'social/site.png' : `social/${kind === 'event' ? 'events' : 'actors'}/${id}.png`);
}
