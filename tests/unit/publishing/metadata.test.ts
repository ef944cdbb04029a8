import { describe, expect, test } from 'vitest';
import {
  actorMetadata,
  eventMetadata,
  highwireDate,
  jsonLdText,
  ogLocale,
  pageMetadata,
  timelineMetadata,
  type MetaEvent,
} from '../../../src/lib/publishing/metadata';

const site = {
  name: 'Azure and Unit 8200: A Sourced Timeline',
  publisher: 'The Sourced Timeline Project',
  language: 'en-GB',
  homeUrl: 'https://t.example.org/',
};
const microsoft = {
  name: 'Microsoft',
  kind: 'company',
  url: 'https://t.example.org/actors/microsoft/',
  role: 'subject',
};
const nadella = {
  name: 'Satya Nadella',
  kind: 'person',
  url: 'https://t.example.org/actors/satya-nadella/',
  role: 'mentioned',
  memberOf: { name: 'Microsoft', url: microsoft.url },
};
const event: MetaEvent = {
  title: 'Review',
  summary: 'Sum.',
  url: 'https://t.example.org/events/2025-05-15-review/',
  published: '2026-11-29',
  updated: '2026-12-02',
  actors: [microsoft, nadella],
  sources: [
    {
      title: 'Statement',
      url: 'https://example.org/x',
      publisher: 'Microsoft On the Issues',
      authors: [],
      date: '2025-05-15',
      language: 'en',
    },
    { title: 'Report', publisher: 'The Guardian', authors: ['Harry Davies'], date: '2025-08' },
  ],
  corrections: [{ date: '2026-12-01', text: 'Fixed a date.' }],
  tags: ['review'],
};
const tag = (m: { meta: { name?: string; property?: string; content: string }[] }, key: string) =>
  m.meta.filter((t) => t.name === key || t.property === key).map((t) => t.content);

describe('event metadata', () => {
  const m = eventMetadata(site, event);

  test('Highwire tags give title, the site as author and publisher, dates as YYYY/MM/DD and the permalink', () => {
    expect(tag(m, 'citation_title')).toEqual(['Review']);
    expect(tag(m, 'citation_author')).toEqual(['The Sourced Timeline Project']);
    expect(tag(m, 'citation_publisher')).toEqual(['The Sourced Timeline Project']);
    expect(tag(m, 'citation_publication_date')).toEqual(['2026/11/29']);
    expect(tag(m, 'citation_online_date')).toEqual(['2026/12/02']);
    expect(tag(m, 'citation_public_url')).toEqual([event.url]);
  });

  test('Open Graph says article with published and modified times; Twitter gets a summary card', () => {
    expect(tag(m, 'og:type')).toEqual(['article']);
    expect(tag(m, 'og:url')).toEqual([event.url]);
    expect(tag(m, 'og:locale')).toEqual(['en_GB']);
    expect(tag(m, 'article:published_time')).toEqual(['2026-11-29T00:00:00Z']);
    expect(tag(m, 'article:modified_time')).toEqual(['2026-12-02T00:00:00Z']);
    expect(tag(m, 'twitter:card')).toEqual(['summary_large_image']);
  });

  test('JSON-LD NewsArticle: headline, dates, subjects as about, every actor as mentions, sources as citation, corrections', () => {
    const [ld] = m.jsonLd as [Record<string, any>];
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe('Review');
    expect(ld.datePublished).toBe('2026-11-29T00:00:00Z');
    expect(ld.dateModified).toBe('2026-12-02T00:00:00Z');
    expect(ld.about.map((a: any) => a.name)).toEqual(['Microsoft']);
    expect(ld.mentions.map((a: any) => [a['@type'], a.name])).toEqual([
      ['Organization', 'Microsoft'],
      ['Person', 'Satya Nadella'],
    ]);
    expect(ld.mentions[1].affiliation).toEqual({
      '@type': 'Organization',
      name: 'Microsoft',
      url: microsoft.url,
    });
    expect(ld.citation[0]).toEqual({
      '@type': 'CreativeWork',
      name: 'Statement',
      url: 'https://example.org/x',
      publisher: { '@type': 'Organization', name: 'Microsoft On the Issues' },
      datePublished: '2025-05-15',
      inLanguage: 'en',
    });
    expect(ld.citation[1].url).toBeUndefined();
    expect(ld.citation[1].author).toEqual([{ '@type': 'Person', name: 'Harry Davies' }]);
    expect(ld.correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2026-12-01', text: 'Fixed a date.' },
    ]);
  });

  test('an event never updated is modified on the day it was published, and has no correction key without corrections', () => {
    const plain = eventMetadata(site, { ...event, updated: undefined, corrections: [] });
    expect(tag(plain, 'article:modified_time')).toEqual(['2026-11-29T00:00:00Z']);
    expect((plain.jsonLd[0] as Record<string, unknown>).correction).toBeUndefined();
  });

  test('with no actor marked subject, every actor is what the article is about', () => {
    const ld = eventMetadata(site, { ...event, actors: [{ ...microsoft, role: 'mentioned' }] })
      .jsonLd[0] as Record<string, any>;
    expect(ld.about.map((a: any) => a.name)).toEqual(['Microsoft']);
  });
});

