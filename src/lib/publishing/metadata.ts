/**
 * What the `<head>` of each page tells machines: Highwire Press `citation_*` tags (read by Zotero
 * and Google Scholar), Open Graph and Twitter card tags (link previews) and JSON-LD (schema.org).
 * Pure data builders: pages pass plain records and absolute URLs, `HeadMetadata.astro` renders.
 *
 * Rule sources: Google Scholar inclusion guidelines (Highwire tags, dates as `YYYY/MM/DD`),
 * ogp.me (`og:*`, `article:*`), schema.org (`NewsArticle`, `ItemList`, `Organization`, `Person`,
 * `WebSite`, `CreativeWork`, `CorrectionComment`), OpenURL 1.0 KEV (Z39.88-2004, for COinS).
 *
 * Only events are citable works: only event pages carry `citation_*` tags and a COinS context
 * object. How Zotero reads them (its translators "COinS", priority 310, and "Embedded Metadata",
 * priority 320; the lower number wins when both detect a page):
 * - Embedded Metadata guesses a journal article from `citation_title` without a journal, and
 *   passes every author it finds (`citation_author`, `DC.creator`, `author`, `article:author`)
 *   through `cleanAuthor`, which splits an organisation's name into a first and a last name.
 * - COinS with `rft.aucorp` gives an author with no first name, which Zotero saves as one field;
 *   `rft.type` names the item type; `rft.publisher`, `rft.source` (the site, as publication),
 *   `rft.date` (the full day) and `rft_id` (the permalink) fill the rest.
 * So an event is saved by COinS as a `newspaperArticle` (the Zotero type of a dated news report
 * on a website, matching the JSON-LD `NewsArticle`), written by the organisation that publishes
 * the site. Other pages carry Open Graph only, which Zotero saves as a plain web page.
 */

/** Who publishes the site: the author and publisher of every page (from `src/site.config.ts`). */
export interface SiteInfo {
  name: string;
  publisher: string;
  /** BCP 47, e.g. `en-GB`. */
  language: string;
  /** Absolute URL of the home page. */
  homeUrl: string;
  /** Absolute URL of the page that says who the publisher is (the author's page in JSON-LD); the home page when absent. */
  aboutUrl?: string | undefined;
}

/** One `<meta>` tag: `name` (Highwire, Twitter) or `property` (Open Graph) and its content. */
export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/** Everything a page puts in its head besides title, description and canonical. */
export interface PageMetadata {
  meta: MetaTag[];
  /** JSON-LD objects; several are combined in one `@graph`. */
  jsonLd: Record<string, unknown>[];
  /**
   * OpenURL context object (KEV) of a citable work, rendered once in the body as COinS
   * (`<span class="Z3988" title="…">`); absent on pages that are not citable works.
   */
  contextObject?: string;
}

/** An actor as metadata needs it. */
export interface MetaActor {
  name: string;
  /** `person` becomes a schema.org Person; every other kind an Organization. */
  kind: string;
  url: string;
  description?: string | undefined;
  role?: string | undefined;
  aliases?: readonly string[] | undefined;
  website?: string | undefined;
  wikidata?: string | undefined;
  /** Name and URL of the actor this one is part of. */
  memberOf?: { name: string; url: string } | undefined;
}

/** A source as metadata needs it. */
export interface MetaSource {
  title: string;
  url?: string | undefined;
  publisher: string;
  authors: readonly string[];
  /** ISO 8601 at its precision: `2025`, `2025-08` or `2025-08-06`. */
  date: string;
  language?: string | undefined;
}

/** An event as metadata needs it. */
export interface MetaEvent {
  title: string;
  summary: string;
  /** Absolute permalink. */
  url: string;
  /** `YYYY-MM-DD`, first published. */
  published: string;
  /** `YYYY-MM-DD`, last substantive change. */
  updated?: string | undefined;
  actors: readonly MetaActor[];
  sources: readonly MetaSource[];
  corrections: readonly { date: string; text: string }[];
  tags?: readonly string[] | undefined;
  /**
   * The revision the page shows (src/lib/revisions/): its number and day (`YYYY-MM-DD`); on a
   * version page also `latestUrl`, the event's permalink, of which that page is one version.
   */
  version?: { number: number; date: string; latestUrl?: string | undefined } | undefined;
  /** On a translated page: the absolute URL of the English article it translates. */
  translationOf?: string | undefined;
  /** Absolute URL of the event's 1200×630 social card. */
  image?: string | undefined;
  /** When the event happened: ISO 8601 at its precision (`2025`, `2025-08`, `2025-08-06`); `end` for a span. */
  happened?: { start: string; end?: string | undefined } | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A `YYYY-MM-DD` day as Highwire wants it (`YYYY/MM/DD`).
 * @throws Error when `day` is not `YYYY-MM-DD`.
 */
export function highwireDate(day: string): string {
  if (!DAY.test(day)) throw new Error(`Expected a day as YYYY-MM-DD, found "${day}".`);
  return day.replaceAll('-', '/');
}

/** `en-GB` → `en_GB`, the form `og:locale` takes. */
export function ogLocale(language: string): string {
  const [lang, region] = language.split('-');
  return region ? `${lang}_${region.toUpperCase()}` : lang!;
}

const organisation = (name: string) => ({ '@type': 'Organization', name });

/**
 * A `YYYY-MM-DD` day as a full schema.org timestamp with its zone (`2025-08-06T00:00:00Z`):
 * Google's Article rules ask for a time and a zone; the site records days in UTC.
 * @throws Error when `day` is not `YYYY-MM-DD`.
 */
export function dayTimestamp(day: string): string {
  highwireDate(day);
  return `${day}T00:00:00Z`;
}

function openGraph(
  site: SiteInfo,
  page: { title: string; description: string; url: string },
  type: 'article' | 'website',
): MetaTag[] {
  return [
    { property: 'og:type', content: type },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: page.url },
    { property: 'og:site_name', content: site.name },
    { property: 'og:locale', content: ogLocale(site.language) },
    // Every page has a 1200×630 social card (HeadFeedsAndCard.astro): the large-image card shows it.
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
  ];
}

