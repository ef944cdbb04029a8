/**
 * One description of how a host serves the built site — response headers, content types, cache
 * rules, the 404 page and a 301 for every renamed permalink — and the files each kind of host reads:
 * `_headers` and `_redirects` (Netlify, Cloudflare Pages), two nginx include files, and a Caddyfile
 * snippet. Every format is generated from the same {@link HostingPolicy}, so the hosts cannot drift
 * apart, and `scripts/serve.mjs` applies the `_headers` file so that local runs see the same thing.
 *
 * Rules never overlap for the same header name (the cache rules, for example, split the site into
 * hashed assets and everything else), because hosts disagree on what two values for one header
 * mean. Content-Security-Policy is the exception by design: two policies on one response both apply.
 *
 * Pure: values in, text out.
 */
import {
  buildHeaderRules,
  contentSecurityPolicy,
  type InlineHashes,
  formatHeaders,
  type HeaderRule,
} from './headers.ts';

/** A file type whose media type the host must send, matched by a `_headers`-style pattern. */
export interface ContentTypeRule {
  pattern: string;
  type: string;
}

/** A renamed permalink: both paths site-relative with the base path, answered with a 301. */
export interface Redirect {
  from: string;
  to: string;
}

/** Everything a host needs to serve the site as the site intends. */
export interface HostingPolicy {
  /** The base path, `/` or `/sub/`. */
  base: string;
  /** Header rules in file order; see the module comment on overlaps. */
  headers: HeaderRule[];
  /** Media types by pattern; patterns never overlap. */
  contentTypes: ContentTypeRule[];
  /** Every renamed permalink. */
  redirects: Redirect[];
  /**
   * The page sent, with status 404, for an address the site lacks: each edition's own for an
   * address under its prefix (`/ar/404.html` for `/ar/…`), most specific first; the last, with
   * `prefix` the base path, for every other address.
   */
  notFound: { prefix: string; page: string }[];
}

/**
 * Hashed build assets (`_astro/…`): their names change whenever their content does, so a browser
 * may keep them for a year without asking again.
 */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Everything else — pages, feeds, data, search index, cards: five minutes, so that a correction
 * reaches readers quickly while a burst of readers from one link is still served from caches.
 */
export const CACHE_SHORT = 'public, max-age=300';

/**
 * Top-level folders written by the build besides the page sections: feeds, social cards and the
 * search index (Pagefind's own folder name).
 */
export const FILE_SECTIONS: readonly string[] = ['feeds', 'social', 'pagefind'];

/** Files at the root of the site: `public/` and the generated root files. */
export const ROOT_FILES: readonly string[] = [
  '404.html',
  'robots.txt',
  'sitemap.xml',
  'favicon.svg',
  'cite.js',
];

/**
 * Sections other sites may read with a script (`fetch`, TimelineJS loading our export by URL):
 * the open data and the feeds, which are public by nature. Nothing else gets CORS.
 */
export const CROSS_ORIGIN_SECTIONS: readonly string[] = ['data', 'feeds'];

/**
 * Media types by file pattern, relative to the base path. Feeds get their registered types (feed
 * readers check them) and every text type its charset, which `text/xml` alone leaves to guessing.
 * The citation files get the types reference managers register for BibTeX and RIS.
 */
export const CONTENT_TYPES: readonly ContentTypeRule[] = [
  { pattern: '*.atom.xml', type: 'application/atom+xml; charset=utf-8' },
  { pattern: '*.rss.xml', type: 'application/rss+xml; charset=utf-8' },
  { pattern: 'feeds/*.json', type: 'application/feed+json; charset=utf-8' },
  { pattern: 'data/*.json', type: 'application/json; charset=utf-8' },
  { pattern: '*.csv', type: 'text/csv; charset=utf-8; header=present' },
  { pattern: '*.bib', type: 'application/x-bibtex; charset=utf-8' },
  { pattern: '*.ris', type: 'application/x-research-info-systems; charset=utf-8' },
  // Each event's Memento TimeMap (RFC 7089, section 5): src/pages/events/[id]/timemap.link.ts.
  { pattern: '*.link', type: 'application/link-format' },
];

