/**
 * The inline scripts and styles of a built page, their Content-Security-Policy hashes, and whether
 * a policy allows exactly them. The build inlines the stylesheet and the theme script so the first
 * screen paints without waiting for another request; the policy then names each by its hash
 * (CSP Level 3, "hash-source"), never by 'unsafe-inline'.
 *
 * Pure: the hash uses Web Crypto (`crypto.subtle`), which Node and browsers both provide.
 */
import type { InlineHashes } from './headers.ts';

/** One inline element of a page: its kind and its exact text, as the browser hashes it. */
export interface InlineElement {
  kind: 'script' | 'style';
  text: string;
}

/**
 * The inline `<script>` and `<style>` elements of an HTML page that CSP governs: scripts without
 * `src` whose type runs (none, a JavaScript MIME type or `module`) and every `<style>`. Data blocks
 * (`application/ld+json`) are never executed, so script-src does not apply to them.
 * Reads the text between the tags byte for byte: the raw-text content is what browsers hash.
 * @param html a whole page, as the build wrote it.
 * @returns the elements in page order.
 */
export function inlineElements(html: string): InlineElement[] {
  const found: InlineElement[] = [];
  for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) {
    const kind = m[1]!.toLowerCase() as 'script' | 'style';
    const attributes = m[2]!;
    if (kind === 'script') {
      if (/\ssrc\s*=/i.test(attributes)) continue;
      const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
      if (type && type !== 'module' && !/^(text|application)\/(x-)?(java|ecma)script$/.test(type))
        continue;
    }
    found.push({ kind, text: m[3]! });
  }
  return found;
}

/**
 * The CSP hash source of a text: `'sha256-<base64 of SHA-256 of its UTF-8 bytes>'`, quotes included.
 * @param text an inline script's or style's exact content.
 */
export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

/**
 * The hashes of a page's inline scripts and styles, each listed once, sorted.
 * @param html a whole page.
 */
export async function pageInlineHashes(html: string): Promise<InlineHashes> {
  const elements = inlineElements(html);
  const hashesOf = async (kind: InlineElement['kind']) =>
    [
      ...new Set(
        await Promise.all(elements.filter((e) => e.kind === kind).map((e) => cspHash(e.text))),
      ),
    ].sort();
  return { scripts: await hashesOf('script'), styles: await hashesOf('style') };
}

/**
 * The sources a policy lists for one directive: `script-src` falls back to `default-src` when the
 * policy has none, as browsers do.
 * @param policy a Content-Security-Policy value (header or `<meta>` content).
 * @param directive `script-src` or `style-src`.
 * @returns the directive's sources, `[]` when neither it nor default-src is present.
 */
export function directiveSources(policy: string, directive: 'script-src' | 'style-src'): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!.toLowerCase(), parts.slice(1)] as const),
  );
  return [...(directives.get(directive) ?? directives.get('default-src') ?? [])];
}

/** The content of a page's CSP `<meta http-equiv>`, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i.exec(html);
  return tag ? /\scontent\s*=\s*"([^"]*)"/i.exec(tag[0])?.[1] : undefined;
}

/**
 * What a policy gets wrong about a page's inline elements: each inline script or style whose hash
 * the policy does not list, and any 'unsafe-inline' (which would let every inline element run).
 * @param policy the policy to check.
 * @param hashes the page's own inline hashes ({@link pageInlineHashes}).
 * @returns one sentence per problem; empty when the policy allows exactly what the page needs.
 */
export function policyProblems(policy: string, hashes: InlineHashes): string[] {
  const problems: string[] = [];
  for (const [directive, own] of [
    ['script-src', hashes.scripts],
    ['style-src', hashes.styles],
  ] as const) {
    const sources = directiveSources(policy, directive);
    if (sources.includes("'unsafe-inline'")) problems.push(`${directive} allows 'unsafe-inline'`);
    for (const hash of own)
      if (!sources.includes(hash))
        problems.push(`${directive} lacks ${hash} for an inline ${directive.slice(0, -4)}`);
  }
  return problems;
}
