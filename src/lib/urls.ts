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
export const SECTIONS = ['events', 'actors', 'sources', 'years', 'about', 'embed'] as const;
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
  actors: (page = 1) => paged('actors/', page),
  /** An actor's page; later pages continue the list of their events. */
  actor: (actorId: string, page = 1) => paged(`actors/${actorId}/`, page),
  sources: (page = 1) => paged('sources/', page),
  /** A source's own page: its full record and every event that cites it. */
  source: (sourceId: string) => path(`sources/${sourceId}/`),
  about: () => path('about/'),
  evidenceStatus: () => `${path('about/')}#evidence-status`,
} as const;

/** The fragment id of a source in an event's numbered source list. */
export const sourceNoteId = (sourceId: string) => `source-${sourceId}`;
