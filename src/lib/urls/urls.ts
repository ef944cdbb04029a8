/**
 * Every URL the site makes, base path included: pages, feeds, data files, citation files, social
 * cards and the site's own assets. Nothing else builds a URL by hand.
 *
 * Two forms: site-relative, with the base path (`/sub/events/<id>/`), for links; and absolute
 * (`https://host/sub/events/<id>/`, through `absolute()`), for canonical links, feeds and
 * citations. `sitePath()` gives the address without the base, as the permalink registry keeps it.
 * Paths are directory-style with a trailing slash: these are the permalinks journalists cite, so
 * their shape never changes (README, "Permalinks").
 *
 * Pure: the origin and base come in as values (`src/site.config.ts` makes the site's instance).
 */

/** Where the site lives. */
export interface UrlConfig {
  /** Absolute origin, no trailing slash: `https://timeline.example.org`. */
  origin: string;
  /** Path prefix with leading and trailing slash: `/` or `/azure-8200/`. */
  base: string;
  /**
   * The edition's URL prefix, without slashes (`ar`), or empty for the source edition, whose pages
   * keep the site's permanent addresses. Pages, feeds and each event's citation files move under it;
   * assets, data files and version citation files are the source edition's alone and stay where
   * they are. Social cards of translated pages lie under `social/<edition>/`.
   */
  edition?: string | undefined;
}

/**
 * The top-level folders the site's pages live in. A test checks every built page is under one of
 * them (or is the home or 404 page), so the `_headers` rules cover every page.
 */
export const SECTIONS = [
  'events',
  'actors',
  'sources',
  'years',
  'about',
  'embed',
  'tags',
  'status',
  'data',
  'search',
  'corrections',
] as const;
/** Sections whose pages other sites may put in an iframe. */
export const FRAMEABLE_SECTIONS: readonly string[] = ['embed'];

/** What a social card shows: the whole site, one event or one actor. */
export type SocialCardKind = 'site' | 'event' | 'actor';

/** The fragment id of a source in an event's numbered source list. */
export const sourceNoteId = (sourceId: string): string => `source-${sourceId}`;

/**
 * The Wayback Machine's list of archived copies of an address (all captures, any date). Built,
 * never fetched: the reader follows it. Format: https://web.archive.org/web/*\/<address>.
 */
export const archivedCopies = (address: string): string =>
  `https://web.archive.org/web/*/${address}`;

/**
 * The URL builders of a site at `config`.
 * @returns builders of site-relative URLs (with the base path), plus `absolute(url)` and
 *   `sitePath(url)` to turn one of them into its absolute form or its path without the base.
 */
/**
 * Does a link lead to another site? Such links carry `rel="noopener noreferrer"` everywhere on the
 * site, so the other site learns nothing of where the reader came from.
 * @param href the link as written (relative, `#…`, `mailto:` or absolute).
 * @param origin the site's own origin, `https://timeline.example.org`.
 */
