import { describe, expect, it } from 'vitest';
import {
  INDEX_EXCLUDED_SELECTORS,
  indexedText,
  prepareForIndex,
  searchRecords,
} from '../../../src/lib/publishing/search-index';

const words = { types: { event: 'Event', actor: 'Actor', source: 'Source' } };
const data = {
  events: [
    {
      id: 'e1',
      date: { label: 'August 2025', start: { first: '2025-08-01' } },
      statusLabel: 'Reported',
      actors: [{ id: 'ms', name: 'Microsoft, Inc.' }],
    },
  ],
  actors: [{ id: 'ms', name: 'Microsoft, Inc.', kind: 'company', events: ['e1'] }],
  sources: [
    {
      id: 's1',
      publisher: 'The Guardian',
      date: { label: '6 August 2025', start: { first: '2025-08-06' } },
      publishedBy: ['ms'],
    },
  ],
};

describe('searchRecords', () => {
  it('indexes every event, actor and source with type, date, status and filters', () => {
    const records = searchRecords(data, words);
    expect(records.map((r) => r.path)).toEqual(['events/e1/', 'actors/ms/', 'sources/s1/']);
    expect(records[0]).toEqual({
      path: 'events/e1/',
      meta: { type: 'Event', date: 'August 2025', status: 'Reported' },
      filters: {
        type: ['Event'],
        actor: ['Microsoft, Inc.'],
        status: ['Reported'],
        year: ['2025'],
      },
    });
    expect(records[1]!.filters.year).toEqual(['2025']);
    expect(records[2]!.filters.actor).toEqual(['Microsoft, Inc.']);
  });
});

describe('prepareForIndex', () => {
  const record = searchRecords(data, words)[0]!;
  it('marks the article in <main> as the body, with meta and filters, escaping commas', () => {
    const html =
      '<header><nav><article>menu</article></nav></header><main id="main"><article class="x">Body</article></main>';
    const out = prepareForIndex(html, record);
    expect(out).toContain('<main id="main"><article class="x" data-pagefind-body>');
    expect(out).toContain('<header><nav><article>menu</article>');
    expect(out).toContain('<span data-pagefind-meta="status:Reported"></span>');
    expect(out).toContain('<span data-pagefind-filter="actor:Microsoft\\, Inc."></span>');
  });
  it('ends a word at the end of every block, so a term and its value never run together', () => {
    const html =
      '<main><article><dl><dt>Publisher</dt><dd>Hindustan Times</dd></dl><h2>Sources</h2><p>One <em>two</em></p></article></main>';
    const out = prepareForIndex(html, record);
    expect(out).toContain('<dt>Publisher</dt> <dd>Hindustan Times</dd> </dl>');
    expect(out).toContain('<h2>Sources</h2> <p>One <em>two</em></p> ');
    // Text as a search engine reads it: tags out, words apart.
    expect(out.replace(/<[^>]+>/g, '').trim()).toBe('Publisher Hindustan Times Sources One two');
  });
  it('stops with the page named when there is no article in <main>', () => {
    expect(() => prepareForIndex('<main>text</main>', record)).toThrow(
      'events/e1/ has no <article>',
    );
  });
});

describe('indexedText', () => {
  const page = (article: string) =>
    `<html><head><title>Not this</title></head><body><header>Nor this</header><main><article class="x">${article}</article><p>After</p></main><footer>Foot</footer></body></html>`;

  it('reads the article of main as Pagefind does, without the excluded parts', () => {
    const html = page(
      '<aside class="translation-notice"><p>תורגם מאנגלית</p></aside><h1>כותרת</h1><p>הנתונים&nbsp;אוחסנו <b>בהולנד</b>.</p><nav><a>האירוע הבא</a></nav>' +
        '<span class="sr-only">נסתר</span><section data-cite><p>צטטו</p></section>' +
        '<div data-pagefind-ignore><p>מתעלמים</p></div><img alt="x"><script>var a;</script><p>סוף</p>',
    );
    expect(indexedText(html, INDEX_EXCLUDED_SELECTORS)).toBe('כותרת הנתונים אוחסנו בהולנד . סוף');
  });

  it('ends at the article’s own end tag, nested articles included', () => {
    const html = page('<p>א</p><article><p>ב</p></article><p>ג</p>');
    expect(indexedText(html, [])).toBe('א ב ג');
  });

  it('stops with the page named when it has no article in main, or a selector it cannot read', () => {
    expect(() => indexedText('<main><p>x</p></main>', [], 'he/events/x/')).toThrow(
      /he\/events\/x\/ has no <article> inside <main>/,
    );
    expect(() => indexedText(page('<p>x</p>'), ['main > p'])).toThrow(
      /"main > p" is not a tag name/,
    );
  });
});
