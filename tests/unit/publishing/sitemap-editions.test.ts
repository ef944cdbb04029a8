/**
 * The sitemap names each page's language versions (hreflang, with x-default), and a page of an
 * edition is dated like the English page it translates.
 */
import { describe, expect, it } from 'vitest';
import { sitemapXml, splitEdition } from '../../../src/lib/publishing/sitemap';
import { buildHostingPolicy } from '../../../src/lib/publishing/hosting';

describe('the sitemap in several editions', () => {
  it('lists every language version of a page, and declares the xhtml namespace', () => {
    const xml = sitemapXml([
      {
        loc: 'https://t.example/ar/events/x/',
        lastmod: '2026-11-29',
        alternates: [
          { hreflang: 'en-GB', href: 'https://t.example/events/x/' },
          { hreflang: 'ar', href: 'https://t.example/ar/events/x/' },
          { hreflang: 'x-default', href: 'https://t.example/events/x/' },
        ],
      },
    ]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="ar" href="https://t.example/ar/events/x/"/>',
    );
    expect(xml).toContain('hreflang="x-default" href="https://t.example/events/x/"');
  });

  it('leaves the namespace out when no page has another language', () => {
    expect(sitemapXml([{ loc: 'https://t.example/', lastmod: null }])).not.toContain('xhtml');
  });

  it('splits an edition’s prefix from the page path', () => {
    expect(splitEdition('ar/events/x/', ['', 'ar', 'he'])).toEqual({
      prefix: 'ar',
      path: 'events/x/',
    });
    expect(splitEdition('ar/', ['', 'ar'])).toEqual({ prefix: 'ar', path: '' });
    expect(splitEdition('events/x/', ['', 'ar'])).toEqual({ prefix: '', path: 'events/x/' });
  });
});

describe('the hosting policy in several editions', () => {
  const policy = buildHostingPolicy({
    base: '/',
    sections: ['events', 'embed', 'search'],
    frameable: ['embed'],
    wasm: ['search'],
    redirects: {},
    editions: ['ar'],
  });
  const rules = (pattern: string) =>
    policy.headers.filter((r) => r.pattern === pattern).flatMap((r) => r.headers);

  it('forbids framing on an edition’s pages and home, but not its embeds', () => {
    expect(rules('/ar/events/*')).toContainEqual(['X-Frame-Options', 'DENY']);
    expect(rules('/ar/')).toContainEqual(['X-Frame-Options', 'DENY']);
    expect(rules('/ar/embed/*')).not.toContainEqual(['X-Frame-Options', 'DENY']);
  });

  it('gives an edition’s search page the WebAssembly policy and its JSON feeds their type', () => {
    const csp = (pattern: string) =>
      rules(pattern).filter(([n]) => n === 'Content-Security-Policy');
    // The same policies as the source edition's search page: WebAssembly allowed, never framed.
    expect(csp('/ar/search/*')).toEqual(csp('/search/*'));
    expect(csp('/ar/search/*').some(([, v]) => v.includes("'wasm-unsafe-eval'"))).toBe(true);
    expect(policy.contentTypes).toContainEqual({
      pattern: '/ar/feeds/*.json',
      type: 'application/feed+json; charset=utf-8',
    });
  });
});
