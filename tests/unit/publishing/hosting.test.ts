import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../../src/lib/publishing/headers';
import {
  CACHE_IMMUTABLE,
  CACHE_SHORT,
  buildHostingPolicy,
  formatCaddyfile,
  formatHeadersFile,
  formatNginx,
  formatRedirectsFile,
  parseRedirectsFile,
  type SiteShape,
} from '../../../src/lib/publishing/hosting';

const shape = (base: string, redirects: Record<string, string> = {}): SiteShape => ({
  base,
  sections: ['events', 'embed', 'search', 'data'],
  frameable: ['embed'],
  wasm: ['search'],
  redirects,
});

describe('the hosting policy', () => {
  const policy = buildHostingPolicy(shape('/sub/', { '/events/old/': '/events/new/' }));
  const rules = parseHeaders(formatHeadersFile(policy));
  const all = (path: string, name: string) =>
    headersFor(path, rules)
      .filter(([n]) => n === name)
      .map(([, v]) => v);

  it('gives every kind of path exactly one Cache-Control: a year for hashed assets, minutes for the rest', () => {
    expect(all('/sub/_astro/page.Ab12.css', 'Cache-Control')).toEqual([CACHE_IMMUTABLE]);
    for (const path of [
      '/sub/',
      '/sub/events/x/',
      '/sub/feeds/events.atom.xml',
      '/sub/data/events.json',
      '/sub/pagefind/pagefind.js',
      '/sub/social/site.png',
      '/sub/404.html',
      '/sub/robots.txt',
      '/sub/cite.js',
    ]) {
      expect(all(path, 'Cache-Control'), path).toEqual([CACHE_SHORT]);
    }
  });

  it('sends one media type for feeds, data and citation files, with a charset', () => {
    expect(all('/sub/feeds/events.atom.xml', 'Content-Type')).toEqual([
      'application/atom+xml; charset=utf-8',
    ]);
    expect(all('/sub/feeds/events.rss.xml', 'Content-Type')).toEqual([
      'application/rss+xml; charset=utf-8',
    ]);
    expect(all('/sub/feeds/events.json', 'Content-Type')).toEqual([
      'application/feed+json; charset=utf-8',
    ]);
    expect(all('/sub/data/events.json', 'Content-Type')).toEqual([
      'application/json; charset=utf-8',
    ]);
    expect(all('/sub/events/x/cite.bib', 'Content-Type')).toEqual([
      'application/x-bibtex; charset=utf-8',
    ]);
    expect(all('/sub/events/x/cite.ris', 'Content-Type')).toEqual([
      'application/x-research-info-systems; charset=utf-8',
    ]);
    expect(all('/sub/events/x/', 'Content-Type')).toEqual([]);
  });

  it('sends the citation files’ media types in every edition, to every kind of host', () => {
    const editions = buildHostingPolicy({ ...shape('/sub/'), editions: ['ar', 'he'] });
    const inEditions = parseHeaders(formatHeadersFile(editions));
    for (const [file, type] of [
      ['cite.bib', 'application/x-bibtex; charset=utf-8'],
      ['cite.ris', 'application/x-research-info-systems; charset=utf-8'],
    ] as const) {
      for (const path of [
        `/sub/events/x/${file}`,
        `/sub/ar/events/x/${file}`,
        `/sub/he/events/x/${file}`,
      ])
        expect(
          headersFor(path, inEditions)
            .filter(([n]) => n === 'Content-Type')
            .map(([, v]) => v),
          path,
        ).toEqual([type]);
      // nginx and Caddy match the same file name at any depth below the base.
      const escaped = type.replace(/[.+]/g, '\\$&');
      const caddy = new RegExp(
        `path_regexp \`([^\`]+)\`\nheader @t\\d+ \\{\n {2}Content-Type \`${escaped}\``,
      ).exec(formatCaddyfile(editions));
      expect(caddy, file).not.toBeNull();
      expect(new RegExp(caddy![1]!).test(`/sub/ar/events/x/${file}`), file).toBe(true);
      const nginx = new RegExp(
        `location ~ "([^"]+)" \\{ types \\{ \\} default_type "${escaped}"; \\}`,
      ).exec(formatNginx(editions).server);
      expect(nginx, file).not.toBeNull();
      expect(
        new RegExp(nginx![1]!.replace(/\\\\/g, '\\')).test(`/sub/ar/events/x/${file}`),
        file,
      ).toBe(true);
    }
  });

  it('opens the open data and feeds to other sites, and nothing else', () => {
    expect(all('/sub/data/timelinejs.json', 'Access-Control-Allow-Origin')).toEqual(['*']);
    expect(all('/sub/feeds/events.json', 'Access-Control-Allow-Origin')).toEqual(['*']);
    expect(all('/sub/events/x/', 'Access-Control-Allow-Origin')).toEqual([]);
  });

  it("sends each edition's 404 page for a missing address under its prefix, in every host file", () => {
    const editions = buildHostingPolicy({ ...shape('/sub/'), editions: ['ar', 'he'] });
    expect(editions.notFound).toEqual([
      { prefix: '/sub/ar/', page: '/sub/ar/404.html' },
      { prefix: '/sub/he/', page: '/sub/he/404.html' },
      { prefix: '/sub/', page: '/sub/404.html' },
    ]);
    const { http } = formatNginx(editions);
    expect(http).toContain(
      'map $request_uri $timeline_not_found {\n  default "/sub/404.html";\n  "~^/sub/ar/.*$" "/sub/ar/404.html";\n  "~^/sub/he/.*$" "/sub/he/404.html";\n}',
    );
    // The edition's 404 page is a page like the others: not framed, cached for minutes.
    const rules = parseHeaders(formatHeadersFile(editions));
    const of = (name: string) =>
      headersFor('/sub/ar/404.html', rules)
        .filter(([n]) => n === name)
        .map(([, v]) => v);
    expect(of('X-Frame-Options')).toEqual(['DENY']);
    expect(of('Cache-Control')).toEqual([CACHE_SHORT]);
    const caddy = formatCaddyfile(editions);
    expect(caddy.indexOf('rewrite @missing0 /sub/ar/404.html')).toBeGreaterThan(0);
    expect(caddy.indexOf('rewrite @missing0')).toBeLessThan(caddy.indexOf('rewrite @missing '));
    expect(caddy).toContain('    path /sub/he/*\n  }\n  rewrite @missing1 /sub/he/404.html');
  });

  it('puts the base path on redirects and the 404 page', () => {
    expect(policy.redirects).toEqual([{ from: '/sub/events/old/', to: '/sub/events/new/' }]);
    expect(policy.notFound).toEqual([{ prefix: '/sub/', page: '/sub/404.html' }]);
  });
});

