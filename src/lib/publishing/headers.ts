/**
 * The security headers and Content-Security-Policy every response carries, and the `_headers`
 * format (Netlify, Cloudflare Pages) that `hosting.ts` writes them in and `scripts/serve.mjs` reads.
 *
 * Format: a line with a path pattern (`/*` matches any path below, `*` in the middle matches any
 * characters), then indented `Name: value` lines. Every rule that matches a path applies; a header
 * set by two rules is sent twice (for Content-Security-Policy that means both policies apply).
 */

/** One block of a `_headers` file. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * The directives besides scripts and styles, shared by the header policy below and by the `<meta>`
 * policy Astro writes on every page (astro.config.mjs adds its own script and style hashes).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The inline `<script>` and `<style>` elements a policy allows, as CSP hash sources
 * (`'sha256-…'`, quotes included), computed by the build from the bytes it emitted
 * (src/build/inline-hashes.ts). Never `'unsafe-inline'`: only these exact elements may run or apply.
 */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

const NO_INLINE: InlineHashes = { scripts: [], styles: [] };

/**
 * The header policy: scripts and styles from the site itself, plus the inline elements named by
 * their hashes.
 * @param inline the hashes of the inline scripts and styles the site's pages carry (none: only files).
 * @param wasm true for the WebAssembly sections: adds 'wasm-unsafe-eval' to script-src, which allows
 *   compiling WebAssembly only, not JavaScript eval.
 * @returns the `Content-Security-Policy` value.
 * @throws Error for a hash that is not a quoted `'sha256-…'`, `'sha384-…'` or `'sha512-…'` source
 *   (a keyword such as 'unsafe-inline' must never slip in here).
 */
export function contentSecurityPolicy(inline: InlineHashes = NO_INLINE, wasm = false): string {
  for (const hash of [...inline.scripts, ...inline.styles])
    if (!/^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(hash))
      throw new Error(
        `Content-Security-Policy: "${hash}" is not a hash source; inline scripts and styles are allowed by their 'sha256-…' hash only.`,
      );
  const sources = (list: readonly string[]) => [...new Set(list)].map((h) => ` ${h}`).join('');
  return [
    CSP_DIRECTIVES[0],
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}${sources(inline.scripts)}`,
    `style-src 'self'${sources(inline.styles)}`,
    ...CSP_DIRECTIVES.slice(1),
  ].join('; ');
}

/** The header policy of a site whose pages carry no inline script or style. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * Sections whose pages run WebAssembly: the search page (Pagefind compiles its index reader with
 * WebAssembly, which script-src 'self' alone forbids). Their policy adds 'wasm-unsafe-eval'.
 */
export const WASM_SECTIONS: readonly string[] = ['search'];

/** The policy of the WebAssembly sections: the common one plus 'wasm-unsafe-eval' in script-src. */
export const CONTENT_SECURITY_POLICY_WASM = contentSecurityPolicy(NO_INLINE, true);

/** Headers for every response. */
export const COMMON_HEADERS: [string, string][] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  // Readers' paths never reach the sites they follow links to.
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  ],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Headers for pages that must never be framed (everything but embeds). */
export const NO_FRAMING: [string, string][] = [
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
];

/**
 * Builds the security rules: common headers on `<base>*` and no framing on the home page and on each
 * listed section. Content types, cache rules and CORS are added by `hosting.ts`.
 * Embeds (`/embed/`) are deliberately not listed: they may be framed.
 * @param base the site's base path, `/` or `/sub/`.
 * @param sections top-level path segments that must not be framed, e.g. `['events', 'actors']`.
 * @param pages single pages at the root that must not be framed, e.g. `['404.html']`.
 * @param wasm when given, the sections in `wasmSections` get the WebAssembly policy and every
 *   other path (`allSections`, the home page, files) the common policy.
 * @param inline the hashes of the pages' inline scripts and styles, allowed in every policy.
 */
export function buildHeaderRules(
  base: string,
  sections: readonly string[],
  pages: readonly string[] = [],
  wasm?: { allSections: readonly string[]; wasmSections: readonly string[] },
  inline: InlineHashes = NO_INLINE,
): HeaderRule[] {
  const common = contentSecurityPolicy(inline);
  const framing = [
    { pattern: base, headers: NO_FRAMING },
    ...sections.map((s) => ({ pattern: `${base}${s}/*`, headers: NO_FRAMING })),
    ...pages.map((p) => ({ pattern: `${base}${p}`, headers: NO_FRAMING })),
  ];
  if (wasm && wasm.wasmSections.length > 0) {
    // Two policies for one response both apply (the stricter wins), so the WebAssembly sections
    // must not also get the common policy: it goes on every other path instead — the home page,
    // every file with an extension (assets, feeds, data, 404.html) and every other section.
    const csp = (policy: string): [string, string][] => [['Content-Security-Policy', policy]];
    return [
      {
        pattern: `${base}*`,
        headers: COMMON_HEADERS.filter(([name]) => name !== 'Content-Security-Policy'),
      },
      { pattern: base, headers: csp(common) },
      { pattern: `${base}*.*`, headers: csp(common) },
      ...wasm.allSections
        .filter((s) => !wasm.wasmSections.includes(s))
        .map((s) => ({ pattern: `${base}${s}/*`, headers: csp(common) })),
      ...wasm.wasmSections.map((s) => ({
        pattern: `${base}${s}/*`,
        headers: csp(contentSecurityPolicy(inline, true)),
      })),
      ...framing,
    ];
  }
  return [
    {
      pattern: `${base}*`,
      headers: COMMON_HEADERS.map(([n, v]): [string, string] => [
        n,
        n === 'Content-Security-Policy' ? common : v,
      ]),
    },
    ...framing,
  ];
}

/** Writes rules in the `_headers` format. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return (
    rules
      .map((r) => [r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n'))
      .join('\n') + '\n'
  );
}

/**
 * Parses a `_headers` file.
 * @throws Error naming the line for a header line before any path, or a line that is not `Name: value`.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !match)
      throw new Error(
        `_headers line ${i + 1}: expected "  Name: value" under a path, found "${line}".`,
      );
    rule.headers.push([match[1]!, match[2]!]);
  });
  return rules;
}

/** Does a `_headers` path pattern match a URL path? `*` matches any run of characters. */
export function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/** Every header that applies to a path, in file order. */
export function headersFor(path: string, rules: readonly HeaderRule[]): [string, string][] {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);
}

/** One page's `Link` header (and, for a version page, its `Memento-Datetime`). */
export interface PageLinks {
  /** The page's site path with the base, as requested: `/events/<id>/v/2/`. */
  path: string;
  /** The `Link` value (RFC 8288), e.g. from `formatLinks` in src/lib/revisions/. */
  link: string;
  /** RFC 7089 `Memento-Datetime` (RFC 1123 date), for a page that is a memento. */
  mementoDatetime?: string | undefined;
}

/**
 * Rules sending each page's version links as HTTP headers, where the host reads `_headers`: the
 * same RFC 5829 relations and TimeMap link the page's `<head>` carries, so archives that read
 * headers only (Memento clients) can follow them. Each pattern is the page's exact path.
 */
export function linkHeaderRules(pages: readonly PageLinks[]): HeaderRule[] {
  return pages.map((p) => ({
    pattern: p.path,
    headers: [
      ['Link', p.link],
      ...(p.mementoDatetime ? [['Memento-Datetime', p.mementoDatetime] as [string, string]] : []),
    ],
  }));
}
