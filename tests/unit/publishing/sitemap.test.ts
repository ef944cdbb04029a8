import { describe, expect, it } from 'vitest';
import {
  inSitemap,
  lastModifiedFor,
  sitemapXml,
  type SitemapEvent,
} from '../../../src/lib/publishing/sitemap';

const e = (id: string, lastModified: string, x: Partial<SitemapEvent> = {}): SitemapEvent => ({
  id,
  lastModified,
  actors: ['microsoft'],
  sources: ['s1'],
  tags: ['review'],
  status: 'reported',
  year: '2025',
  ...x,
});
const events = [
  e('a', '2026-01-01', { actors: ['unit-8200'], tags: [], year: '2022' }),
  e('b', '2026-02-01', { status: 'confirmed', sources: ['s2'] }),
  e('c', '2026-01-15'),
];

describe('lastModifiedFor', () => {
  it('gives an event page its own day and a list page the latest day of its events', () => {
    expect(lastModifiedFor('events/a/', events)).toBe('2026-01-01');
    expect(lastModifiedFor('actors/microsoft/', events)).toBe('2026-02-01');
    expect(lastModifiedFor('actors/unit-8200/2/', events)).toBe('2026-01-01');
    expect(lastModifiedFor('sources/s1/', events)).toBe('2026-01-15');
    expect(lastModifiedFor('tags/review/', events)).toBe('2026-02-01');
    expect(lastModifiedFor('status/reported/', events)).toBe('2026-01-15');
    expect(lastModifiedFor('years/2022/', events)).toBe('2026-01-01');
  });
  it('gives every other page, and a page with no events, the latest day of all', () => {
    expect(lastModifiedFor('', events)).toBe('2026-02-01');
    expect(lastModifiedFor('about/', events)).toBe('2026-02-01');
    expect(lastModifiedFor('actors/nobody/', events)).toBe('2026-02-01');
    expect(lastModifiedFor('', [])).toBeNull();
  });
});

describe('sitemapXml', () => {
  it('writes one <url> per page, escaping, with lastmod when known', () => {
    const xml = sitemapXml([
      { loc: 'https://x.test/?a&b', lastmod: '2026-01-01' },
      { loc: 'https://x.test/about/', lastmod: null },
    ]);
    expect(xml).toContain(
      '<url><loc>https://x.test/?a&amp;b</loc><lastmod>2026-01-01</lastmod></url>',
    );
    expect(xml).toContain('<url><loc>https://x.test/about/</loc></url>');
  });
  it('leaves out the 404 page and embeds', () => {
    expect(['', 'events/a/', '404.html', 'embed/', 'embed/actors/x/'].filter(inSitemap)).toEqual([
      '',
      'events/a/',
    ]);
  });
});
