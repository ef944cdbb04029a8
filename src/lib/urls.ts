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

export const urls = {
  home: () => path(''),
  /** The timeline entry of an event on the home page. */
  timelineEntry: (eventId: string) => `${path('')}#${eventId}`,
  event: (eventId: string) => path(`events/${eventId}/`),
  actors: () => path('actors/'),
  actor: (actorId: string) => path(`actors/${actorId}/`),
  sources: () => path('sources/'),
  /** A source's entry on the sources page. */
  source: (sourceId: string) => `${path('sources/')}#${sourceId}`,
  about: () => path('about/'),
  evidenceStatus: () => `${path('about/')}#evidence-status`,
} as const;

/** The fragment id of a source in an event's numbered source list. */
export const sourceNoteId = (sourceId: string) => `source-${sourceId}`;
