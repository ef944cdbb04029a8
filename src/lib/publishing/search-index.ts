/**
 * What the Pagefind search index holds. Pure: the integration in
 * src/build/search-and-sitemap.ts reads the built pages and the built data files and hands
 * them here.
 *
 * Only event pages, actor pages (their first page) and source pages are indexed, and on them only
 * the `<article>` in `<main>` (never the header, navigation or footer): `prepareForIndex` marks it
 * `data-pagefind-body` in the copy given to Pagefind (the built page itself is not changed). Each
 * result carries meta (type, date, evidence status) and filters (type, actor, status, year).
 */
import { Parser } from 'htmlparser2';
import { startYear } from '../content/dates';

/**
 * What Pagefind leaves out of an indexed article besides its own skips (`PAGEFIND_SKIPS`): navigation
 * inside an article (previous/next), screen-reader-only labels, buttons, the "cite this page"
 * block, the status legend, and in the numbered sources the "^ a b" links back to each citation and
 * the "Source page" links, and the translation notice ("Translated from English…") on the Arabic and
 * Hebrew pages, which would otherwise fill the excerpts readers see with the same words on every
 * result. Each is a tag name, a `.class` or an `[attribute]` (what `indexedText` reads).
 */
export const INDEX_EXCLUDED_SELECTORS: readonly string[] = [
  'nav',
  '.sr-only',
  'button',
  '[data-cite]',
  '.status-legend',
  '.backlinks',
  '.source-page',
  '.translation-notice',
];

/** The elements Pagefind itself never indexes (its parser's list, Pagefind 1.x). */
const PAGEFIND_SKIPS = [
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
];

