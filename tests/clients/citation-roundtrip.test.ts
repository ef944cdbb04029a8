/**
 * Every event's citation exports, as the build wrote them, read back by citation-js (the parser
 * behind many reference tools): the `.bib` and `.ris` downloads and the CSL-JSON on the page.
 * Each must give back the event's title, the publisher as one organisational author, the full
 * day and the permalink. The events and their permalinks come from the build's open data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { editionPrefix, editions } from '../../src/site.config';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'data', 'events.json')))
  throw new Error(`No build in ${dist}: run \`npm run build\` first (npm test does).`);
const data = JSON.parse(readFileSync(join(dist, 'data', 'events.json'), 'utf8')) as {
  publisher: string;
  events: { id: string; url: string; title: string; published: string; updated?: string }[];
};

/** The text of `<pre id="citation-csl-json">` on a page, with HTML's character references decoded. */
function cslJsonOnPage(html: string): string {
  const m = /id="citation-csl-json"[^>]*>([\s\S]*?)<\/(?:pre|code)>/.exec(html);
  if (!m) throw new Error('no #citation-csl-json on the page');
  return m[1]!
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

type Csl = {
  title?: string;
  author?: { literal?: string; family?: string; given?: string }[];
  issued?: { 'date-parts': number[][] };
  URL?: string;
};
/** The first record citation-js reads from `input` (BibTeX, RIS or CSL-JSON, detected), as CSL-JSON. */
const read = (input: unknown): Csl =>
  (new Cite(input).format('data', { format: 'object' }) as Csl[])[0]!;

describe.each(data.events.map((e) => [e.id, e] as const))('%s', (id, event) => {
  const day = (event.updated ?? event.published).split('-').map(Number);
  const dir = join(dist, 'events', id);
  const check = (item: Csl, format: string) => {
    expect(item.title, format).toBe(event.title);
    expect(item.author, format).toHaveLength(1);
    const author = item.author![0]!;
    expect(
      author.given,
      `${format}: the organisation is not split into a first name`,
    ).toBeUndefined();
    expect(author.literal ?? author.family, format).toBe(data.publisher);
    expect(item.issued?.['date-parts'][0], `${format}: the full day`).toEqual(day);
    expect(item.URL, format).toBe(event.url);
  };

  test('BibTeX', () => check(read(readFileSync(join(dir, 'cite.bib'), 'utf8')), 'bib'));
  test('RIS', () => check(read(readFileSync(join(dir, 'cite.ris'), 'utf8')), 'ris'));
  test('CSL-JSON', () =>
    check(
      read(JSON.parse(cslJsonOnPage(readFileSync(join(dir, 'index.html'), 'utf8')))),
      'csl-json',
    ));
});

/**
 * Each translated edition's `.bib` and `.ris` beside its event page: read back by citation-js,
 * they cite that page as its Cite block does (its CSL-JSON): its own address, its title in its
 * script, and its language; an event not yet translated there is cited at the edition's address,
 * in English.
 */
const translated = editions.slice(1).map((e) => [e.code, editionPrefix(e), e.locale] as const);
const LETTERS: Record<string, RegExp> = { ar: /[\u0600-\u06FF]/, he: /[\u0590-\u05FF]/ };
describe.each(translated)('the %s edition’s citation files', (code, prefix, locale) => {
  test.each(data.events.map((e) => [e.id, e] as const))('%s', (id, event) => {
    const dir = join(dist, prefix, 'events', id);
    const page = read(JSON.parse(cslJsonOnPage(readFileSync(join(dir, 'index.html'), 'utf8'))));
    const url = event.url.replace('/events/', `/${prefix}/events/`);
    const isTranslated = page.title !== event.title;
    for (const [format, file] of [
      ['bib', 'cite.bib'],
      ['ris', 'cite.ris'],
    ] as const) {
      const item = read(readFileSync(join(dir, file), 'utf8')) as Csl & { language?: string };
      expect(item.URL, format).toBe(url);
      expect(item.title, format).toBe(page.title);
      expect(item.author?.[0]?.literal ?? item.author?.[0]?.family, format).toBe(data.publisher);
      if (isTranslated) {
        expect(item.title, `${format}: the title in its script`).toMatch(LETTERS[code] ?? /./);
        expect(item.language, format).toBe(locale);
      } else expect(item.language, format).not.toBe(locale);
    }
  });
});