/** Highwire tags of a citable work: the site's publisher is its author and publisher. */
function highwire(
  site: SiteInfo,
  page: { title: string; url: string },
  published: string,
  modified: string,
): MetaTag[] {
  return [
    { name: 'citation_title', content: page.title },
    { name: 'citation_author', content: site.publisher },
    { name: 'citation_publisher', content: site.publisher },
    { name: 'citation_publication_date', content: highwireDate(published) },
    { name: 'citation_online_date', content: highwireDate(modified) },
    { name: 'citation_public_url', content: page.url },
    { name: 'citation_language', content: site.language },
  ];
}

/** The Zotero item type an event becomes (see the header of this file). */
export const EVENT_ITEM_TYPE = 'newspaperArticle';

/**
 * The OpenURL 1.0 context object (KEV, Dublin Core format) of an event, for COinS: type
 * `newspaperArticle`, the site's publisher as one corporate author (`rft.aucorp`) and as
 * publisher, the site name as publication (`rft.source`), the day first published (`rft.date`,
 * `YYYY-MM-DD`), the permalink (`rft_id`), language and summary. Values are percent-encoded
 * (`encodeURIComponent`). Zotero decodes both `+` and `%2B` as a space, so a plus sign cannot
 * reach it: the summary (optional there) is left out when it has one ("+972 Magazine" would
 * become " 972 Magazine"); the title, which the item needs, is kept as it is.
 * @throws Error when `event.published` is not `YYYY-MM-DD`.
 */
export function eventContextObject(
  site: SiteInfo,
  event: Pick<MetaEvent, 'title' | 'summary' | 'url' | 'published'>,
): string {
  highwireDate(event.published);
  const pairs: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft.type', EVENT_ITEM_TYPE],
    ['rft.title', event.title],
    ['rft.aucorp', site.publisher],
    ['rft.publisher', site.publisher],
    ['rft.source', site.name],
    ['rft.date', event.published],
    ['rft_id', event.url],
    ['rft.language', site.language],
    ...(event.summary.includes('+')
      ? []
      : [['rft.description', event.summary] as [string, string]]),
  ];
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

/** A schema.org Person or Organization for an actor. */
export function actorThing(actor: MetaActor): Record<string, unknown> {
  const sameAs = [
    actor.website,
    actor.wikidata ? `https://www.wikidata.org/wiki/${actor.wikidata}` : undefined,
  ].filter(Boolean);
  return {
    '@type': actor.kind === 'person' ? 'Person' : 'Organization',
    name: actor.name,
    url: actor.url,
    ...(actor.description ? { description: actor.description } : {}),
    ...(actor.aliases?.length ? { alternateName: [...actor.aliases] } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    ...(actor.memberOf
      ? {
          [actor.kind === 'person' ? 'affiliation' : 'parentOrganization']: {
            '@type': 'Organization',
            name: actor.memberOf.name,
            url: actor.memberOf.url,
          },
        }
      : {}),
  };
}

/** A schema.org CreativeWork for a cited source (url only where confirmed). */
export function sourceWork(source: MetaSource): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.url ? { url: source.url } : {}),
    publisher: organisation(source.publisher),
    datePublished: source.date,
    ...(source.authors.length
      ? { author: source.authors.map((name) => ({ '@type': 'Person', name })) }
      : {}),
    ...(source.language ? { inLanguage: source.language } : {}),
  };
}

