import { describe, expect, it } from 'vitest';
import {
  createFormatters,
  fill,
  pluralData,
  pluralFromDataset,
  english,
} from '../../../src/lib/i18n';
import { startYear, yearOf, parseEventDate } from '../../../src/lib/content/dates';

describe('plurals through Intl.PluralRules', () => {
  it('picks English one/other and fills the count and values', () => {
    const f = createFormatters('en-GB');
    const forms = { one: '{n} event in {year}', other: '{n} events in {year}' };
    expect(f.plural(1, forms, { year: '2025' })).toBe('1 event in 2025');
    expect(f.plural(0, forms, { year: '2025' })).toBe('0 events in 2025');
    expect(f.plural(2, forms, { year: '2025' })).toBe('2 events in 2025');
  });

  it('has room for the six Arabic categories, falling back to other', () => {
    const f = createFormatters('ar');
    const forms = {
      zero: 'zero',
      one: 'one',
      two: 'two',
      few: 'few',
      many: 'many',
      other: 'other',
    };
    expect([0, 1, 2, 3, 10, 11, 99, 100].map((n) => f.plural(n, forms))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other',
    ]);
    expect(f.plural(2, { other: '{n}' })).toBe('2');
  });

  it('the English dictionary counts with them', () => {
    expect(english.words.ui.timeline.sources(1)).toBe('1 source');
    expect(english.words.ui.timeline.sources(3)).toBe('3 sources');
    expect(english.words.ui.embed.earlier(1)).toBe('1 earlier event is on the full timeline.');
    expect(english.words.ui.embed.earlier(4)).toBe('4 earlier events are on the full timeline.');
  });

  it('hands a plural entry to a browser script and reads it back', () => {
    const data = pluralData('results', { one: '{n} result', other: '{n} results' });
    expect(data).toEqual({ 'data-results-one': '{n} result', 'data-results-other': '{n} results' });
    const dataset = {
      resultsOne: data['data-results-one'],
      resultsOther: data['data-results-other'],
    };
    expect(pluralFromDataset(dataset, 'results', 1, 'en-GB')).toBe('{n} result');
    expect(pluralFromDataset(dataset, 'results', 5, 'en-GB')).toBe('{n} results');
    expect(pluralFromDataset({}, 'results', 5, 'en-GB')).toBeUndefined();
  });
});

describe('lists, sorting and templates in the locale', () => {
  it('joins names as the locale writes a list', () => {
    expect(createFormatters('en-GB').names(['A', 'B', 'C'])).toBe('A, B, C');
    expect(createFormatters('en-GB').names(['A'])).toBe('A');
  });

  it('sorts with the locale’s collation, not code points', () => {
    const f = createFormatters('en-GB');
    expect(['zebra', 'Émile', 'apple'].sort(f.compare)).toEqual(['apple', 'Émile', 'zebra']);
  });

  it('fills named placeholders and leaves unknown ones', () => {
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});

describe('a date’s year', () => {
  it('is the first four digits of an ISO date at any precision', () => {
    expect(['2025-08-06', '2025-08', '2025'].map(yearOf)).toEqual(['2025', '2025', '2025']);
    expect(startYear(parseEventDate('2021-10/2022-02'))).toBe('2021');
  });
});

describe('separators', () => {
  it('gives the words between linked items the way each locale lists them', () => {
    expect(createFormatters('en-GB').separators(3)).toEqual([', ', ', ']);
    expect(createFormatters('ar').separators(3)).toEqual(['، و', '، و']);
    expect(createFormatters('he').separators(1)).toEqual([]);
  });
});
