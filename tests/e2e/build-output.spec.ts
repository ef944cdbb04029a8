/**
 * Gates on the build output itself (no browser): valid HTML, page weight budgets, the security
 * headers file covering every page, and the report of external links (listed, never fetched).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate/node';
import { builtPages, dist } from './site-pages';
import { headersFor, parseHeaders } from '../../src/lib/publishing/headers';
import {
  inlineElements,
  metaPolicy,
  pageInlineHashes,
  policyProblems,
} from '../../src/lib/publishing/inline-hashes';
import { FRAMEABLE_SECTIONS, SECTIONS } from '../../src/lib/urls';
import { editionPrefixes } from '../../src/site.config';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { normaliseBase } from '../../src/site.config';

/** The base path the build was made for: links carry it, files in the build do not. */
const base = normaliseBase(process.env.BASE_PATH);
const inBuild = (href: string) =>
  join(dist, href.startsWith(base) ? href.slice(base.length) : href);

/**
 * Page budgets, gzip bytes. Set from what the pages weighed when the gates were added (largest
 * HTML page 6.9 KB, the stylesheet 4.2 KB, no JavaScript) with a little room; raise one only on
 * purpose, in the commit that needs it.
 */
// html: +3_500 for the time-scaled axis: its two drawings (wide, and narrow for phones)
// add 3.4 KB gzip to / and 3.2 KB to the actor page with the most events (/actors/microsoft/),
// measured by building each page with and without the figure.
// html: +2_200 for finding and following, measured on / by removing each part from the
// built page: the filter form with its choices 1.23 KB, the entries' data attributes it filters on
// 0.54 KB, the feed links and social image tags in <head> 0.21 KB, the header search box 0.13 KB.
// css: +1_000 for dark mode, print and the axis and map styles (about 1.3 KB gzip): the
// shared stylesheet measured 6.0 KB with them.
// html: +3_300 for the editions: on / the language switcher, the hreflang alternates in <head>
// and the note for filter links the page cannot use add 0.4 KB (16.1 KB); the Arabic home page,
// whose letters take two bytes each in UTF-8, is the largest page at 18.8 KB.
// Inlined stylesheet and theme script: each page carries them in its <head> so the first screen
// paints after one response. Their bytes are counted where they were before, once each: the
// inline <style> against the CSS budget and the inline theme script against the JavaScript budget
// with its allowance; the HTML budget counts the rest of the page, as it did when they were files.
export const BUDGETS = { html: 19_000, css: 7_000, js: 0 };
/**
 * JavaScript a page may add when it loads one of these scripts (gzip bytes), on top of
 * `BUDGETS.js`: raised only for the pages that load the script. cite.js (the Copy buttons of
 * "Cite this", 648 B) is on event pages and the timeline.
 */
export const SCRIPT_ALLOWANCES: Record<string, number> = {
  'cite.js': 700,
  // theme.js: applies the stored colour theme before first paint and runs the switch,
  // about 1,000 B; inlined in every page but embeds (src/scripts/theme.js).
  'theme.js': 1_000,
  // TimelineFilter.astro: filters the timeline on / in place by actor, tag, status and
  // year, kept in the URL query (about 880 B). SearchScript.astro: the search page's form and
  // results (about 1.7 KB); Pagefind's own runtime and index load on demand from /pagefind/ when a
  // query is run on /search/ only, and are not counted here.
  'TimelineFilter.astro': 1_000,
  'SearchScript.astro': 1_900,
};

const pages = builtPages();
const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const html = (path: string) => readFileSync(fileOf(path), 'utf8');
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const assets = (page: string, pattern: RegExp) => [...page.matchAll(pattern)].map((m) => m[1]!);

test('every page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate(htmlValidateConfig as never);
  const problems: string[] = [];
  for (const path of pages) {
    const report = await validator.validateFile(fileOf(path));
    for (const result of report.results) {
      for (const m of result.messages)
        problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every page stays within its budgets (HTML, CSS and JavaScript it loads, gzip)', () => {
  const over: string[] = [];
  for (const path of pages) {
    const page = html(path);
    const inline = inlineElements(page);
    // The page without the bodies of its inline styles and scripts: they count as CSS and JS.
    const markup = page.replace(
      /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi,
      (whole, open: string, _tag, body: string, close: string) =>
        inline.some((e) => e.text === body) ? open + close : whole,
    );
    const htmlSize = gz(markup);
    const css =
      assets(page, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce(
        (n, href) => n + gz(readFileSync(inBuild(href))),
        0,
      ) + inline.filter((e) => e.kind === 'style').reduce((n, e) => n + gz(e.text), 0);
    const inlineScripts = inline.filter((e) => e.kind === 'script');
    const js =
      assets(page, /<script[^>]+src="([^"]+)"/g).reduce(
        (n, src) => n + gz(readFileSync(inBuild(src))),
        0,
      ) + inlineScripts.reduce((n, e) => n + gz(e.text), 0);
    if (htmlSize > BUDGETS.html) over.push(`${path}: HTML ${htmlSize} B gzip > ${BUDGETS.html} B`);
    if (css > BUDGETS.css) over.push(`${path}: CSS ${css} B gzip > ${BUDGETS.css} B`);
    // A script Astro bundles is named after its component plus a hash ("TimelineFilter.astro_astro_type_script_index_0_lang.<hash>.js"): its allowance is keyed by the component ("TimelineFilter.astro").
    // The one inline script a page may carry is the theme script (the CSP test below holds it to
    // that): it gets the theme script's allowance.
    const jsBudget =
      BUDGETS.js +
      (inlineScripts.length > 0 ? SCRIPT_ALLOWANCES['theme.js']! : 0) +
      assets(page, /<script[^>]+src="([^"]+)"/g).reduce(
        (n, src) =>
          n +
          (SCRIPT_ALLOWANCES[
            src
              .split('/')
              .pop()!
              .replace(/_astro_type_script.*$/, '')
          ] ?? 0),
        0,
      );
    if (js > jsBudget) over.push(`${path}: JavaScript ${js} B gzip > ${jsBudget} B`);
  }
  expect(over).toEqual([]);
});

