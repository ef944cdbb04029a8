import { describe, expect, it } from 'vitest';
import { expandRedirects, inEveryEdition, isRedirectPage, missingPaths, missingPathsMessage } from '../../../src/lib/content/permalinks';

const registered = ['/', '/events/old/', '/events/old/cite.bib', '/events/old/cite.ris', '/events/older-one/', '/actors/a/'];

describe('renamed permalinks', () => {
  it('sends the files below a renamed page to the same files below the new one', () => {
    expect(expandRedirects(registered, { '/events/old/': '/events/new/' })).toEqual({
      '/events/old/': '/events/new/',
      '/events/old/cite.bib': '/events/new/cite.bib',
      '/events/old/cite.ris': '/events/new/cite.ris',
    });
  });

  it('counts a redirected address as kept, and anything else gone as missing', () => {
    const built = ['/', '/events/old/', '/events/new/', '/events/new/cite.bib', '/events/new/cite.ris', '/actors/a/'];
    expect(missingPaths(registered, built)).toEqual(['/events/old/cite.bib', '/events/old/cite.ris', '/events/older-one/']);
    expect(missingPaths(registered, built, expandRedirects(registered, { '/events/old/': '/events/new/' }))).toEqual(['/events/older-one/']);
  });

  it('names every missing address and the redirect that would keep the first page', () => {
    const message = missingPathsMessage(['/events/gone/', '/events/gone/cite.bib'], 'content/permalinks.txt', 'content/redirects.json');
    expect(message).toContain('content/permalinks.txt: 2 registered address(es) are no longer built:\n  /events/gone/\n  /events/gone/cite.bib\n');
    expect(message).toContain('add its old page to content/redirects.json: { "/events/gone/": "/<section>/<new-id>/" }');
  });

  it("recognises Astro's stand-in page at a redirect's old address", () => {
    expect(isRedirectPage('<!doctype html><title>Redirecting to: /sub/events/new/</title><meta http-equiv="refresh" content="0;url=/sub/events/new/">')).toBe(true);
    expect(isRedirectPage('<!doctype html><html lang="en"><head><title>Redirecting to: a story</title>')).toBe(false);
  });
});

describe('inEveryEdition', () => {
  it('moves a renamed page in every translated edition, keeping what the file says for an edition', () => {
    expect(
      inEveryEdition(
        { '/events/old/': '/events/new/', '/he/events/x/': '/he/events/y/', '/actors/a/': '/actors/b/', '/ar/actors/a/': '/ar/actors/c/' },
        ['', 'ar', 'he'],
      ),
    ).toEqual({
      '/events/old/': '/events/new/',
      '/ar/events/old/': '/ar/events/new/',
      '/he/events/old/': '/he/events/new/',
      '/he/events/x/': '/he/events/y/',
      '/actors/a/': '/actors/b/',
      '/ar/actors/a/': '/ar/actors/c/',
      '/he/actors/a/': '/he/actors/b/',
    });
  });
});
