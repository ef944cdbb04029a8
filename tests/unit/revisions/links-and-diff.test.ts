/**
 * Version links (RFC 5829 relations, the RFC 7089 TimeMap, parsed back with a real link-format
 * parser) and the word-level difference between revisions.
 */
import { describe, expect, it } from 'vitest';
import LinkHeader from 'http-link-header';
import {
  formatLinks,
  mementoDatetime,
  readableBody,
  revisionDiff,
  timeMap,
  versionRelations,
  wordDiff,
  type VersionUrls,
} from '../../../src/lib/revisions';
import { linkHeaderRules } from '../../../src/lib/publishing/headers';
import { inSitemap } from '../../../src/lib/publishing/sitemap';

const urls: VersionUrls = {
  latest: 'https://x.test/events/e/',
  history: 'https://x.test/events/e/history/',
  timemap: 'https://x.test/events/e/timemap.link',
  version: (n) => `https://x.test/events/e/v/${n}/`,
};
const rels = (links: { rel: string; href: string }[]) =>
  Object.fromEntries(links.map((l) => [l.rel, l.href]));

describe('versionRelations', () => {
  it('a middle version leads to its neighbours, the history and the latest', () => {
    expect(rels(versionRelations(urls, 3, 2))).toEqual({
      'version-history': urls.history,
      'latest-version': urls.latest,
      'predecessor-version': urls.version(1),
      'successor-version': urls.version(3),
      timemap: urls.timemap,
    });
  });
  it('the first version has no predecessor, the last no successor', () => {
    expect(rels(versionRelations(urls, 2, 1))).not.toHaveProperty('predecessor-version');
    expect(rels(versionRelations(urls, 2, 2))).not.toHaveProperty('successor-version');
  });
  it('the current page is the latest: its predecessor is the version before it', () => {
    expect(rels(versionRelations(urls, 3, 'latest'))['predecessor-version']).toBe(urls.version(2));
    expect(rels(versionRelations(urls, 1, 'latest'))).not.toHaveProperty('predecessor-version');
  });
  it('the history page links the latest version, not itself', () => {
    expect(rels(versionRelations(urls, 2, 'history'))).toEqual({
      'latest-version': urls.latest,
      timemap: urls.timemap,
    });
  });
  it('refuses a version that does not exist', () => {
    expect(() => versionRelations(urls, 2, 3)).toThrow(RangeError);
  });
});

describe('TimeMap', () => {
  const days = ['2026-11-29', '2026-12-01', '2026-12-03'];
  const parsed = LinkHeader.parse(timeMap(urls, days).replace(/\n/g, ''));

  it('parses as link-format with the original, itself and every memento with its datetime', () => {
    expect(parsed.get('rel', 'original')[0]!.uri).toBe(urls.latest);
    const self = parsed.get('rel', 'self')[0]!;
    expect(self.uri).toBe(urls.timemap);
    expect(self.type).toBe('application/link-format');
    expect(self.from).toBe('Sun, 29 Nov 2026 00:00:00 GMT');
    expect(self.until).toBe('Thu, 03 Dec 2026 00:00:00 GMT');
    // The parser splits a multi-valued rel into one link per value (RFC 8288, section 3.3).
    const mementos = parsed.get('rel', 'memento');
    expect(mementos.map((m) => [m.uri, m.datetime])).toEqual(
      days.map((d, i) => [urls.version(i + 1), mementoDatetime(d)]),
    );
    expect(parsed.get('rel', 'first').map((m) => m.uri)).toEqual([urls.version(1)]);
    expect(parsed.get('rel', 'last').map((m) => m.uri)).toEqual([urls.version(3)]);
    expect(parsed.get('rel', 'version-history').map((m) => m.uri)).toEqual([urls.history]);
  });

  it('a single version is both first and last', () => {
    const one = LinkHeader.parse(timeMap(urls, ['2026-11-29']).replace(/\n/g, ''));
    expect(
      [...one.get('rel', 'first'), ...one.get('rel', 'last'), ...one.get('rel', 'memento')].map(
        (m) => m.uri,
      ),
    ).toEqual([urls.version(1), urls.version(1), urls.version(1)]);
  });

  it('refuses an empty history and a date that is not a day', () => {
    expect(() => timeMap(urls, [])).toThrow(RangeError);
    expect(() => mementoDatetime('2026-13-01')).toThrow(RangeError);
  });
});

describe('Link headers', () => {
  it('send the same relations as the head, parseable as RFC 8288', () => {
    const [rule] = linkHeaderRules([
      {
        path: '/events/e/v/2/',
        link: formatLinks(versionRelations(urls, 3, 2)),
        mementoDatetime: mementoDatetime('2026-12-01'),
      },
    ]);
    expect(rule!.pattern).toBe('/events/e/v/2/');
    const link = LinkHeader.parse(rule!.headers.find(([n]) => n === 'Link')![1]);
    expect(link.get('rel', 'predecessor-version')[0]!.uri).toBe(urls.version(1));
    expect(link.get('rel', 'successor-version')[0]!.uri).toBe(urls.version(3));
    expect(rule!.headers).toContainEqual(['Memento-Datetime', 'Tue, 01 Dec 2026 00:00:00 GMT']);
  });
});

describe('differences', () => {
  it('marks the words inserted and deleted; the parts rebuild both texts', () => {
    const before = 'Microsoft said on 15 May that it found no evidence.';
    const after = 'Microsoft said on 16 May that it had found no evidence.';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.kind === 'del').map((p) => p.text.trim())).toEqual(['15']);
    expect(parts.filter((p) => p.kind === 'ins').map((p) => p.text.trim())).toEqual(['16', 'had']);
    expect(
      parts
        .filter((p) => p.kind !== 'ins')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'del')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('reads components as what they show', () => {
    expect(
      readableBody(
        'Said so. <Cite source="a b" at="para. 4" />\n\n<Quote by="microsoft" source="a">\nwords\n</Quote>',
      ),
    ).toBe('Said so. [a, b, para. 4]\n\n(microsoft)\nwords');
  });

  it('compares the fields readers see as well as the text', () => {
    const parts = revisionDiff(
      { fields: [['Title', 'Old title']], body: 'Same.' },
      { fields: [['Title', 'New title']], body: 'Same.' },
    );
    expect(parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text.trim()}`)).toEqual(
      ['del:Old', 'ins:New'],
    );
  });

  it('finds no change between identical revisions', () => {
    expect(
      revisionDiff(
        { fields: [['Title', 'T']], body: 'x' },
        { fields: [['Title', 'T']], body: 'x' },
      ).every((p) => p.kind === 'same'),
    ).toBe(true);
  });
});

describe('sitemap', () => {
  it('leaves out version pages (noindex) and keeps history pages', () => {
    expect(inSitemap('events/e/v/1/')).toBe(false);
    expect(inSitemap('events/e/v/12/')).toBe(false);
    expect(inSitemap('events/e/history/')).toBe(true);
    expect(inSitemap('events/e/')).toBe(true);
  });
});
