import { describe, expect, it } from 'vitest';
import { arabicDictionary } from '../../../src/lib/i18n/ar';
import { createEdition, english } from '../../../src/lib/i18n';
import { formatDay, formatEventDate, parseEventDate } from '../../../src/lib/content/dates';

const arabic = createEdition('ar', 'rtl', arabicDictionary);

/** Every string leaf of a dictionary, with its dotted key; functions are called with sample values. */
function leaves(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 3 : 'X'));
    return leaves((value as (...a: unknown[]) => unknown)(...args), key);
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, key ? `${key}.${k}` : k));
  return [];
}

describe('the Arabic dictionary', () => {
  it('counts in all six Arabic plural categories', () => {
    const sources = arabic.words.ui.timeline.sources;
    expect([0, 1, 2, 3, 10, 11, 99, 100, 101].map(sources)).toEqual([
      'لا مصادر',
      'مصدر واحد',
      'مصدران',
      '3 مصادر',
      '10 مصادر',
      '11 مصدرًا',
      '99 مصدرًا',
      '100 مصدر',
      '101 مصدر',
    ]);
    expect(arabic.words.ui.tags.count(7)).toBe('7 أحداث');
    expect(arabic.words.ui.tags.count(25)).toBe('25 حدثًا');
    expect(arabic.words.ui.years.intro('2025', 2)).toBe('حدثان في 2025، الأقدم أولًا.');
    expect(arabic.words.ui.years.intro('2025', 13)).toBe('13 حدثًا في 2025، الأقدم أولًا.');
    expect(arabic.words.ui.years.intro('2025', 0)).toBe('لا أحداث في 2025.');
  });

  it('keeps the placeholders a browser script fills in', () => {
    const results = arabic.words.ui.search.results;
    for (const category of ['zero', 'one', 'two', 'few', 'many', 'other'] as const)
      expect(results[category]).toContain('{q}');
    expect(arabic.words.ui.filter.shown(12)).toBe('يُعرض {shown} من 12 حدثًا.');
  });

  it('has a word for every key of the English dictionary, and no English word left', () => {
    const en = new Map(leaves(english.words));
    const ar = new Map(leaves(arabic.words));
    // A plural entry handed to the browser (search results) has six categories in Arabic.
    const keys = (m: Map<string, string>) =>
      [...new Set([...m.keys()].map((k) => k.replace(/^(ui\.search\.results)\..*$/, '$1')))].sort();
    expect(keys(ar)).toEqual(keys(en));
    // Only format names and templates made of values (dates, ranges) may hold no Arabic letter.
    const latinOnly = [...ar].filter(([, text]) => !/[\u0600-\u06ff]/.test(text));
    expect(latinOnly.map(([k]) => k).sort()).toEqual(
      [
        'ui.feeds.format.rss',
        'ui.feeds.format.atom',
        'ui.feeds.format.json',
        'ui.data.schema',
        'ui.feeds.linkTitle',
        'ui.years.heading',
        'dates.daysOfMonth',
        'dates.monthsOfYear',
        'dates.span',
        'dates.season',
        // Formats named as every language writes them.
        'citeStyles.bibtex',
        'citeStyles.ris',
        'citeStyles.csl-json',
      ].sort(),
    );
  });

  it('writes dates in Western digits with Arabic month names and precision words', () => {
    expect(formatDay('2025-08-06', arabic.dates)).toBe('6 أغسطس 2025');
    expect(formatEventDate(parseEventDate('2021-10/2021-12'), arabic.dates)).toBe('أواخر 2021');
    expect(formatEventDate(parseEventDate('2025-08-08~'), arabic.dates)).toBe('نحو 8 أغسطس 2025');
    expect(formatEventDate(parseEventDate('2021-23'), arabic.dates)).toBe('خريف 2021');
    expect(formatEventDate(parseEventDate('2025-08-07/..'), arabic.dates)).toBe(
      'ابتداءً من 7 أغسطس 2025',
    );
    expect(formatEventDate(parseEventDate('2025-08-19/2025-08-27'), arabic.dates)).toBe(
      '19–27 أغسطس 2025',
    );
  });

  it('names the evidence statuses with the glossary words', () => {
    expect(Object.values(arabic.words.statusText).map((s) => s.label)).toEqual([
      'مؤكد',
      'وارد في التقارير',
      'مزعوم',
      'متنازع عليه',
      'محل نفي',
    ]);
  });
});
