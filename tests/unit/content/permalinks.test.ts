import { describe, expect, test } from 'vitest';
import { formatRegistry, mergeRegistry, missingPaths, parseRedirects, parseRegistry, publicPaths } from '../../../src/lib/content/permalinks';

describe('publicPaths', () => {
  test('pages become their folder, other files stay files; assets, the search index and 404 are left out', () => {
    expect(
      publicPaths([
        'index.html', 'events/a/index.html', 'events/a/cite.bib', 'events/a/cite.ris', 'feeds/events.rss.xml', 'data/events.json', 'sitemap.xml', 'robots.txt',
        '_astro/page.css', '_astro/x.js', 'pagefind/pagefind.js', '_headers', '404.html', 'theme.js', 'favicon.svg',
      ]),
    ).toEqual(['/', '/data/events.json', '/events/a/', '/events/a/cite.bib', '/events/a/cite.ris', '/feeds/events.rss.xml', '/robots.txt', '/sitemap.xml']);
  });
});

describe('the registry', () => {
  test('merging adds new paths and never removes one', () => {
    expect(mergeRegistry(['/b/', '/gone/'], ['/a/', '/b/'])).toEqual(['/a/', '/b/', '/gone/']);
  });

  test('reads back what it writes, ignoring comments and blank lines', () => {
    const text = formatRegistry(['/b/', '/a/', '/a/']);
    expect(text.startsWith('#')).toBe(true);
    expect(parseRegistry(`${text}\n\n`)).toEqual(['/a/', '/b/']);
  });

  test('a registered path missing from the build is reported; a redirect page counts as present', () => {
    expect(missingPaths(['/', '/events/old/', '/events/gone/'], ['/', '/events/old/', '/events/new/'])).toEqual(['/events/gone/']);
  });
});

describe('parseRedirects', () => {
  test('accepts old page paths mapped to new ones', () => {
    expect(parseRedirects('{ "/events/old/": "/events/new/" }', 'redirects.json')).toEqual({ '/events/old/': '/events/new/' });
  });

  test.each([
    ['not json', /redirects\.json: not valid JSON/],
    ['[]', /expected an object/],
    ['{ "events/old": "/events/new/" }', /"events\/old": the old path must be a site path/],
    ['{ "/events/old/": "events/new" }', /"\/events\/old\/": the new path must be a site path/],
    ['{ "/events/old/": "/events/old/" }', /redirects to itself/],
    ['{ "/events/a/": "/events/b/", "/events/b/": "/events/c/" }', /"\/events\/b\/" is itself redirected/],
  ])('rejects %s, naming the file, the entry and the fix', (text, message) => {
    expect(() => parseRedirects(text, 'redirects.json')).toThrow(message);
  });
});
