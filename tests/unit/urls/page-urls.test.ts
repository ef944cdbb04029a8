import { describe, expect, it } from 'vitest';
import { urls } from '../../../src/site.config';

describe('the addresses of tags, evidence statuses, feeds, data, search, embeds and social cards', () => {
  it('builds each under the base path', () => {
    expect(urls.tag('review')).toBe(urls.page('tags/review/'));
    expect(urls.tag('review', 2)).toBe(urls.page('tags/review/2/'));
    expect(urls.status('reported')).toBe(urls.page('status/reported/'));
    expect(urls.feed('events', 'rss')).toBe(urls.page('feeds/events.rss.xml'));
    expect(urls.feed('corrections', 'atom')).toBe(urls.page('feeds/corrections.atom.xml'));
    expect(urls.feed('events', 'json')).toBe(urls.page('feeds/events.json'));
    expect(urls.data('events.json')).toBe(urls.page('data/events.json'));
    expect(urls.search('a&b c')).toBe(`${urls.page('search/')}?q=a%26b%20c`);
    expect(urls.embedActor('unit-8200')).toBe(urls.page('embed/actors/unit-8200/'));
  });
  it('gives social cards as absolute URLs, one per event and actor, one for the site', () => {
    expect(urls.absolute(urls.socialCard('site'))).toBe(
      urls.absolute(urls.page('social/site.png')),
    );
    expect(urls.absolute(urls.socialCard('event', 'e1'))).toBe(
      urls.absolute(urls.page('social/events/e1.png')),
    );
    expect(urls.absolute(urls.socialCard('actor', 'a1'))).toBe(
      urls.absolute(urls.page('social/actors/a1.png')),
    );
  });
});
