/**
 * Content is text, whatever characters an editor types: a title, summary or correction holding
 * markup, entities or a spreadsheet formula reaches every reader and tool as those characters. Each
 * output is read back by a real parser of its format — feedsmith for the feeds, htmlparser2 for the
 * HTML they carry, csv-parse for the CSV, JSON.parse for TimelineJS — and must hold the input as
 * text, with no element and no attribute that came from it.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import escapeHtml from 'escape-html';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { formatEventDate, parseEventDate } from '../../../src/lib/content/dates';
import {
  correctionsFeed,
  eventsFeed,
  type FeedEvent,
  type FeedFormat,
} from '../../../src/lib/publishing/feeds';
import {
  eventsCsv,
  exportLinksOf,
  timelineJs,
  type ExportEvent,
} from '../../../src/lib/publishing/open-data';
import { createUrls } from '../../../src/lib/urls';
import { english } from '../../../src/lib/i18n';

const HOSTILE =
  '<script>alert(1)</script></title><img src=x onerror=alert(2)> & AT&T &amp; "q" \'a\' ]]> <!-- c -->';
const FORMULA = '=HYPERLINK("https://evil.example/","click")';

const urls = createUrls({ origin: 'https://timeline.example.org', base: '/' });
const site = {
  name: 'Test',
  tagline: 'A test.',
  language: 'en',
  publisher: 'Tester',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  urls,
};
const event: FeedEvent = {
  id: '2025-08-06-x',
  title: HOSTILE,
  summary: HOSTILE,
  dateLabel: '6 August 2025',
  sortKey: '2025-08-06',
  published: '2026-01-01',
  statusLabel: 'Reported',
  tags: [{ id: 'review', label: 'review' }],
  corrections: [{ date: '2026-02-01', text: HOSTILE }],
};
const titles = { title: 'Corrections', description: 'All corrections.', item: (t: string) => t };

/** The text an HTML fragment shows, and every element in it. */
function readHtml(html: string): { text: string; elements: string[] } {
  const elements: string[] = [];
  let text = '';
  const walk = (node: { type: string; name?: string; data?: string; children?: unknown[] }) => {
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style')
      elements.push(node.name!);
    if (node.type === 'text') text += node.data;
    if (node.type === 'comment') elements.push('comment');
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(parseDocument(html, { decodeEntities: true }));
  return { text, elements };
}

const formats: FeedFormat[] = ['rss', 'atom', 'json'];

describe('feeds carry hostile text as text', () => {
  for (const format of formats) {
    for (const [name, build] of [
      ['events', () => eventsFeed([event], site, format)],
      ['corrections', () => correctionsFeed([event], site, format, titles)],
    ] as const) {
      it(`${name} feed, ${format}: a feed parser reads the title and summary back as the exact text`, () => {
        const text = build();
        let title: string | undefined;
        let html: string | undefined;
        if (format === 'atom') {
          const entry = parseAtomFeed(text).entries![0]!;
          // Atom says how to read each text construct: type="html" is HTML to be shown.
          const asText = (construct: unknown) => {
            const { value, type } = construct as { value: string; type?: string };
            return type === 'html' ? value : escapeHtml(value);
          };
          title = readHtml(asText(entry.title)).text;
          expect(readHtml(asText(entry.title)).elements).toEqual([]);
          html = asText(entry.summary);
        } else if (format === 'rss') {
          const item = parseRssFeed(text).items![0]!;
          title = readHtml(item.title!).text; // readers treat RSS titles as HTML
          expect(readHtml(item.title!).elements).toEqual([]);
          html = item.description;
        } else {
          const item = parseJsonFeed(JSON.parse(text)).items![0]!;
          title = item.title; // JSON Feed titles are plain text
          html = item.content_html;
        }
        expect(title).toBe(HOSTILE);
        const body = readHtml(html!);
        expect(body.elements).toEqual([]);
        expect(body.text).toContain(HOSTILE);
      });
    }
  }

  it('the JSON Feed is version 1.1 with authors and language', () => {
    const feed = JSON.parse(eventsFeed([event], site, 'json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.authors).toEqual([{ name: 'Tester', url: 'https://timeline.example.org/' }]);
    expect(feed.author).toBeUndefined();
    expect(feed.language).toBe('en');
  });
});

describe('open data carries hostile text as text', () => {
  const date = parseEventDate('2025-08-06');
  const record: ExportEvent = {
    id: '2025-08-06-x',
    title: FORMULA,
    summary: HOSTILE,
    date,
    dateLabel: formatEventDate(date, english.dates),
    status: 'reported',
    statusLabel: 'Reported',
    statusNote: '+SUM(1,2)',
    tags: ['review'],
    actors: [{ id: 'microsoft', name: 'Microsoft', role: 'subject' }],
    sources: ['s'],
    published: '2026-01-01',
    corrections: [{ date: '2026-02-01', text: '@cmd' }],
  };
  const links = exportLinksOf(createUrls({ origin: 'https://x.test', base: '/' }));

  it('CSV: no cell a spreadsheet would run as a formula; text otherwise exact', () => {
    const [header, row]: string[][] = parseCsv(eventsCsv([record], links));
    const cell = (name: string) => row![header!.indexOf(name)]!;
    expect(cell('title')).toBe(`'${FORMULA}`);
    expect(cell('status_note')).toBe("'+SUM(1,2)");
    expect(cell('summary')).toBe(HOSTILE);
    for (const value of row!) expect(value, value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('TimelineJS: the headline and text it renders as HTML hold no element from the content', () => {
    const tl = timelineJs(
      [{ ...record, title: HOSTILE }],
      { name: 'T', tagline: HOSTILE, publisher: 'P', licence: site.licence },
      links,
      { status: 'Status', readMore: 'Read more' },
    );
    const slide = JSON.parse(JSON.stringify(tl)).events[0];
    expect(readHtml(slide.text.headline)).toEqual({ text: HOSTILE, elements: [] });
    expect(readHtml(slide.text.text).elements).toEqual(['p', 'p', 'p', 'a']);
    expect(readHtml(slide.text.text).text).toContain(HOSTILE);
  });
});

describe('citation files carry hostile text as text', () => {
  it('RIS: a line break in a title cannot end the record or open another', async () => {
    const { cslItem, formatWithCitationJs } = await import('../../../src/lib/citations/formats');
    const { Cite } = await import('@citation-js/core');
    const entry = {
      id: '2025-08-06-x',
      title: 'A title\nER  - \nTY  - JOUR\nTI  - Forged',
      summary: 'One\nTwo',
      url: 'https://timeline.example.org/events/x/',
      published: '2026-01-01',
    };
    const ris = formatWithCitationJs(
      'ris',
      { format: 'text' },
      { ...cslItem(entry, { name: 'Test', publisher: 'Tester', language: 'en' }) },
    );
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(ris.match(/^ER {2}-/gm)).toHaveLength(1);
    // formats.ts has loaded citation-js's RIS plugin.
    const records = (new Cite(ris) as unknown as { data: { title: string }[] }).data;
    expect(records).toHaveLength(1);
    expect(records[0]!.title).toBe('A title ER - TY - JOUR TI - Forged');
  });
});

describe('JSON-LD and BibTeX carry hostile text as text', () => {
  it('JSON-LD: the text cannot close its script element, and reads back exactly', async () => {
    const { jsonLdText } = await import('../../../src/lib/publishing/metadata');
    const html = `<script type="application/ld+json">${jsonLdText([{ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HOSTILE }])}</script>`;
    const document = parseDocument(html);
    const scripts = document.children.filter((n) => (n as { name?: string }).name === 'script');
    expect(scripts).toHaveLength(1);
    expect(document.children).toHaveLength(1);
    const text = (scripts[0] as { children: { data: string }[] }).children[0]!.data;
    expect(JSON.parse(text).headline).toBe(HOSTILE);
  });

  it('BibTeX: braces in a title cannot close the field and forge another', async () => {
    const { cslItem, formatWithCitationJs } = await import('../../../src/lib/citations/formats');
    const { Cite } = await import('@citation-js/core');
    const entry = {
      id: '2025-08-06-x',
      title: 'A title}, author = {Forged Author}, note = {x',
      url: 'https://timeline.example.org/events/x/',
      published: '2026-01-01',
    };
    const bib = formatWithCitationJs(
      'bibtex',
      { format: 'text' },
      {
        ...cslItem(entry, { name: 'Test', publisher: 'Tester', language: 'en' }),
      },
    );
    const records = (
      new Cite(bib) as unknown as {
        data: { title: string; author?: { literal?: string; family?: string }[] }[];
      }
    ).data;
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records[0]!.author ?? [])).not.toContain('Forged');
    expect(records[0]!.title).toContain('author = ');
  });
});

describe('social cards and the search index carry hostile text as text', () => {
  it('social card: the SVG satori lays out holds only drawing elements, and its alt text is exact', async () => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { cardAlt, cardSvg } = await import('../../../src/lib/drawing/social-card');
    const font = (weight: 400 | 700) => ({
      name: 'Source Serif 4',
      weight,
      style: 'normal' as const,
      data: readFileSync(
        createRequire(import.meta.url).resolve(
          `@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`,
        ),
      ),
    });
    const card = { kicker: HOSTILE, title: HOSTILE, details: [HOSTILE], site: HOSTILE };
    const svg = await cardSvg(card, [font(400), font(700)]);
    const elements = new Set<string>();
    const attributes = new Set<string>();
    const walk = (node: {
      name?: string;
      attribs?: Record<string, string>;
      children?: unknown[];
    }) => {
      if (node.name) elements.add(node.name);
      for (const a of Object.keys(node.attribs ?? {})) attributes.add(a);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(parseDocument(svg, { xmlMode: true }));
    // Satori draws text as outlines: nothing of the input survives as markup.
    expect(
      [...elements].filter(
        (e) => !['svg', 'path', 'rect', 'polygon', 'g', 'defs', 'clipPath', 'mask'].includes(e),
      ),
    ).toEqual([]);
    expect(
      [...attributes].filter((a) => a.startsWith('on') || a === 'src' || a === 'href'),
    ).toEqual([]);
    expect(cardAlt(card)).toBe([HOSTILE, HOSTILE, HOSTILE, HOSTILE].join('. '));
  });

  it('search index: meta and filters read back as the exact text, adding only their own empty elements', async () => {
    const { prepareForIndex } = await import('../../../src/lib/publishing/search-index');
    const page =
      '<html><body><main><article><h1>Title</h1><p>Text.</p></article></main></body></html>';
    const html = prepareForIndex(page, {
      path: 'events/x/',
      meta: { type: 'Event', status: HOSTILE },
      filters: { actor: [HOSTILE, 'A, B'] },
    });
    const found: { name: string; attribs: Record<string, string> }[] = [];
    const walk = (node: {
      name?: string;
      attribs?: Record<string, string>;
      children?: unknown[];
    }) => {
      if (node.name) found.push({ name: node.name, attribs: node.attribs ?? {} });
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(parseDocument(html));
    expect(found.map((n) => n.name)).toEqual([
      'html',
      'body',
      'main',
      'article',
      'span',
      'span',
      'span',
      'span',
      'h1',
      'p',
    ]);
    // Pagefind's syntax escapes commas and backslashes; undo that to read the value.
    const value = (raw: string) => raw.slice(raw.indexOf(':') + 1).replace(/\\(.)/g, '$1');
    const spans = found.filter((n) => n.name === 'span').map((n) => n.attribs);
    expect(spans.map((a) => value(a['data-pagefind-meta'] ?? a['data-pagefind-filter']!))).toEqual([
      'Event',
      HOSTILE,
      HOSTILE,
      'A, B',
    ]);
    expect(spans.every((a) => Object.keys(a).length === 1)).toBe(true);
  });
});