test('the _headers file gives every page the security headers, and forbids framing except embeds', () => {
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  for (const path of pages) {
    // An edition's pages repeat the sections under its prefix (/ar/events/…); /ar/ is its home.
    const parts = path.split('/');
    const inEdition = editionPrefixes.includes(parts[1] ?? '') && parts[1] !== '';
    const section = (inEdition ? parts[2] : parts[1]) ?? '';
    expect(
      path === '/' ||
        path === '/404.html' ||
        (inEdition && section === '404.html') ||
        (inEdition && section === '') ||
        (SECTIONS as readonly string[]).includes(section),
      `${path} is in no known section`,
    ).toBe(true);
    const headers = headersFor(base + path.slice(1), rules);
    const names = headers.map(([n]) => n.toLowerCase());
    for (const name of [
      'content-security-policy',
      'referrer-policy',
      'x-content-type-options',
      'permissions-policy',
      'strict-transport-security',
    ]) {
      expect(names, `${path} lacks ${name}`).toContain(name);
    }
    const csp = headers
      .filter(([n]) => n === 'Content-Security-Policy')
      .map(([, v]) => v)
      .join(', ');
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).toContain("script-src 'self'");
    if (FRAMEABLE_SECTIONS.includes(section)) expect(csp).not.toContain("frame-ancestors 'none'");
    else expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers).toContainEqual(['Referrer-Policy', 'no-referrer']);
  }
});

test('every inline script and style is allowed by its hash, by the page <meta> and the header policy, and nothing else inline runs', async () => {
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  const theme = readFileSync('src/scripts/theme.js', 'utf8');
  for (const path of pages) {
    const page = html(path);
    // The only inline script is the theme script, byte for byte; no event-handler attributes.
    for (const e of inlineElements(page).filter((el) => el.kind === 'script'))
      expect(e.text, `${path} has an inline script other than the theme script`).toBe(theme);
    expect(page, path).not.toMatch(/\son[a-z]+="/);
    const hashes = await pageInlineHashes(page);
    const meta = metaPolicy(page);
    expect(meta, `${path} has no CSP meta`).toContain("script-src 'self'");
    expect(policyProblems(meta!, hashes), `${path} <meta>`).toEqual([]);
    const headerPolicies = headersFor(base + path.slice(1), rules)
      .filter(([n]) => n === 'Content-Security-Policy')
      .map(([, v]) => v)
      .filter((v) => /script-src|style-src|default-src/.test(v));
    expect(headerPolicies.length, `${path} gets no header policy`).toBeGreaterThan(0);
    for (const policy of headerPolicies)
      expect(policyProblems(policy, hashes), `${path} header`).toEqual([]);
  }
});

test('external links carry rel="noopener noreferrer" and are listed in a report, not fetched', () => {
  const external = new Map<string, Set<string>>();
  const missingRel: string[] = [];
  for (const path of pages) {
    for (const m of html(path).matchAll(/<a\s[^>]*href="(https?:\/\/[^"]+)"[^>]*>/g)) {
      const tag = m[0];
      const href = m[1]!;
      const rel = /rel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
      if (!rel.includes('noopener') || !rel.includes('noreferrer'))
        missingRel.push(`${path} → ${href}`);
      if (!external.has(href)) external.set(href, new Set());
      external.get(href)!.add(path);
    }
  }
  mkdirSync('test-results', { recursive: true });
  const report = [
    '# External links in the build (not fetched)',
    '',
    `${external.size} addresses.`,
    '',
  ]
    .concat(
      [...external.entries()]
        .sort()
        .map(([href, from]) => `- ${href} — linked from ${[...from].sort().join(', ')}`),
    )
    .join('\n');
  writeFileSync('test-results/external-links.md', `${report}\n`);
  expect(missingRel).toEqual([]);
  expect(external.size).toBeGreaterThan(0);
});