describe('the host files', () => {
  const policy = buildHostingPolicy(shape('/', { '/events/old/': '/events/new/' }));

  it('writes _redirects that reads back as the same 301s', () => {
    expect(parseRedirectsFile(formatRedirectsFile(policy))).toEqual([
      { from: '/events/old/', to: '/events/new/', status: 301 },
    ]);
    expect(() => parseRedirectsFile('/a/ /b/')).toThrow('_redirects line 1');
  });

  it('gives nginx one variable per rule and header, matched on the path the reader asked for', () => {
    const { http, server } = formatNginx(policy);
    const maps = http.match(/^map \$request_uri /gm) ?? [];
    const adds = server.match(/^add_header /gm) ?? [];
    // One more map than headers: the 404 page for the address asked for.
    expect(maps.length).toBe(policy.headers.reduce((n, r) => n + r.headers.length, 0) + 1);
    expect(adds.length).toBe(maps.length - 1);
    expect(server).toContain('location = /events/old/ { return 301 /events/new/; }');
    expect(server).toContain('error_page 404 $timeline_not_found;');
    expect(http).toContain('map $request_uri $timeline_not_found {\n  default "/404.html";\n}');
    // The query string never changes which rules apply.
    expect(http).toContain('"~^/(?:\\\\?.*)?$"');
  });

  it('refuses a value nginx or Caddy would read as a variable', () => {
    const bad = {
      ...policy,
      headers: [{ pattern: '/*', headers: [['X-Test', 'a $host b'] as [string, string]] }],
    };
    expect(() => formatNginx(bad)).toThrow('"$"');
    const brace = {
      ...policy,
      headers: [{ pattern: '/*', headers: [['X-Test', '{host}'] as [string, string]] }],
    };
    expect(() => formatCaddyfile(brace)).toThrow('backtick or "{"');
  });

  it('gives Caddy raw regular expressions and deferred content types', () => {
    const caddy = formatCaddyfile(policy);
    expect(caddy).toContain('path_regexp `^/.*\\.bib$`');
    expect(caddy).toMatch(
      /header @t\d+ \{\n {2}Content-Type `application\/x-bibtex; charset=utf-8`\n {2}defer\n\}/,
    );
    expect(caddy).toContain('redir /events/old/ /events/new/ 301');
  });
});
