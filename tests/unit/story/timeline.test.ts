import { describe, expect, it } from 'vitest';
import {
  groupByYearAndMonth,
  neighbours,
  sortChronologically,
} from '../../../src/lib/story/timeline';
import { parseEventDate } from '../../../src/lib/content/dates';
import { english } from '../../../src/lib/i18n';

const e = (id: string, date: string) => ({ id, date: parseEventDate(date) });
const events = sortChronologically([
  e('d', '2025-08'),
  e('b', '2025-08-06'),
  e('a', '2021-10/2021-12'),
  e('c', '2025-08-19/2025-08-27'),
  e('f', '2026-05'),
  e('e', '2025-09-25'),
  e('a2', '2022'),
  e('b0', '2025-08-06'),
]);

describe('sortChronologically', () => {
  it('orders by date and breaks ties by id, whatever the input order', () => {
    expect(events.map((x) => x.id)).toEqual(['a', 'a2', 'b', 'b0', 'c', 'd', 'e', 'f']);
    expect(sortChronologically([...events].reverse()).map((x) => x.id)).toEqual(
      events.map((x) => x.id),
    );
  });
});

describe('groupByYearAndMonth', () => {
  it('groups by year, then month; spans of months and years have no month heading', () => {
    const groups = groupByYearAndMonth(events, english.dates);
    expect(
      groups.map((g) => [g.year, g.months.map((m) => [m.label, m.events.map((x) => x.id)])]),
    ).toEqual([
      ['2021', [[null, ['a']]]],
      ['2022', [[null, ['a2']]]],
      [
        '2025',
        [
          ['August 2025', ['b', 'b0', 'c', 'd']],
          ['September 2025', ['e']],
        ],
      ],
      ['2026', [['May 2026', ['f']]]],
    ]);
  });
});

describe('neighbours', () => {
  it('gives the previous and next event, none at the ends', () => {
    expect(neighbours(events, 'c')).toEqual({ previous: events[3], next: events[5] });
    expect(neighbours(events, 'a').previous).toBeUndefined();
    expect(neighbours(events, 'f').next).toBeUndefined();
  });
  it('throws for an unknown id', () => {
    expect(() => neighbours(events, 'zzz')).toThrow('no event with id "zzz"');
  });
});
