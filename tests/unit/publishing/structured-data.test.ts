/**
 * An event's JSON-LD checked against Google's Article structured-data rules (Search Central,
 * "Article (Article, NewsArticle, BlogPosting) structured data": author with `name` and `url`,
 * `datePublished` and `dateModified` in ISO 8601 with a time zone, `headline`, `image` as
 * crawlable absolute URLs) and schema.org (`about` may hold any Thing: here the `Event` itself,
 * with `startDate` as an ISO 8601 date).
 */
import { describe, expect, test } from 'vitest';
import {
  dayTimestamp,
  eventMetadata,
  jsonLdText,
  type MetaEvent,
} from '../../../src/lib/publishing/metadata';

const site = {
  name: 'Azure and Unit 8200: A Sourced Timeline',
  publisher: 'The Sourced Timeline Project',
  language: 'en-GB',
  homeUrl: 'https://t.example.org/',
  aboutUrl: 'https://t.example.org/about/',
};
const event: MetaEvent = {
  title: 'Microsoft says its review found no evidence to date of harm',
  summary: 'Sum.',
  url: 'https://t.example.org/events/2025-05-15-review/',
  published: '2026-11-29',
  updated: '2026-12-02',
  actors: [
    {
      name: 'Microsoft',
      kind: 'company',
      url: 'https://t.example.org/actors/microsoft/',
      role: 'subject',
    },
  ],
  sources: [],
  corrections: [],
  image: 'https://t.example.org/social/events/2025-05-15-review.png',
  happened: { start: '2025-05-15' },
};

/** Every way the object breaks Google's Article rules, as messages; none when it follows them. */
function articleProblems(ld: Record<string, any>): string[] {
  const problems: string[] = [];
  const absolute = (u: unknown) => typeof u === 'string' && /^https?:\/\/[^/]+\//.test(u);
  const zoned = (d: unknown) =>
    typeof d === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(d);
  if (!['Article', 'NewsArticle', 'BlogPosting'].includes(ld['@type']))
    problems.push(`@type ${ld['@type']} is not an Article type`);
  if (typeof ld.headline !== 'string' || !ld.headline.trim()) problems.push('headline missing');
  const images = [ld.image].flat();
  if (!images.length || !images.every(absolute)) problems.push('image must be absolute URLs');
  for (const key of ['datePublished', 'dateModified'])
    if (!zoned(ld[key])) problems.push(`${key} "${ld[key]}" has no time zone`);
  if (
    zoned(ld.datePublished) &&
    zoned(ld.dateModified) &&
    Date.parse(ld.dateModified) < Date.parse(ld.datePublished)
  )
    problems.push('dateModified before datePublished');
  const authors = [ld.author].flat().filter(Boolean);
  if (!authors.length) problems.push('author missing');
  for (const a of authors) {
    if (!['Person', 'Organization'].includes(a['@type']))
      problems.push(`author type ${a['@type']}`);
    if (typeof a.name !== 'string' || !a.name) problems.push('author without name');
    if (!absolute(a.url)) problems.push(`author ${a.name} without url`);
  }
  return problems;
}

describe("event JSON-LD follows Google's Article rules", () => {
  const ld = eventMetadata(site, event).jsonLd[0] as Record<string, any>;

  test('a NewsArticle with no problem', () => {
    expect(ld['@type']).toBe('NewsArticle');
    expect(articleProblems(ld)).toEqual([]);
  });

  test('the check fails an object that breaks the rules', () => {
    expect(
      articleProblems({
        ...ld,
        datePublished: '2026-11-29',
        author: { '@type': 'Organization', name: 'X' },
        image: undefined,
      }),
    ).toEqual([
      'image must be absolute URLs',
      'datePublished "2026-11-29" has no time zone',
      'author X without url',
    ]);
  });

  test("the image is the event's own card and the author links to the page about the publisher", () => {
    expect(ld.image).toEqual([event.image]);
    expect(ld.author).toEqual({
      '@type': 'Organization',
      name: site.publisher,
      url: site.aboutUrl,
    });
    expect(ld.publisher).toEqual({
      '@type': 'Organization',
      name: site.publisher,
      url: site.homeUrl,
    });
  });

  test('the article is about the event itself, dated at its precision, then its subjects', () => {
    expect(ld.about[0]).toEqual({
      '@type': 'Event',
      name: event.title,
      description: event.summary,
      startDate: '2025-05-15',
      url: event.url,
    });
    expect(ld.about.slice(1).map((a: any) => a.name)).toEqual(['Microsoft']);
    const span = eventMetadata(site, { ...event, happened: { start: '2025-08', end: '2025-10' } })
      .jsonLd[0] as Record<string, any>;
    expect(span.about[0]).toMatchObject({ startDate: '2025-08', endDate: '2025-10' });
  });

  test('timestamps are the recorded days at midnight UTC; a malformed day stops the build', () => {
    expect(dayTimestamp('2026-11-29')).toBe('2026-11-29T00:00:00Z');
    expect(() => dayTimestamp('29/11/2026')).toThrow(/YYYY-MM-DD/);
  });

  test('the JSON-LD text parses back to the same object', () => {
    expect(JSON.parse(jsonLdText([ld]))).toEqual(ld);
  });
});