describe('other page types', () => {
  test('the timeline is a WebSite and an ItemList of its events in order', () => {
    const m = timelineMetadata(
      site,
      {
        title: site.name,
        description: 'd',
        url: site.homeUrl,
        firstPublished: '2026-11-29',
        lastChange: '2026-12-02',
      },
      [
        { title: 'A', url: 'https://t.example.org/events/a/' },
        { title: 'B', url: 'https://t.example.org/events/b/' },
      ],
    );
    expect(m.jsonLd.map((o) => o['@type'])).toEqual(['WebSite', 'ItemList']);
    expect((m.jsonLd[1] as any).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, url: 'https://t.example.org/events/a/', name: 'A' },
      { '@type': 'ListItem', position: 2, url: 'https://t.example.org/events/b/', name: 'B' },
    ]);
    expect(tag(m, 'og:type')).toEqual(['website']);
    expect(m.meta.filter((t) => t.name?.startsWith('citation_'))).toEqual([]);
    expect((m.jsonLd[0] as any).dateModified).toBe('2026-12-02');
  });

  test('an actor is a Person or an Organization, with aliases and verified links as sameAs', () => {
    const org = actorMetadata(site, {
      ...microsoft,
      description: 'A company.',
      aliases: ['MSFT'],
      wikidata: 'Q2283',
      website: 'https://www.microsoft.com/',
    }).jsonLd[0] as any;
    expect(org).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Microsoft',
      alternateName: ['MSFT'],
    });
    expect(org.sameAs).toEqual([
      'https://www.microsoft.com/',
      'https://www.wikidata.org/wiki/Q2283',
    ]);
    expect(
      (actorMetadata(site, { ...nadella, description: 'CEO.' }).jsonLd[0] as any)['@type'],
    ).toBe('Person');
  });

  test('any other page gets Open Graph website and a Twitter card, no citation tags, no COinS and no JSON-LD', () => {
    const m = pageMetadata(site, {
      title: 'About',
      description: 'd',
      url: 'https://t.example.org/about/',
    });
    expect(m.meta.filter((t) => t.name?.startsWith('citation_'))).toEqual([]);
    expect(m.contextObject).toBeUndefined();
    expect(tag(m, 'og:type')).toEqual(['website']);
    expect(tag(m, 'twitter:card')).toEqual(['summary_large_image']);
    expect(m.jsonLd).toEqual([]);
  });
});

describe('helpers', () => {
  test('jsonLdText escapes < > & so no value can close the script element, and stays valid JSON', () => {
    const text = jsonLdText([
      { '@context': 'https://schema.org', '@type': 'Thing', name: '</script><b>&' },
    ]);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text).name).toBe('</script><b>&');
  });

  test('jsonLdText puts several objects in one @graph under one @context', () => {
    const parsed = JSON.parse(
      jsonLdText([
        { '@context': 'https://schema.org', '@type': 'A' },
        { '@context': 'https://schema.org', '@type': 'B' },
      ]),
    );
    expect(parsed).toEqual({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'A' }, { '@type': 'B' }],
    });
  });

  test('highwireDate writes YYYY/MM/DD and rejects anything else', () => {
    expect(highwireDate('2026-11-29')).toBe('2026/11/29');
    expect(() => highwireDate('2026-11')).toThrow(/YYYY-MM-DD/);
  });

  test('ogLocale writes language_REGION', () => {
    expect(ogLocale('en-GB')).toBe('en_GB');
    expect(ogLocale('he')).toBe('he');
  });
});
