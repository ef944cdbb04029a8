import { describe, expect, it } from 'vitest';
import { absolute, findUrls, path, socialCardUrl } from '../../src/lib/urls';

describe('findUrls and socialCardUrl', () => {
  it('builds the addresses of the find-and-follow features under the base path', () => {
    expect(findUrls.tag('review')).toBe(path('tags/review/'));
    expect(findUrls.tag('review', 2)).toBe(path('tags/review/2/'));
    expect(findUrls.status('reported')).toBe(path('status/reported/'));
    expect(findUrls.feed('events', 'rss')).toBe(path('feeds/events.rss.xml'));
    expect(findUrls.feed('corrections', 'atom')).toBe(path('feeds/corrections.atom.xml'));
    expect(findUrls.feed('events', 'json')).toBe(path('feeds/events.json'));
    expect(findUrls.data('events.json')).toBe(path('data/events.json'));
    expect(findUrls.search('a&b c')).toBe(`${path('search/')}?q=a%26b%20c`);
    expect(findUrls.embedActor('unit-8200')).toBe(path('embed/actors/unit-8200/'));
  });
  it('gives social cards as absolute URLs, one per event and actor, one for the site', () => {
    expect(socialCardUrl('site')).toBe(absolute('social/site.png'));
    expect(socialCardUrl('event', 'e1')).toBe(absolute('social/events/e1.png'));
    expect(socialCardUrl('actor', 'a1')).toBe(absolute('social/actors/a1.png'));
  });
});
