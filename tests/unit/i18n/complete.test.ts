/**
 * Every edition has every word: the runtime check behind the type checker names each key a
 * dictionary lacks or leaves empty, and the site's editions pass it.
 */
import { describe, expect, it } from 'vitest';
import { assertCompleteWords, missingWords } from '../../../src/lib/i18n/complete';
import { editions } from '../../../src/site.config';

describe('dictionary completeness', () => {
  const reference = { ui: { nav: { timeline: 'Timeline', count: (n: number) => `${n}` } } };

  it('names a missing key, an empty text and a text where a function belongs', () => {
    expect(missingWords(reference, { ui: { nav: {} } })).toEqual([
      'ui.nav.timeline',
      'ui.nav.count',
    ]);
    expect(missingWords(reference, { ui: { nav: { timeline: ' ', count: 'n' } } })).toEqual([
      'ui.nav.timeline',
      'ui.nav.count',
    ]);
    expect(
      missingWords(reference, { ui: { nav: { timeline: 'الجدول', count: () => '' } } }),
    ).toEqual([]);
  });

  it('stops with the dictionary file, the keys and the fix', () => {
    expect(() => assertCompleteWords('ar', reference, { ui: {} })).toThrow(
      /src\/lib\/i18n\/ar\.ts: .*ui\.nav.*add each, translated/,
    );
  });

  it('finds every word of the English dictionary in each edition of the site', () => {
    expect(editions.length).toBeGreaterThanOrEqual(3);
    for (const edition of editions.slice(1))
      expect(missingWords(editions[0]!.words, edition.words), edition.code).toEqual([]);
  });

  it('registers each edition once, the source edition first, with its direction', () => {
    expect(editions.map((e) => [e.code, e.direction])).toEqual([
      ['en', 'ltr'],
      ['ar', 'rtl'],
      ['he', 'rtl'],
    ]);
  });
});
