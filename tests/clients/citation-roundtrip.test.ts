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
