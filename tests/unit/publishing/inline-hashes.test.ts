import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildHeaderRules,
  contentSecurityPolicy,
  cspHash,
  headersFor,
  inlineElements,
  metaPolicy,
  pageInlineHashes,
  policyProblems,
} from '../../../src/lib/publishing';

const nodeHash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const page = (head: string) =>
  `<!doctype html><html><head>${head}</head><body><script type="module" src="/a.js"></script></body></html>`;

describe('inline scripts and styles of a page', () => {
  it('finds inline styles and runnable inline scripts, not data blocks or scripts with src', () => {
    const html = page(
      '<style>a{color:red}</style><script>var t=1;</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script><script type="module">import "/m.js";</script>',
    );
    expect(inlineElements(html)).toEqual([
      { kind: 'style', text: 'a{color:red}' },
      { kind: 'script', text: 'var t=1;' },
      { kind: 'script', text: 'import "/m.js";' },
    ]);
  });
  it('hashes the exact UTF-8 bytes as browsers do (SHA-256, base64, quoted)', async () => {
    for (const text of ['', 'a{color:red}', '/* تسلسل زمني */ b{}', '\n  var x = "é";\n'])
      expect(await cspHash(text)).toBe(nodeHash(text));
    expect(await cspHash('a{color:red}')).not.toBe(await cspHash('a{color:red} '));
  });
  it('lists each hash once, sorted', async () => {
    const html = page('<style>a{}</style><style>a{}</style><style>b{}</style>');
    const hashes = await pageInlineHashes(html);
    expect(hashes.scripts).toEqual([]);
    expect(hashes.styles).toEqual([nodeHash('a{}'), nodeHash('b{}')].sort());
  });
});

describe('whether a policy allows exactly the inline elements of a page', () => {
  it('accepts a policy listing each hash, and names each hash it lacks', async () => {
    const hashes = await pageInlineHashes(page('<style>a{}</style><script>go()</script>'));
    const right = contentSecurityPolicy(hashes);
    expect(policyProblems(right, hashes)).toEqual([]);
    const wrong = contentSecurityPolicy({
      scripts: hashes.scripts,
      styles: [nodeHash('a{ }')],
    });
    expect(policyProblems(wrong, hashes)).toEqual([
      `style-src lacks ${nodeHash('a{}')} for an inline style`,
    ]);
    expect(policyProblems(contentSecurityPolicy(), hashes)).toHaveLength(2);
  });
  it("refuses 'unsafe-inline', and reads default-src when script-src is absent", async () => {
    const hashes = await pageInlineHashes(page('<script>go()</script>'));
    expect(
      policyProblems(`script-src 'self' 'unsafe-inline' ${hashes.scripts[0]}`, hashes),
    ).toEqual(["script-src allows 'unsafe-inline'"]);
    expect(policyProblems(`default-src 'self' ${hashes.scripts[0]}`, hashes)).toEqual([]);
    expect(policyProblems(`default-src 'self'`, hashes)).toHaveLength(1);
  });
  it("reads a page's CSP <meta>", () => {
    expect(
      metaPolicy(
        page(
          `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x=';">`,
        ),
      ),
    ).toBe("script-src 'self' 'sha256-x=';");
    expect(metaPolicy(page(''))).toBeUndefined();
  });
});

describe('the header policy with inline hashes', () => {
  const inline = { scripts: [nodeHash('go()')], styles: [nodeHash('a{}')] };
  it('puts the hashes in script-src and style-src of every policy, WebAssembly one included', () => {
    const rules = buildHeaderRules(
      '/',
      ['events', 'search'],
      [],
      {
        allSections: ['events', 'search', 'embed'],
        wasmSections: ['search'],
      },
      inline,
    );
    for (const path of ['/', '/events/x/', '/search/', '/embed/', '/404.html']) {
      const policies = headersFor(path, rules)
        .filter(([n]) => n === 'Content-Security-Policy')
        .map(([, v]) => v)
        .filter((v) => v.includes('script-src'));
      expect(policies, path).toHaveLength(1);
      expect(policyProblems(policies[0]!, inline), path).toEqual([]);
    }
  });
  it('keeps the policy without hashes when a site has no inline elements', () => {
    const rules = buildHeaderRules('/', ['events']);
    const csp = headersFor('/', rules).find(([n]) => n === 'Content-Security-Policy')![1];
    expect(csp).toContain("script-src 'self'; style-src 'self';");
  });
  it("stops on anything but a hash source, so 'unsafe-inline' cannot be passed in", () => {
    expect(() => contentSecurityPolicy({ scripts: ["'unsafe-inline'"], styles: [] })).toThrow(
      /not a hash source/,
    );
    expect(() => contentSecurityPolicy({ scripts: [], styles: ['sha256-abc='] })).toThrow(
      /not a hash source/,
    );
  });
});