/** What the site tells {@link buildHostingPolicy} about itself. */
export interface SiteShape {
  /** The base path, `/` or `/sub/`. */
  base: string;
  /** Every top-level folder of pages (`src/lib/urls` `SECTIONS`). */
  sections: readonly string[];
  /** Sections whose pages other sites may frame (embeds). */
  frameable: readonly string[];
  /** Sections whose pages run WebAssembly (search). */
  wasm: readonly string[];
  /** Renamed permalinks as the content's `redirects.json` keeps them: site paths without the base. */
  redirects: Readonly<Record<string, string>>;
  /**
   * The URL prefixes of the editions besides the source (`ar`, `he`): each repeats every section
   * under its prefix (`/ar/events/…`) and has its own home page (`/ar/`). None: one edition.
   */
  editions?: readonly string[] | undefined;
  /**
   * The hashes of the inline scripts and styles the built pages carry, which every page's policy
   * allows (src/build/inline-hashes.ts reads them from the build). None: files only.
   */
  inline?: InlineHashes | undefined;
}

/**
 * Builds the policy for a site.
 * @param shape the site's base path, sections and renamed permalinks.
 * @param pageHeaders rules for single pages, added last: each event's version `Link` headers
 *   (`linkHeaderRules`), whose patterns are exact paths with the base.
 * @returns header rules (security and CSP from `headers.ts`, then cache, CORS and page rules),
 *   content types, 301 redirects and the 404 page, all with the base path.
 */
export function buildHostingPolicy(
  shape: SiteShape,
  pageHeaders: readonly HeaderRule[] = [],
): HostingPolicy {
  const { base } = shape;
  const prefixes = shape.editions ?? [];
  // Each edition repeats every section under its prefix: /ar/events/…, /ar/embed/ (frameable) …
  const inEditions = (list: readonly string[]) => [
    ...list,
    ...prefixes.flatMap((p) => list.map((s) => `${p}/${s}`)),
  ];
  const sections = inEditions(shape.sections);
  const frameable = inEditions(shape.frameable);
  const homes = prefixes.map((p) => `${p}/`);
  // Each edition's 404 page (src/build/not-found-pages.ts), beside its home page.
  const notFoundPages = ['404.html', ...prefixes.map((p) => `${p}/404.html`)];
  const security = buildHeaderRules(
    base,
    sections.filter((s) => !frameable.includes(s)),
    [...notFoundPages, ...homes],
    { allSections: sections, wasmSections: inEditions(shape.wasm) },
    shape.inline,
  );
  // An edition's home page is one exact path: the common policy, as on the site's home page.
  const homePolicy: HeaderRule[] = homes.map((h) => ({
    pattern: `${base}${h}`,
    headers: [['Content-Security-Policy', contentSecurityPolicy(shape.inline)]],
  }));
  const short: [string, string][] = [['Cache-Control', CACHE_SHORT]];
  const cache: HeaderRule[] = [
    { pattern: `${base}_astro/*`, headers: [['Cache-Control', CACHE_IMMUTABLE]] },
    { pattern: base, headers: short },
    ...homes.map((h) => ({ pattern: `${base}${h}`, headers: short })),
    ...[...sections, ...prefixes.map((p) => `${p}/feeds`), ...FILE_SECTIONS].map((s) => ({
      pattern: `${base}${s}/*`,
      headers: short,
    })),
    ...[...ROOT_FILES, ...notFoundPages.slice(1)].map((f) => ({
      pattern: `${base}${f}`,
      headers: short,
    })),
  ];
  const cors: HeaderRule[] = inEditions(CROSS_ORIGIN_SECTIONS).map((s) => ({
    pattern: `${base}${s}/*`,
    headers: [['Access-Control-Allow-Origin', '*']],
  }));
  return {
    base,
    headers: [...security, ...homePolicy, ...cache, ...cors, ...pageHeaders],
    contentTypes: [
      ...CONTENT_TYPES.map((c) => ({ pattern: `${base}${c.pattern}`, type: c.type })),
      // Each edition's JSON feeds (its XML feeds match the patterns above already).
      ...prefixes.map((p) => ({
        pattern: `${base}${p}/feeds/*.json`,
        type: 'application/feed+json; charset=utf-8',
      })),
    ],
    redirects: Object.entries(shape.redirects).map(([from, to]) => ({
      from: `${base}${from.slice(1)}`,
      to: `${base}${to.slice(1)}`,
    })),
    notFound: [
      ...prefixes.map((p) => ({ prefix: `${base}${p}/`, page: `${base}${p}/404.html` })),
      { prefix: base, page: `${base}404.html` },
    ],
  };
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages): the header rules, then one `Content-Type` rule
 * per content type.
 */
