/**
 * An edition's URLs: its pages under its prefix, the site's shared files where they are, and the
 * same page found in every edition (the language switcher and hreflang links).
 */
import { describe, expect, it } from 'vitest';
import { createUrls } from '../../../src/lib/urls';

describe('edition URLs', () => {
  const source = createUrls({ origin: 'https://t.example', base: '/sub/' });
  const arabic = createUrls({ origin: 'https://t.example', base: '/sub/', edition: 'ar' });
  const prefixes = ['', 'ar', 'he'];

  it('put the edition’s pages and feeds under its prefix, and leave the source edition’s as they are', () => {
    expect(source.event('x')).toBe('/sub/events/x/');
    expect(arabic.event('x')).toBe('/sub/ar/events/x/');
    expect(arabic.home()).toBe('/sub/ar/');
    expect(arabic.feed('events', 'atom')).toBe('/sub/ar/feeds/events.atom.xml');
    expect(arabic.absolute(arabic.actor('a', 2))).toBe('https://t.example/sub/ar/actors/a/2/');
    expect(arabic.sitePath(arabic.about())).toBe('/ar/about/');
  });

  it('keep one copy of assets, data files, version citation files and the sitemap', () => {
    expect(arabic.asset('theme.js')).toBe('/sub/theme.js');
    expect(arabic.data('events.json')).toBe('/sub/data/events.json');
    expect(arabic.data()).toBe('/sub/ar/data/');
    expect(arabic.versionCiteFile('x', 2, 'bib')).toBe('/sub/events/x/v/2/cite.bib');
    expect(arabic.sitemap()).toBe('/sub/sitemap.xml');
  });

  it('put an event’s citation files beside its page, and a page’s card under the edition in social/', () => {
    expect(source.citeFile('x', 'bib')).toBe('/sub/events/x/cite.bib');
    expect(arabic.citeFile('x', 'bib')).toBe('/sub/ar/events/x/cite.bib');
    expect(arabic.citeFile('x', 'ris')).toBe('/sub/ar/events/x/cite.ris');
    expect(source.socialCard('event', 'x')).toBe('/sub/social/events/x.png');
    expect(arabic.socialCard('event', 'x')).toBe('/sub/social/ar/events/x.png');
    expect(arabic.socialCard('actor', 'a')).toBe('/sub/social/ar/actors/a.png');
    expect(source.socialCard('site')).toBe('/sub/social/site.png');
    expect(arabic.socialCard('site')).toBe('/sub/social/ar/site.png');
  });

  it('find the same page in another edition, from any edition', () => {
    expect(arabic.inThisEdition('/sub/events/x/', prefixes)).toBe('/sub/ar/events/x/');
    expect(arabic.inThisEdition('/sub/he/events/x/', prefixes)).toBe('/sub/ar/events/x/');
    expect(source.inThisEdition('/sub/ar/', prefixes)).toBe('/sub/');
    expect(source.inThisEdition('/sub/ar/actors/a/2/', prefixes)).toBe('/sub/actors/a/2/');
    // A page whose first segment merely starts like a prefix is not in that edition.
    expect(source.inThisEdition('/sub/archive/', prefixes)).toBe('/sub/archive/');
  });
});