/** One page to index, with its result meta and filters. */
export interface SearchRecord {
  /** Path below the base: `events/<id>/`. */
  path: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The parts of the data files (`/data/*.json`) the index uses. */
export interface SearchData {
  events: {
    id: string;
    date: { label: string; start: { first: string } };
    statusLabel: string;
    actors: { id: string; name: string }[];
  }[];
  actors: { id: string; name: string; kind: string; events: string[] }[];
  sources: {
    id: string;
    publisher: string;
    date: { label: string; start: { first: string } };
    publishedBy: string[];
  }[];
}

/** Type names shown on results and offered as a filter. */
export interface SearchWords {
  types: { event: string; actor: string; source: string };
}

/** The pages to index: every event, actor and source, with meta and filters. */
export function searchRecords(data: SearchData, words: SearchWords): SearchRecord[] {
  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  const eventById = new Map(data.events.map((e) => [e.id, e]));
  const years = (ids: string[]) =>
    [
      ...new Set(
        ids
          .map((id) => (eventById.has(id) ? startYear(eventById.get(id)!.date) : undefined))
          .filter((y): y is string => !!y),
      ),
    ].sort();
  return [
    ...data.events.map((e) => ({
      path: `events/${e.id}/`,
      meta: { type: words.types.event, date: e.date.label, status: e.statusLabel },
      filters: {
        type: [words.types.event],
        actor: e.actors.map((a) => a.name),
        status: [e.statusLabel],
        year: [startYear(e.date)],
      },
    })),
    ...data.actors.map((a) => ({
      path: `actors/${a.id}/`,
      meta: { type: words.types.actor, kind: a.kind },
      filters: { type: [words.types.actor], actor: [a.name], year: years(a.events) },
    })),
    ...data.sources.map((s) => ({
      path: `sources/${s.id}/`,
      meta: { type: words.types.source, date: s.date.label, publisher: s.publisher },
      filters: {
        type: [words.types.source],
        actor: s.publishedBy.map((id) => actorName.get(id) ?? id),
        year: [startYear(s.date)],
      },
    })),
  ];
}

/** Pagefind's attribute syntax: `key:value`, with commas and backslashes escaped. */
const pair = (key: string, value: string) =>
  `${key}:${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`;
const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Blocks whose end is the end of a word. The built pages carry no whitespace between such tags
 * (`<dt>Publisher</dt><dd>Hindustan Times</dd>`), and Pagefind reads text across them as one
 * word ("PublisherHindustan"), which breaks both matching and the excerpts readers see.
 */
const BLOCK_END =
  /<\/(?:p|li|dt|dd|td|th|h[1-6]|div|section|header|footer|blockquote|figcaption|caption)>/g;

/**
 * The page's HTML as Pagefind should read it: the first `<article>` inside `<main>` marked
 * `data-pagefind-body`, with empty elements carrying its meta and filters, and a space after the
 * end of every block ({@link BLOCK_END}) so that words never run together.
 * @throws Error naming the page when it has no `<article>` inside `<main>`.
 */
export function prepareForIndex(html: string, record: SearchRecord): string {
  const main = html.indexOf('<main');
  const start = main === -1 ? -1 : html.indexOf('<article', main);
  if (start === -1)
    throw new Error(
      `Search index: ${record.path} has no <article> inside <main>; the search indexes only the article of event, actor and source pages.`,
    );
  const close = html.indexOf('>', start);
  const meta = Object.entries(record.meta)
    .map(([k, v]) => `<span data-pagefind-meta="${attr(pair(k, v))}"></span>`)
    .join('');
  const filters = Object.entries(record.filters)
    .flatMap(([key, values]) =>
      values.map((v) => `<span data-pagefind-filter="${attr(pair(key, v))}"></span>`),
    )
    .join('');
  const marked = `${html.slice(0, close)} data-pagefind-body${html.slice(close, close + 1)}${meta}${filters}${html.slice(close + 1)}`;
  return marked.replace(BLOCK_END, '$& ');
}

type ElementTest = (name: string, attributes: Record<string, string>) => boolean;
/** A test for one selector of the three simple forms the exclusions use. */
function elementTest(selector: string): ElementTest {
  const className = /^\.([\w-]+)$/.exec(selector)?.[1];
  if (className) return (_, a) => (a.class ?? '').split(/\s+/).includes(className);
  const attribute = /^\[([\w-]+)\]$/.exec(selector)?.[1];
  if (attribute) return (_, a) => Object.hasOwn(a, attribute);
  if (/^[a-z][a-z0-9]*$/.test(selector)) return (name) => name === selector;
  throw new Error(
    `Search index: the excluded selector "${selector}" is not a tag name, a .class or an [attribute]; write it in one of these forms, which indexedText (src/lib/publishing/search-index.ts) reads as Pagefind does.`,
  );
}

/**
 * The text Pagefind indexes from a page: the first `<article>` inside `<main>`, without the
 * elements Pagefind skips and those `excluded` (and any `data-pagefind-ignore`), entities decoded,
 * a space at the end of every element so words never run together.
 * @param excluded the selectors passed to Pagefind as `excludeSelectors` (tag, `.class`, `[attr]`).
 * @throws Error naming the page when it has no `<article>` inside `<main>`, or for a selector of
 *   another form.
 */
export function indexedText(html: string, excluded: readonly string[], page = 'the page'): string {
  const main = html.indexOf('<main');
  const start = main === -1 ? -1 : html.indexOf('<article', main);
  if (start === -1) throw new Error(`Search index: ${page} has no <article> inside <main>.`);
  const tests = [...PAGEFIND_SKIPS, ...excluded].map(elementTest);
  const parts: string[] = [];
  const skipped: boolean[] = [];
  let skipping = 0;
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (done) return;
        const skip =
          Object.hasOwn(attributes, 'data-pagefind-ignore') ||
          tests.some((test) => test(name, attributes));
        skipped.push(skip);
        if (skip) skipping++;
      },
      ontext(text) {
        if (!done && skipping === 0) parts.push(text);
      },
      onclosetag() {
        if (done) return;
        if (skipped.pop()) skipping--;
        parts.push(' ');
        // The article's own end tag: nothing after it is indexed.
        if (skipped.length === 0) done = true;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(start));
  parser.end();
  return parts.join('').replace(/\s+/g, ' ').trim();
}