export function formatHeadersFile(policy: HostingPolicy): string {
  return formatHeaders([
    ...policy.headers,
    ...policy.contentTypes.map((c): HeaderRule => ({
      pattern: c.pattern,
      headers: [['Content-Type', c.type]],
    })),
  ]);
}

/**
 * The `_redirects` file (Netlify, Cloudflare Pages): `from to 301`, one line per renamed permalink.
 * Both hosts answer a path the site lacks with its `404.html` on their own.
 */
export function formatRedirectsFile(policy: HostingPolicy): string {
  const lines = policy.redirects.map((r) => `${r.from} ${r.to} 301`);
  return (
    ['# Renamed permalinks: each old address answers 301 with its new one.', ...lines].join('\n') +
    '\n'
  );
}

/** A `_headers` pattern as an anchored regular expression (`*` matches any characters). */
function patternRegex(pattern: string): string {
  return `^${pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')}$`;
}

/**
 * A pattern as a regular expression over nginx's `$request_uri`: the path as the reader asked for
 * it, with any query string. (`$uri` would not do: nginx rewrites it to `…/index.html` and to the
 * 404 page before the headers are added, so `/` would look like a file.)
 */
function requestRegex(pattern: string): string {
  return patternRegex(pattern).replace(/\$$/, '(?:\\?.*)?$');
}

/**
 * A string as an nginx or Caddy double-quoted token.
 * @throws Error for a `$` before a name or `{`, which both servers would read as a variable (a
 *   regular expression's closing `$` is left alone by both).
 */
