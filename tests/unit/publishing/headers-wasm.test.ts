import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_WASM,
  buildHeaderRules,
  headersFor,
} from '../../../src/lib/publishing/headers';

describe('_headers with a WebAssembly section (search)', () => {
  const all = ['events', 'search', 'embed', 'data'];
  const rules = buildHeaderRules('/', ['events', 'search', 'data'], ['404.html'], {
    allSections: all,
    wasmSections: ['search'],
  });
  const csp = (path: string) =>
    headersFor(path, rules)
      .filter(([n]) => n === 'Content-Security-Policy')
      .map(([, v]) => v);

  it("gives the search page the policy with 'wasm-unsafe-eval', and never the stricter one beside it", () => {
    expect(CONTENT_SECURITY_POLICY_WASM).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp('/search/')).toEqual([CONTENT_SECURITY_POLICY_WASM, "frame-ancestors 'none'"]);
  });
  it('keeps the common policy on every other page and file', () => {
    for (const path of [
      '/',
      '/events/x/',
      '/embed/',
      '/404.html',
      '/data/events.json',
      '/_astro/a.js',
      '/pagefind/pagefind.js',
      '/feeds/events.rss.xml',
    ]) {
      expect(csp(path), path).toContain(CONTENT_SECURITY_POLICY);
      expect(csp(path).join(' '), path).not.toContain('wasm-unsafe-eval');
    }
  });
  it('still sends the other headers everywhere, and forbids framing but for embeds', () => {
    expect(headersFor('/search/', rules).map(([n]) => n)).toContain('Referrer-Policy');
    expect(headersFor('/embed/', rules).map(([n]) => n)).not.toContain('X-Frame-Options');
  });
});
