/**
 * HTTP response headers for the static hosts that read a `_headers` file (Netlify, Cloudflare
 * Pages): the policy text is built here, written to `dist/_headers` by `src/pages/_headers.ts`, and
 * applied by `scripts/serve.mjs` so that local runs and tests see what production serves.
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

/** The policy every page gets (a header can carry what a `<meta>` CSP cannot: frame-ancestors). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers for every response. */
export const COMMON_HEADERS: [string, string][] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  // Readers' paths never reach the sites they follow links to.
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()'],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Headers for pages that must never be framed (everything but embeds). */
export const NO_FRAMING: [string, string][] = [
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
];

/**
 * Builds the rules: common headers on `<base>*`, and no framing on the home page and on each
 * listed section. Embeds (`/embed/`) are deliberately not listed: they may be framed.
 * @param base the site's base path, `/` or `/sub/`.
 * @param sections top-level path segments that must not be framed, e.g. `['events', 'actors']`.
 * @param pages single pages at the root that must not be framed, e.g. `['404.html']`.
 */
export function buildHeaderRules(base: string, sections: readonly string[], pages: readonly string[] = []): HeaderRule[] {
  return [
    { pattern: `${base}*`, headers: COMMON_HEADERS },
    { pattern: base, headers: NO_FRAMING },
    ...sections.map((s) => ({ pattern: `${base}${s}/*`, headers: NO_FRAMING })),
    ...pages.map((p) => ({ pattern: `${base}${p}`, headers: NO_FRAMING })),
  ];
}

/** Writes rules in the `_headers` format. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return rules.map((r) => [r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n') + '\n';
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
    if (!rule || !match) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, found "${line}".`);
    rule.headers.push([match[1]!, match[2]!]);
  });
  return rules;
}

/** Does a `_headers` path pattern match a URL path? `*` matches any run of characters. */
export function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}

/** Every header that applies to a path, in file order. */
export function headersFor(path: string, rules: readonly HeaderRule[]): [string, string][] {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);
}
