import { describe, expect, it } from 'vitest';
import { createUrls } from '../../../src/lib/urls';

describe('the URL module under a base path', () => {
  const urls = createUrls({ origin: 'https://example.org', base: '/sub/' });

  it('builds site-relative links and their absolute form', () => {
    expect(urls.event('x')).toBe('/sub/events/x/');
    expect(urls.absolute(urls.event('x'))).toBe('https://example.org/sub/events/x/');
    expect(urls.correctionsPolicy()).toBe('/sub/about/#corrections');
    expect(urls.asset('theme.js')).toBe('/sub/theme.js');
    expect(urls.feed('events', 'atom')).toBe('/sub/feeds/events.atom.xml');
  });

  it('makes a sitemap address from a built page’s path below the base', () => {
    expect(urls.absolute(urls.page('actors/x/2/'))).toBe('https://example.org/sub/actors/x/2/');
    expect(urls.absolute(urls.page(''))).toBe('https://example.org/sub/');
  });

  it('refuses a URL it did not build', () => {
    expect(() => urls.absolute('/elsewhere/')).toThrow('not under the base path "/sub/"');
  });
});
