/**
 * The one object that describes this site: who publishes it, where it lives, in which language.
 *
 * `url` and `base` come from the environment so the same content deploys at a domain's root or
 * under a sub-path (for example a GitHub Pages project site):
 * - `SITE_URL`  — the origin the site is served from, e.g. `https://timeline.example.org`.
 *   Default: `http://localhost:4321` (the local preview server).
 * - `BASE_PATH` — the path prefix, e.g. `/azure-8200/`. Default: `/`.
 *
 * Read by `astro.config.mjs` (plain Node) and by every page through `urls` below; nothing else
 * reads the environment for these values.
 */
import { createUrls } from './lib/urls/urls.ts';
import { createEdition, editionOf, english, type Edition } from './lib/i18n/editions.ts';
import { arabicDictionary } from './lib/i18n/ar.ts';
import { hebrewDictionary } from './lib/i18n/he.ts';
import { assertCompleteWords } from './lib/i18n/complete.ts';

/**
 * The editions of the site, the source first. The source edition (English) keeps the site's
 * permanent addresses; each other edition lives under its language code (`/ar/`), reads its
 * translations from `content/translations/<code>/` and its words from its dictionary. A new
 * language is one line here, one dictionary in src/lib/i18n/ and one folder of translations
 * (EDITING.md, "Adding a language").
 */
export const editions: readonly Edition[] = [
  english,
  createEdition('ar', 'rtl', arabicDictionary),
  createEdition('he', 'rtl', hebrewDictionary),
];
// Every edition has every word of the source edition: stops the build (and the dev server) otherwise.
for (const edition of editions.slice(1))
  assertCompleteWords(edition.code, editions[0]!.words, edition.words);

export interface SiteConfig {
  /**
   * The source edition's site name, shown in the header, page titles and citations. Each edition's
   * own lives in its dictionary (`words.site.name` in src/lib/i18n/<code>.ts), like every word a
   * reader sees; this is the English one, for code that renders no edition's page.
   */
  name: string;
  /** The source edition's one-line description (each edition's: `words.site.tagline`). */
  tagline: string;
  /** Absolute origin, no trailing slash, e.g. `https://timeline.example.org`. */
  url: string;
  /** Path prefix with leading and trailing slash, e.g. `/` or `/azure-8200/`. */
  base: string;
  /** The organisation responsible for the content (publisher in citations). */
  publisher: string;
  /** Licence of the text, as a short name and a link. */
  licence: { name: string; url: string };
  /** BCP 47 language tag of the content: the English edition's (src/lib/i18n/editions.ts). */
  language: string;
  /** Text direction of the content language. */
  direction: 'ltr' | 'rtl';
}

/** Normalises a base path to start and end with one slash (`azure` → `/azure/`). */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Normalises an origin: no trailing slash. Throws if it is not an absolute http(s) URL. */
export function normaliseSiteUrl(raw: string | undefined): string {
  const value = (raw ?? 'http://localhost:4321').trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(value)) {
    throw new Error(
      `SITE_URL must be an origin such as https://timeline.example.org (no path; use BASE_PATH for a sub-path). Found: "${raw}".`,
    );
  }
  return value;
}

const env = typeof process !== 'undefined' ? process.env : {};

export const site: SiteConfig = {
  name: english.words.site.name,
  tagline: english.words.site.tagline,
  url: normaliseSiteUrl(env.SITE_URL),
  base: normaliseBase(env.BASE_PATH),
  publisher: 'The Sourced Timeline Project',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  language: english.locale,
  direction: english.direction,
};

/**
 * Limits that keep every page small however large the story grows (see the build benchmark):
 * - the home page lists every event up to `homeListLimit`; beyond, it lists the latest year and
 *   links each year's page;
 * - year, tag, status, actor and source pages, the actor and source indexes and the corrections
 *   page hold at most `pageSize` entries a page;
 * - an actor's first page quotes their latest `statements` statements and links all of them, on
 *   `/actors/<id>/statements/` (paged like the rest);
 * - the source index names the first `citedBy` events that cite each source and links the rest,
 *   on the source's page;
 * - the actor map shows the `mapActors` actors who appear in the most events;
 * - each feed holds the newest `feedItems` items (the open data in /data/ holds everything).
 */
export const listLimits = {
  homeListLimit: 150,
  pageSize: 100,
  mapActors: 40,
  statements: 10,
  citedBy: 5,
  feedItems: 100,
} as const;

/** Every URL of this site, base path included (see `createUrls`): the source edition's. */
export const urls = createUrls({ origin: site.url, base: site.base });

/** The URL prefix of an edition: empty for the source edition, else its code (`ar`). */
export const editionPrefix = (edition: Edition): string =>
  edition === editions[0] ? '' : edition.code;

/** Every edition's prefix, in the order of {@link editions}. */
export const editionPrefixes: readonly string[] = editions.map(editionPrefix);

const urlsByEdition = new Map(
  editions.map((e) => [
    e,
    e === editions[0] ? urls : createUrls({ origin: site.url, base: site.base, edition: e.code }),
  ]),
);

/**
 * The `lang` and `dir` attributes of English words on a page of `edition` (the publisher's name,
 * an untranslated entry's text): none in the source edition itself.
 */
export const inSourceLanguage = (edition: Edition): { lang?: string; dir?: 'ltr' | 'rtl' } =>
  edition === editions[0] ? {} : { lang: editions[0]!.code, dir: editions[0]!.direction };

/** The URL builders of one edition: its pages under its prefix, shared files where they are. */
export const urlsFor = (edition: Edition): typeof urls => urlsByEdition.get(edition) ?? urls;

/** The URL builders of the edition a component renders in (`Astro.locals.edition`). */
export const urlsOf = (locals: { edition?: Edition | undefined } | undefined): typeof urls =>
  urlsFor(editionOf(locals));

/**
 * The edition a page address belongs to: the one whose prefix begins it, else the source.
 * @param pathname a site-relative path with the base (`/ar/events/x/`).
 */
export function editionAt(pathname: string): Edition {
  const rest = pathname.startsWith(site.base) ? pathname.slice(site.base.length) : pathname;
  const first = rest.split('/')[0] ?? '';
  return editions.find((e) => e !== editions[0] && e.code === first) ?? editions[0]!;
}

/** The site's identity as the metadata and citation builders take it. */
export const siteInfo = {
  name: site.name,
  publisher: site.publisher,
  language: site.language,
  homeUrl: urls.absolute(),
  aboutUrl: urls.absolute(urls.about()),
};
