/**
 * An event page's metadata carries hostile text as text: a title and summary holding markup,
 * entities and quotes reach every `<meta>` tag (HeadMetadata, in the head) and the JSON-LD block
 * (StructuredData, at the end of the body) exactly, read
 * back by htmlparser2, and add no element or attribute of their own. Rendered with Astro's
 * container, so the escaping proven is Astro's own attribute escaping, as on the built page.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import HeadMetadata from '../../../src/components/HeadMetadata.astro';
import StructuredData from '../../../src/components/StructuredData.astro';
import { eventMetadata } from '../../../src/lib/publishing/metadata';

const HOSTILE =
  '<script>alert(1)</script></title><img src=x onerror=alert(2)> & AT&T &amp; "q" \'a\' ]]> <!-- c -->';

describe('event head metadata with hostile text', () => {
  it('every <meta> content and the JSON-LD read back as the exact text, with no element from it', async () => {
    const metadata = eventMetadata(
      { name: 'Test', publisher: 'Tester', language: 'en-GB', homeUrl: 'https://t.example/' },
      {
        title: HOSTILE,
        summary: HOSTILE,
        url: 'https://t.example/events/x/',
        published: '2026-01-01',
        actors: [
          { name: HOSTILE, kind: 'person', url: 'https://t.example/actors/y/', role: 'subject' },
        ],
        sources: [{ title: HOSTILE, publisher: HOSTILE, authors: [HOSTILE], date: '2025-08-06' }],
        corrections: [{ date: '2026-01-02', text: HOSTILE }],
        tags: ['review'],
      },
    );
    const container = await AstroContainer.create();
    const html =
      (await container.renderToString(HeadMetadata, { props: { metadata } })) +
      (await container.renderToString(StructuredData, { props: { metadata } }));
    const document = parseDocument(html);
    const elements = document.children.filter((n) => n.type === 'tag' || n.type === 'script');
    const names = elements.map((n) => (n as unknown as { name: string }).name);
    expect(names.filter((n) => n !== 'meta' && n !== 'script')).toEqual([]);
    expect(names.filter((n) => n === 'script')).toHaveLength(1);
    expect(names.filter((n) => n === 'meta')).toHaveLength(metadata.meta.length);
    const metas = elements
      .filter((n) => (n as unknown as { name: string }).name === 'meta')
      .map((n) => (n as unknown as { attribs: Record<string, string> }).attribs);
    for (const attribs of metas)
      expect(Object.keys(attribs).sort()).toEqual(
        ['content', attribs.property ? 'property' : 'name'].sort(),
      );
    const byKey = (key: string) => metas.find((a) => a.name === key || a.property === key)?.content;
    expect(byKey('citation_title')).toBe(HOSTILE);
    expect(byKey('og:title')).toBe(HOSTILE);
    expect(byKey('og:description')).toBe(HOSTILE);
    const script = elements.find(
      (n) => (n as unknown as { name: string }).name === 'script',
    ) as unknown as {
      children: { data: string }[];
    };
    const jsonLd = JSON.parse(script.children[0]!.data);
    expect(jsonLd.headline).toBe(HOSTILE);
    expect(jsonLd.correction[0].text).toBe(HOSTILE);
  });
});