export function isExternalLink(href: string, origin: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//')) return false;
  if (!/^(https?:)?\/\//i.test(href)) return true;
  try {
    return new URL(href, origin).origin !== new URL(origin).origin;
  } catch {
    return true;
  }
}

export function createUrls(config: UrlConfig) {
  const { origin, base } = config;
  const prefix = config.edition ? `${config.edition}/` : '';
  /** A file of the whole site (one for every edition), below the base path. */
  const root = (sitePath = ''): string => `${base}${sitePath.replace(/^\/+/, '')}`;
  /** Joins the base path, the edition's prefix and a site path such as `events/x/`. */
  const page = (sitePath = ''): string => `${base}${prefix}${sitePath.replace(/^\/+/, '')}`;
  /** `prefix/` for page 1, `prefix/<n>/` after: the shape of every paginated list. */
  const paged = (prefix: string, n = 1): string => page(n > 1 ? `${prefix}${n}/` : prefix);
  const event = (eventId: string): string => page(`events/${eventId}/`);

  return {
    origin,
    base,
    /** The edition's URL prefix (`ar`), empty for the source edition. */
    edition: config.edition ?? '',
    /**
     * The same page in this edition: `/ar/events/x/` or `/events/x/` → this edition's
     * `/he/events/x/`. A URL of the whole site (a data or citation file) is returned unchanged.
     * @param url a site-relative URL made by any edition's builders.
     * @param prefixes every edition's prefix (`ar`, `he`), to recognise the edition `url` is in.
     */
    inThisEdition(url: string, prefixes: readonly string[]): string {
      if (!url.startsWith(base)) return url;
      const rest = url.slice(base.length);
      const own = prefixes.find((p) => p !== '' && (rest === p || rest.startsWith(`${p}/`)));
      return page(own ? rest.slice(own.length + 1) : rest);
    },
    /** Any page by its site path (`about/`), for routes that have no builder of their own. */
    page,
    /**
     * The absolute form of a site-relative URL made here (default: the home page).
     * @throws Error when `url` is not under the base path: it was not made by this module.
     */
    absolute(url: string = page('')): string {
      if (!url.startsWith(base))
        throw new Error(
          `absolute(): "${url}" is not under the base path "${base}"; build it with urls first.`,
        );
      return `${origin}${url}`;
    },
    /**
     * The site path of a site-relative URL, without the base, as the permalink registry and the
     * headers rules name it: `/sub/events/x/` → `/events/x/`.
     * @throws Error when `url` is not under the base path.
     */
    sitePath(url: string): string {
      if (!url.startsWith(base))
        throw new Error(`sitePath(): "${url}" is not under the base path "${base}".`);
      return `/${url.slice(base.length)}`;
    },
    /** A file the site serves from `public/` (`theme.js`, `favicon.svg`) or a folder (`pagefind/`). */
    asset: (file: string): string => root(file),

    home: (): string => page(''),
    /** A year of the timeline, optionally one of its later pages. */
    year: (year: string, n = 1): string => paged(`years/${year}/`, n),
    /** The timeline entry of an event on the home page. */
    timelineEntry: (eventId: string): string => `${page('')}#${eventId}`,
    /** An event's entry on page `n` of its year's list. */
    yearEntry: (year: string, n: number, eventId: string): string =>
      `${paged(`years/${year}/`, n)}#${eventId}`,
    event,
    /** One citation in an event's text (`cite-3`): where a claim is sourced. */
    citation: (eventId: string, ref: string): string => `${event(eventId)}#${ref}`,
    actors: (n = 1): string => paged('actors/', n),
    /** An actor's page; later pages continue the list of their events. */
    actor: (actorId: string, n = 1): string => paged(`actors/${actorId}/`, n),
    sources: (n = 1): string => paged('sources/', n),
    /** A source's own page: its full record and the events that cite it; later pages continue the list. */
    source: (sourceId: string, n = 1): string => paged(`sources/${sourceId}/`, n),
    /** Every statement of an actor, when there are more than their page shows. */
    statements: (actorId: string, n = 1): string => paged(`actors/${actorId}/statements/`, n),
    about: (): string => page('about/'),
    evidenceStatus: (): string => `${page('about/')}#evidence-status`,
    /** The corrections policy: its section of the about page. */
    correctionsPolicy: (): string => `${page('about/')}#corrections`,

    /** Every correction, newest first; later pages continue the list. */
    corrections: (n = 1): string => paged('corrections/', n),
    /** One correction on its event's page (`number` from 1, the oldest). */
    correction: (eventId: string, number: number): string =>
      `${event(eventId)}#correction-${number}`,
    /**
     * An event's citation as a file: `cite.bib` (BibTeX) or `cite.ris` (RIS), beside the event's
     * page in this edition (`/ar/events/<id>/cite.bib` cites the Arabic page, in Arabic).
     */
    citeFile: (eventId: string, format: 'bib' | 'ris'): string =>
      page(`events/${eventId}/cite.${format}`),
    /** Revision n (from 1) of an event, on its own permanent page: `/events/<id>/v/<n>/`. */
    eventVersion: (eventId: string, n: number): string => page(`events/${eventId}/v/${n}/`),
    /** Every revision of an event, with the differences between them. */
    eventHistory: (eventId: string): string => page(`events/${eventId}/history/`),
    /** An event's Memento TimeMap (RFC 7089), `application/link-format`. */
    eventTimeMap: (eventId: string): string => root(`events/${eventId}/timemap.link`),
    /** Revision n's citation as a file: `cite.bib` (BibTeX) or `cite.ris` (RIS). */
    versionCiteFile: (eventId: string, n: number, format: 'bib' | 'ris'): string =>
      root(`events/${eventId}/v/${n}/cite.${format}`),
    /** The Cite this section of an event page or of the timeline. */
    cite: (eventId?: string): string => `${eventId ? event(eventId) : page('')}#cite-this`,

    /** Every tag, with the number of its events. */
    tags: (): string => page('tags/'),
    /** The events carrying one tag; later pages continue the list. */
    tag: (tag: string, n = 1): string => paged(`tags/${tag}/`, n),
    /** Every evidence status, with the number of its events. */
    statuses: (): string => page('status/'),
    /** The events of one evidence status; later pages continue the list. */
    status: (status: string, n = 1): string => paged(`status/${status}/`, n),
    /** A feed file: `events` or `corrections`, in RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
    feed: (name: 'events' | 'corrections', format: 'rss' | 'atom' | 'json'): string =>
      page(`feeds/${name}.${format === 'json' ? 'json' : `${format}.xml`}`),
    /** The open-data page, or one of its files (`events.json`, `events.csv`, …). */
    data: (file = ''): string => (file ? root(`data/${file}`) : page('data/')),
    /** The search page; `query` fills its box (`/search/?q=…`). */
    search: (query?: string): string =>
      `${page('search/')}${query ? `?q=${encodeURIComponent(query)}` : ''}`,
    /** The embeddable timeline (whole story), or one actor's events. */
    embed: (): string => page('embed/'),
    embedActor: (actorId: string): string => page(`embed/actors/${actorId}/`),
    sitemap: (): string => root('sitemap.xml'),
    robots: (): string => root('robots.txt'),
    /**
     * The 1200×630 PNG social card of a page (`/social/events/<id>.png`); Open Graph wants it
     * absolute: `absolute(socialCard(…))`. An edition's card of a translated event or actor lies
     * under its prefix (`/social/ar/events/<id>.png`), and so does its site card
     * (`/social/ar/site.png`, with the site's name in the edition's language).
     * @param kind `site` (id ignored), `event` or `actor`.
     */
    socialCard: (kind: SocialCardKind, id = ''): string =>
      root(
        kind === 'site'
          ? `social/${prefix}site.png`
          : `social/${prefix}${kind === 'event' ? 'events' : 'actors'}/${id}.png`,
      ),
  };
}

/** The URL builders of one site (see `createUrls`). */
export type SiteUrls = ReturnType<typeof createUrls>;
