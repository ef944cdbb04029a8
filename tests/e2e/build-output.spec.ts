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
import { headersFor, parseHeaders } from '../../src/lib/headers';
import { FRAMEABLE_SECTIONS, SECTIONS } from '../../src/lib/urls';
import htmlValidateConfig from '../../.htmlvalidate.mjs';

/**
 * Page budgets, gzip bytes. Set from what the pages weighed when the gates were added (largest
 * HTML page 6.9 KB, the stylesheet 4.2 KB, no JavaScript) with a little room; raise one only on
 * purpose, in the commit that needs it.
 */
export const BUDGETS = { html: 10_000, css: 6_000, js: 0 };

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
      for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every page stays within its budgets (HTML, CSS and JavaScript it loads, gzip)', () => {
  const over: string[] = [];
  for (const path of pages) {
    const page = html(path);
    const htmlSize = gz(page);
    const css = assets(page, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((n, href) => n + gz(readFileSync(join(dist, href))), 0);
    const js = assets(page, /<script[^>]+src="([^"]+)"/g).reduce((n, src) => n + gz(readFileSync(join(dist, src))), 0)
      + assets(page, /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g).reduce((n, code) => n + gz(code), 0);
    if (htmlSize > BUDGETS.html) over.push(`${path}: HTML ${htmlSize} B gzip > ${BUDGETS.html} B`);
    if (css > BUDGETS.css) over.push(`${path}: CSS ${css} B gzip > ${BUDGETS.css} B`);
    if (js > BUDGETS.js) over.push(`${path}: JavaScript ${js} B gzip > ${BUDGETS.js} B`);
  }
  expect(over).toEqual([]);
});

test('the _headers file gives every page the security headers, and forbids framing except embeds', () => {
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  for (const path of pages) {
    const section = path.split('/')[1] ?? '';
    expect(path === '/' || path === '/404.html' || (SECTIONS as readonly string[]).includes(section), `${path} is in no known section`).toBe(true);
    const headers = headersFor(path, rules);
    const names = headers.map(([n]) => n.toLowerCase());
    for (const name of ['content-security-policy', 'referrer-policy', 'x-content-type-options', 'permissions-policy', 'strict-transport-security']) {
      expect(names, `${path} lacks ${name}`).toContain(name);
    }
    const csp = headers.filter(([n]) => n === 'Content-Security-Policy').map(([, v]) => v).join(', ');
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).toContain("script-src 'self'");
    if (FRAMEABLE_SECTIONS.includes(section)) expect(csp).not.toContain("frame-ancestors 'none'");
    else expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers).toContainEqual(['Referrer-Policy', 'no-referrer']);
  }
});

test('no page has inline script or a CSP that allows unsafe-inline scripts', () => {
  for (const path of pages) {
    const page = html(path);
    expect(page, path).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/);
    expect(page, path).not.toMatch(/\son[a-z]+="/);
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(meta, `${path} has no CSP meta`).toContain("script-src 'self'");
    expect(meta).not.toMatch(/script-src[^;]*'unsafe-inline'/);
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
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) missingRel.push(`${path} → ${href}`);
      if (!external.has(href)) external.set(href, new Set());
      external.get(href)!.add(path);
    }
  }
  mkdirSync('test-results', { recursive: true });
  const report = ['# External links in the build (not fetched)', '', `${external.size} addresses.`, '']
    .concat([...external.entries()].sort().map(([href, from]) => `- ${href} — linked from ${[...from].sort().join(', ')}`))
    .join('\n');
  writeFileSync('test-results/external-links.md', `${report}\n`);
  expect(missingRel).toEqual([]);
  expect(external.size).toBeGreaterThan(0);
});