function quoted(value: string): string {
  if (/\$[A-Za-z_{]/.test(value))
    throw new Error(
      `hosting: the value ${JSON.stringify(value)} contains "$", which nginx and Caddy read as a variable.`,
    );
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The two nginx include files: one for the `http` block, one for the site's `server` block. */
export interface NginxConfig {
  /** `map` blocks, one variable per header rule and name (nginx allows `map` only in `http`). */
  http: string;
  /** `add_header`, charset, 404 page, redirects and content-type locations. */
  server: string;
}

/**
 * nginx configuration. `add_header` with an empty value sends nothing, so each rule's header is a
 * variable that holds the value only on the paths the rule matches: the same additive semantics as
 * `_headers`, without nginx's rule that a `location` with its own `add_header` drops the server's.
 * @param prefix names the variables, so that two sites can share one nginx.
 */
export function formatNginx(policy: HostingPolicy, prefix = 'timeline'): NginxConfig {
  const maps: string[] = [];
  const adds: string[] = [];
  policy.headers.forEach((rule, i) => {
    rule.headers.forEach(([name, value], j) => {
      const variable = `$${prefix}_h${i}_${j}`;
      maps.push(
        `map $request_uri ${variable} {\n  default "";\n  ${quoted(`~${requestRegex(rule.pattern)}`)} ${quoted(value)};\n}`,
      );
      adds.push(`add_header ${name} ${variable} always;`);
    });
  });
  // Each edition's missing addresses get its own 404 page: `error_page` takes a variable.
  const notFound = `$${prefix}_not_found`;
  const fallback = policy.notFound.at(-1)!.page;
  maps.push(
    [
      `map $request_uri ${notFound} {`,
      `  default ${quoted(fallback)};`,
      ...policy.notFound
        .slice(0, -1)
        .map((n) => `  ${quoted(`~${patternRegex(`${n.prefix}*`)}`)} ${quoted(n.page)};`),
      '}',
    ].join('\n'),
  );
  const http =
    [
      '# Generated by the site build: include inside the `http` block, once per site.',
      ...maps,
    ].join('\n') + '\n';
  const server = [
    "# Generated by the site build: include inside the site's `server` block, after `root`.",
    '# Response headers: each variable is empty (and so not sent) where its rule does not apply.',
    ...adds,
    '',
    'charset utf-8;',
    'charset_types text/html text/css text/plain text/xml application/javascript application/json image/svg+xml;',
    'absolute_redirect off;',
    `error_page 404 ${notFound};`,
    '',
    '# Renamed permalinks.',
    ...policy.redirects.map((r) => `location = ${r.from} { return 301 ${r.to}; }`),
    '',
    '# Media types the default types table lacks or gets wrong.',
    ...policy.contentTypes.map(
      (c) =>
        `location ~ ${quoted(patternRegex(c.pattern))} { types { } default_type ${quoted(c.type)}; }`,
    ),
    '',
  ].join('\n');
  return { http, server };
}

/**
 * A Caddyfile token in backticks, which Caddy reads raw (no escapes), as a regular expression needs.
 * @throws Error for a backtick, or a `{`, which Caddy would read as a placeholder.
 */
function raw(value: string): string {
  if (/[`{]/.test(value))
    throw new Error(
      `hosting: the value ${JSON.stringify(value)} contains a backtick or "{", which a Caddyfile cannot hold raw.`,
    );
  return `\`${value}\``;
}

/**
 * A Caddyfile snippet to `import` inside the site block (after `root` and before `file_server`).
 * `+Name` adds a header (the `_headers` semantics); content types are set with `defer`, after
 * `file_server` has set its own guess.
 */
export function formatCaddyfile(policy: HostingPolicy): string {
  const lines: string[] = [
    '# Generated by the site build: import inside the site block, with root and file_server.',
  ];
  policy.headers.forEach((rule, i) => {
    const matcher = `@h${i}`;
    lines.push(`${matcher} path_regexp ${raw(patternRegex(rule.pattern))}`);
    for (const [name, value] of rule.headers)
      lines.push(`header ${matcher} +${name} ${raw(value)}`);
  });
  policy.contentTypes.forEach((c, i) => {
    lines.push(`@t${i} path_regexp ${raw(patternRegex(c.pattern))}`);
    lines.push(`header @t${i} {`, `  Content-Type ${raw(c.type)}`, '  defer', '}');
  });
  for (const r of policy.redirects) lines.push(`redir ${r.from} ${r.to} 301`);
  // Rewrites in one block are exclusive and, with named matchers, tried in order: each edition's
  // prefix first, then every other address.
  lines.push(
    'handle_errors {',
    ...policy.notFound.flatMap((n, i) =>
      i === policy.notFound.length - 1
        ? ['  @missing expression {err.status_code} == 404', `  rewrite @missing ${n.page}`]
        : [
            `  @missing${i} {`,
            '    expression {err.status_code} == 404',
            `    path ${n.prefix}*`,
            '  }',
            `  rewrite @missing${i} ${n.page}`,
          ],
    ),
    '  file_server',
    '}',
  );
  return lines.join('\n') + '\n';
}

/**
 * Parses a `_redirects` file of `from to status` lines (comments and blank lines skipped).
 * @throws Error naming the line for a line that is not `from to status`.
 */
export function parseRedirectsFile(text: string): (Redirect & { status: number })[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return [];
    const match = /^(\S+)\s+(\S+)\s+(\d{3})$/.exec(trimmed);
    if (!match)
      throw new Error(`_redirects line ${i + 1}: expected "from to status", found "${line}".`);
    return [{ from: match[1]!, to: match[2]!, status: Number(match[3]) }];
  });
}
