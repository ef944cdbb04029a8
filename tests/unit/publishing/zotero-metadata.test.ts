/**
 * What Zotero saves from an event page, checked against the rules of its translators as written
 * in their source (zotero/translators: "COinS.js" and "Embedded Metadata.js"; zotero/utilities:
 * `openurl.js` `parseContextObject`, `utilities.js` `cleanAuthor`, `utilities_item.js`
 * `itemToAPIJSON`). No npm package ships those translators or the OpenURL parser, and their
 * code is not ours to copy, so each rule the result depends on is restated here and asserted:
 * - COinS (priority 310) runs before Embedded Metadata (320) when a page has one
 *   `span.Z3988[title]`; two spans make it offer a list ("multiple").
 * - The context object is split on `&`, each pair on `=` (only the text before a second `=` is
 *   read), and values are decoded after `+` and `%2B` become spaces (so no plus sign survives).
 * - `rft_val_fmt=info:ofi/fmt:kev:mtx:dc` makes a web page; `rft.type` naming a Zotero type
 *   replaces it; `rft.title` is the title, `rft.date` the date, `rft.publisher` the publisher,
 *   `rft.source` the publication, `rft_id` (http) the URL, `rft.language`, `rft.description`.
 * - `rft.aucorp` gives `{ lastName }` with no first name, which `itemToAPIJSON` saves as one
 *   field (`{ name }`); `rft.au`, `rft.creator`, `rft.aulast`/`rft.aufirst` go through
 *   `cleanAuthor`, which splits "The Sourced Timeline Project" into "The Sourced Timeline" and
 *   "Project".
 * - Embedded Metadata guesses `journalArticle` from `citation_title`; without any `citation_*`
 *   tag, `og:type` `website` makes a web page.
 */
import { describe, expect, test } from 'vitest';
import {
  EVENT_ITEM_TYPE,
  eventContextObject,
  eventMetadata,
  pageMetadata,
  type MetaEvent,
} from '../../../src/lib/publishing/metadata';

const site = {
  name: 'Azure and Unit 8200: A Sourced Timeline',
  publisher: 'The Sourced Timeline Project',
  language: 'en-GB',
  homeUrl: 'https://t.example.org/',
};
const event: MetaEvent = {
  title: 'Microsoft says its review found no evidence to date of harm',
  summary: 'A summary, with a comma.',
  url: 'https://t.example.org/events/2025-05-15-review/',
  published: '2026-11-29',
  updated: '2026-12-02',
  actors: [],
  sources: [],
  corrections: [],
};

/** The Zotero item types a context object's `rft.type` may name (the ones this site could use). */
const ZOTERO_TYPES = new Set([
  'webpage',
  'newspaperArticle',
  'blogPost',
  'journalArticle',
  'magazineArticle',
  'report',
  'document',
]);

/** The item Zotero's COinS translator builds from a context object, following `parseContextObject`. */
function zoteroItemFromCoins(co: string) {
  const parts = co.split('&');
  const format = parts.find((p) => p.startsWith('rft_val_fmt='));
  const item: Record<string, unknown> & { creators: Record<string, unknown>[] } = { creators: [] };
  if (format && decodeURIComponent(format.slice(12)) === 'info:ofi/fmt:kev:mtx:dc')
    item.itemType = 'webpage';
  for (const part of parts) {
    const [key, raw] = part.split('=');
    const value = decodeURIComponent((raw ?? '').replace(/\+|%2[bB]/g, ' '));
    if (!value) continue;
    if (key === 'rft.type' && ZOTERO_TYPES.has(value)) item.itemType = value;
    else if (key === 'rft.title') item.title = value;
    else if (key === 'rft.date') item.date = value;
    else if (key === 'rft.publisher' || key === 'rft.pub') item.publisher = value;
    else if (key === 'rft.source') item.publicationTitle = value;
    else if (key === 'rft_id' && /^https?:\/\//.test(value)) item.url = value;
    else if (key === 'rft.language') item.language = value;
    else if (key === 'rft.description') item.abstractNote = value;
    else if (key === 'rft.aucorp') item.creators.push({ name: value, creatorType: 'author' });
    else if (['rft.au', 'rft.creator', 'rft.aulast', 'rft.aufirst'].includes(key!))
      item.creators.push({ split: value });
  }
  return item;
}

describe('Zotero saves an event as one newspaper article by the organisation', () => {
  const co = eventMetadata(site, event).contextObject!;

  test('the COinS object gives item type, one single-field author, publisher, site, full date and permalink', () => {
    expect(zoteroItemFromCoins(co)).toEqual({
      itemType: 'newspaperArticle',
      title: event.title,
      creators: [{ name: 'The Sourced Timeline Project', creatorType: 'author' }],
      publisher: 'The Sourced Timeline Project',
      publicationTitle: site.name,
      date: '2026-11-29',
      url: event.url,
      language: 'en-GB',
      abstractNote: event.summary,
    });
    expect(EVENT_ITEM_TYPE).toBe('newspaperArticle');
  });

  test('no field is one Zotero would split or cut: no personal-name keys, no literal + or second =', () => {
    expect(co).not.toMatch(/(^|&)rft\.(au|creator|aulast|aufirst)=/);
    for (const pair of co.split('&')) expect(pair.split('=')).toHaveLength(2);
    expect(co).not.toContain('+');
  });

  test('ampersands, equals signs and per cent signs in a title survive the translator', () => {
    const title = 'A = B & C: 100% "sure"';
    expect(zoteroItemFromCoins(eventContextObject(site, { ...event, title })).title).toBe(title);
  });

  test('a summary with a plus sign, which Zotero reads as a space, is left out rather than misread', () => {
    const summary = 'The Guardian, +972 Magazine and Local Call reported it.';
    const item = zoteroItemFromCoins(eventContextObject(site, { ...event, summary }));
    expect(item.abstractNote).toBeUndefined();
    expect(item.title).toBe(event.title);
  });

  test('a malformed publication day stops the build naming the value', () => {
    expect(() => eventContextObject(site, { ...event, published: '2026-11' })).toThrow(
      /YYYY-MM-DD.*2026-11/,
    );
  });

  test('Highwire tags stay for Google Scholar and hold no journal, book or conference tag that would force another type', () => {
    const names = eventMetadata(site, event).meta.map((t) => t.name ?? t.property);
    expect(names).toEqual(
      expect.arrayContaining([
        'citation_title',
        'citation_author',
        'citation_publication_date',
        'citation_publisher',
      ]),
    );
    for (const forcing of [
      'citation_journal_title',
      'citation_conference_title',
      'citation_book_title',
      'citation_inbook_title',
      'citation_dissertation_institution',
      'citation_technical_report_institution',
      'citation_isbn',
    ])
      expect(names).not.toContain(forcing);
  });
});

describe('a page that is not an event is no citable work', () => {
  const m = pageMetadata(site, {
    title: 'About',
    description: 'd',
    url: 'https://t.example.org/about/',
  });

  test('no citation tag (so Embedded Metadata guesses no journal article) and no COinS', () => {
    expect(m.meta.some((t) => t.name?.startsWith('citation_'))).toBe(false);
    expect(m.contextObject).toBeUndefined();
  });

  test('og:type website, which Embedded Metadata saves as a plain web page', () => {
    expect(m.meta.filter((t) => t.property === 'og:type').map((t) => t.content)).toEqual([
      'website',
    ]);
  });
});
