/**
 * The standard links between an event's versions, so archives and reference tools can follow them:
 * - RFC 5829 link relations (`version-history`, `latest-version`, `predecessor-version`,
 *   `successor-version`) for the `<head>` of event, version and history pages and for the
 *   `Link` headers of the generated server configuration;
 * - an RFC 7089 (Memento) TimeMap per event, in `application/link-format` (RFC 6690): the current
 *   page as `original`, each version page as a `memento` with its `datetime` (the revision's day
 *   at 00:00:00 GMT, as the history records days, not times), the first and last marked so.
 *   A static site has no TimeGate (it cannot negotiate by datetime), so none is listed.
 */
import type { SiteUrls } from '../urls/urls.ts';

/** One typed link. */
export interface VersionLink {
  href: string;
  rel: string;
  type?: string | undefined;
  datetime?: string | undefined;
}

/** An event's version addresses (absolute or site-relative, as the caller needs). */
export interface VersionUrls {
  /** The current page (`/events/<id>/`), always the latest version. */
  latest: string;
  /** The history page. */
  history: string;
  /** The TimeMap. */
  timemap: string;
  /** Version n's page (from 1). */
  version: (n: number) => string;
}

/** The media type of a TimeMap (RFC 7089, section 5). */
export const TIMEMAP_TYPE = 'application/link-format';

/**
 * The RFC 5829 relations of one page of an event with `count` revisions.
 * @param page `latest` (the current page), `history`, or a version number from 1 to `count`.
 * @returns the links, in the order version-history, latest-version, predecessor, successor, then
 *   the TimeMap (`rel="timemap"`, RFC 7089).
 * @throws RangeError for a version outside 1…count.
 */
export function versionRelations(
  urls: VersionUrls,
  count: number,
  page: 'latest' | 'history' | number,
): VersionLink[] {
  if (typeof page === 'number' && (!Number.isInteger(page) || page < 1 || page > count))
    throw new RangeError(`version ${page} is not between 1 and ${count}`);
  const links: VersionLink[] = [];
  if (page !== 'history') links.push({ href: urls.history, rel: 'version-history' });
  links.push({ href: urls.latest, rel: 'latest-version' });
  // The current page shows the latest revision: its predecessor is the one before that.
  const n = page === 'latest' ? count : page === 'history' ? undefined : page;
  if (n !== undefined && n > 1)
    links.push({ href: urls.version(n - 1), rel: 'predecessor-version' });
  if (typeof page === 'number' && page < count)
    links.push({ href: urls.version(page + 1), rel: 'successor-version' });
  links.push({ href: urls.timemap, rel: 'timemap', type: TIMEMAP_TYPE });
  return links;
}

/**
 * A `YYYY-MM-DD` day as a Memento datetime (RFC 1123, GMT): `Sun, 29 Nov 2026 00:00:00 GMT`.
 * @throws RangeError when `day` is not a calendar day.
 */
export function mementoDatetime(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(d.getTime()))
    throw new RangeError(`"${day}" is not a day (YYYY-MM-DD)`);
  return d.toUTCString();
}

/** Links as an RFC 8288 `Link` value / RFC 6690 link-format: `<href>; rel="…"; type="…"`, comma-separated. */
export function formatLinks(links: readonly VersionLink[], separator = ', '): string {
  return links
    .map((l) =>
      [
        `<${l.href}>`,
        `rel="${l.rel}"`,
        ...(l.type ? [`type="${l.type}"`] : []),
        ...(l.datetime ? [`datetime="${l.datetime}"`] : []),
      ].join('; '),
    )
    .join(separator);
}

/**
 * An event's TimeMap (RFC 7089, section 5.1.1) in link-format, one link a line.
 * @param urls absolute addresses (archives resolve them as they are).
 * @param days each revision's day, oldest first (at least one).
 * @throws RangeError when `days` is empty or a day is not `YYYY-MM-DD`.
 */
export function timeMap(urls: VersionUrls, days: readonly string[]): string {
  if (days.length === 0) throw new RangeError('a TimeMap needs at least one version');
  const times = days.map(mementoDatetime);
  const self = `<${urls.timemap}>; rel="self"; type="${TIMEMAP_TYPE}"; from="${times[0]}"; until="${times.at(-1)}"`;
  const mementos = times.map((datetime, i) => {
    const rel = [i === 0 ? 'first' : '', i === times.length - 1 ? 'last' : '', 'memento']
      .filter(Boolean)
      .join(' ');
    return formatLinks([{ href: urls.version(i + 1), rel, datetime }]);
  });
  return `${[formatLinks([{ href: urls.latest, rel: 'original latest-version' }]), self, formatLinks([{ href: urls.history, rel: 'version-history' }]), ...mementos].join(',\n')}\n`;
}

/**
 * An event's version addresses from the site's URL builders.
 * @param absolute absolute addresses (head links, headers, TimeMaps) or site-relative ones (links).
 */
export function eventVersionUrls(urls: SiteUrls, eventId: string, absolute = true): VersionUrls {
  const a = (url: string) => (absolute ? urls.absolute(url) : url);
  return {
    latest: a(urls.event(eventId)),
    history: a(urls.eventHistory(eventId)),
    timemap: a(urls.eventTimeMap(eventId)),
    version: (n) => a(urls.eventVersion(eventId, n)),
  };
}

/** One page's version links as a host sends them: its path (with the base), `Link` value and, for a memento, its datetime. */
export interface VersionHeaderPage {
  path: string;
  link: string;
  mementoDatetime?: string | undefined;
}

/**
 * The `Link` headers of every event page, history page and version page: the same relations as
 * their `<head>`; a version page also names its `original` and sends `Memento-Datetime`
 * (RFC 7089, section 2.2.1).
 * @param days each event's revision days (`YYYY-MM-DD`), oldest first, by event id.
 */
export function versionHeaderPages(
  urls: SiteUrls,
  days: ReadonlyMap<string, readonly string[]>,
): VersionHeaderPage[] {
  return [...days].flatMap(([id, list]) => {
    const all = eventVersionUrls(urls, id);
    const count = list.length;
    return [
      { path: urls.event(id), link: formatLinks(versionRelations(all, count, 'latest')) },
      { path: urls.eventHistory(id), link: formatLinks(versionRelations(all, count, 'history')) },
      ...list.map((day, i) => ({
        path: urls.eventVersion(id, i + 1),
        link: formatLinks([
          { href: all.latest, rel: 'original' },
          ...versionRelations(all, count, i + 1),
        ]),
        mementoDatetime: mementoDatetime(day),
      })),
    ];
  });
}