/**
 * Head metadata of an event page: Highwire with publication and online dates, Open Graph
 * `article` with published and modified times, a COinS context object, and a JSON-LD
 * `NewsArticle` (Google's Article type for dated reporting by a news organisation; each event is
 * one such report) with `image` (the event's card), an `author` with its `url`, timestamps with
 * a zone, and `about` the event itself as a schema.org `Event` (when it happened) followed by its
 * subjects (every actor when none is marked subject); `mentions` every actor, `citation` every
 * source and `correction` every dated correction.
 *
 * With a `version`, JSON-LD carries `version` (the revision number); a version page (with
 * `latestUrl`) is described as that version: its own `url`, `dateModified` the revision's day, and
 * `exampleOfWork` the event's permalink (schema.org: "a creative work that this work is an
 * example/instance/realization/derivation of"; `isBasedOn` would say the version was adapted
 * from the page, and `workExample` points the other way).
 */
export function eventMetadata(site: SiteInfo, event: MetaEvent): PageMetadata {
  const modified = event.version?.latestUrl
    ? event.version.date
    : (event.updated ?? event.published);
  const subjects = event.actors.filter((a) => a.role === 'subject');
  const meta = [
    ...highwire(site, event, event.published, modified),
    ...openGraph(
      site,
      { title: event.title, description: event.summary, url: event.url },
      'article',
    ),
    { property: 'article:published_time', content: dayTimestamp(event.published) },
    { property: 'article:modified_time', content: dayTimestamp(modified) },
    { property: 'article:author', content: site.publisher },
    ...(event.tags ?? []).map((tag) => ({ property: 'article:tag', content: tag })),
  ];
  const happening = event.happened
    ? [
        {
          '@type': 'Event',
          name: event.title,
          description: event.summary,
          startDate: event.happened.start,
          ...(event.happened.end ? { endDate: event.happened.end } : {}),
          url: event.url,
        },
      ]
    : [];
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: event.title,
    description: event.summary,
    url: event.url,
    mainEntityOfPage: event.url,
    ...(event.image ? { image: [event.image] } : {}),
    datePublished: dayTimestamp(event.published),
    dateModified: dayTimestamp(modified),
    inLanguage: site.language,
    author: { ...organisation(site.publisher), url: site.aboutUrl ?? site.homeUrl },
    publisher: { ...organisation(site.publisher), url: site.homeUrl },
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.homeUrl },
    about: [...happening, ...(subjects.length ? subjects : event.actors).map(actorThing)],
    mentions: event.actors.map(actorThing),
    citation: event.sources.map(sourceWork),
    ...(event.corrections.length
      ? {
          correction: event.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            datePublished: c.date,
            text: c.text,
          })),
        }
      : {}),
    ...(event.translationOf
      ? { translationOfWork: { '@type': 'NewsArticle', url: event.translationOf } }
      : {}),
    ...(event.version ? { version: event.version.number } : {}),
    ...(event.version?.latestUrl
      ? { exampleOfWork: { '@type': 'NewsArticle', url: event.version.latestUrl } }
      : {}),
  };
  return { meta, jsonLd: [article], contextObject: eventContextObject(site, event) };
}

/**
 * Head metadata of the home page: the timeline as a whole. Its date is the latest day any event
 * was published or updated (`lastChange`, `YYYY-MM-DD`); JSON-LD is a `WebSite` and an
 * `ItemList` of the events listed, in timeline order.
 */
export function timelineMetadata(
  site: SiteInfo,
  page: {
    title: string;
    description: string;
    url: string;
    firstPublished: string;
    lastChange: string;
  },
  items: readonly { title: string; url: string }[],
): PageMetadata {
  return {
    meta: openGraph(site, page, 'website'),
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        name: site.name,
        description: page.description,
        url: site.homeUrl,
        inLanguage: site.language,
        datePublished: page.firstPublished,
        dateModified: page.lastChange,
        publisher: organisation(site.publisher),
      },
      {
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        name: page.title,
        url: page.url,
        itemListOrder: 'https://schema.org/ItemListOrderAscending',
        numberOfItems: items.length,
        itemListElement: items.map((item, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          url: item.url,
          name: item.title,
        })),
      },
    ],
  };
}

/** Head metadata of an actor's page: a JSON-LD Person or Organization. */
export function actorMetadata(
  site: SiteInfo,
  actor: MetaActor & { description: string },
): PageMetadata {
  return {
    meta: openGraph(
      site,
      { title: actor.name, description: actor.description, url: actor.url },
      'website',
    ),
    jsonLd: [{ '@context': 'https://schema.org', ...actorThing(actor) }],
  };
}

/** Head metadata of any other page (lists, about): Open Graph `website` and Twitter, no citation tags. */
export function pageMetadata(
  site: SiteInfo,
  page: { title: string; description: string; url: string },
): PageMetadata {
  return { meta: openGraph(site, page, 'website'), jsonLd: [] };
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: one object, or a `@graph` of
 * several. `<`, `>` and `&` are escaped as `\u003c` … so no text can close the element early.
 */
export function jsonLdText(objects: readonly Record<string, unknown>[]): string {
  const strip = ({ '@context': _c, ...rest }: Record<string, unknown>) => rest;
  const value =
    objects.length === 1
      ? objects[0]
      : { '@context': 'https://schema.org', '@graph': objects.map(strip) };
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
