import { describe, expect, it } from 'vitest';
import { compareEventDates, DateError, formatDay, formatEventDate, machineDate, monthGroup, parseDay, parseEventDate } from '../../../src/lib/content/dates';
import { english } from '../../../src/lib/i18n';

const show = (s: string) => formatEventDate(parseEventDate(s), english.dates);

describe('formatEventDate shows a date at its true precision', () => {
  it.each([
    ['2025-08-06', '6 August 2025'],
    ['2025-08', 'August 2025'],
    ['2022', '2022'],
    ['2025-08-08~', 'about 8 August 2025'],
    ['2025-08?', 'August 2025 (uncertain)'],
    ['2021-10/2021-12', 'late 2021'],
    ['2021-09/2021-12', 'late 2021'],
    ['2021-01/2021-03', 'early 2021'],
    ['2021-06/2021-07', 'mid-2021'],
    ['2021-03/2021-06', 'March–June 2021'],
    ['2025-08-19/2025-08-27', '19–27 August 2025'],
    ['2025-08-28/2025-09-03', '28 August – 3 September 2025'],
    ['2024-12-30/2025-01-02', '30 December 2024 – 2 January 2025'],
    ['2025-08-07/..', 'from 7 August 2025'],
    ['2024-11/2025-02', 'November 2024 – February 2025'],
    ['2021-23', 'autumn 2021'],
  ])('%s → %s', (edtf, label) => {
    expect(show(edtf)).toBe(label);
  });
});

describe('parseEventDate', () => {
  it('gives start, end and precision in UTC ISO form', () => {
    const d = parseEventDate('2025-08-19/2025-08-27');
    expect(d.start).toMatchObject({ iso: '2025-08-19', precision: 'day', first: '2025-08-19', last: '2025-08-19' });
    expect(d.end).toMatchObject({ iso: '2025-08-27', precision: 'day' });
    const m = parseEventDate('2025-08');
    expect(m.start).toMatchObject({ iso: '2025-08', precision: 'month', first: '2025-08-01', last: '2025-08-31' });
    expect(m.end).toBeNull();
    expect(parseEventDate('2025-08-07/..').end).toBe('open');
  });
  it.each([
    ['2025-02-30', 'names a day that does not exist'],
    ['2025-13', 'not a valid EDTF date'],
    ['6 August 2025', 'not a valid EDTF date'],
    ['', 'empty'],
    ['2025-08-27/2025-08-19', 'ends before it starts'],
    ['../2025-08', 'open start'],
    ['2025-XX', 'unspecified'],
    ['[2024,2025]', 'event dates do not use'],
  ])('rejects %j (%s)', (raw, message) => {
    expect(() => parseEventDate(raw)).toThrow(DateError);
    expect(() => parseEventDate(raw)).toThrow(message);
  });
  it('machineDate gives the start at its precision for <time datetime>', () => {
    expect(machineDate(parseEventDate('2022'))).toBe('2022');
    expect(machineDate(parseEventDate('2021-10/2021-12'))).toBe('2021-10');
    expect(machineDate(parseEventDate('2025-08-08~'))).toBe('2025-08-08');
  });
});

describe('chronological order across precisions', () => {
  const order = (dates: string[]) => dates.map(parseEventDate).sort(compareEventDates).map((d) => d.edtf);
  it('puts a month-only event after the days of that month, and a year after its months', () => {
    expect(order(['2025-08', '2025-08-19/2025-08-27', '2025-08-06', '2025-09-25', '2025', '2024'])).toEqual([
      '2024',
      '2025-08-06',
      '2025-08-19/2025-08-27',
      '2025-08',
      '2025-09-25',
      '2025',
    ]);
  });
  it('orders intervals by their start, then by their end', () => {
    expect(order(['2025-08-07/..', '2025-08-07', '2025-08-08~', '2021-10/2021-12', '2022'])).toEqual([
      '2021-10/2021-12',
      '2022',
      '2025-08-07',
      '2025-08-07/..',
      '2025-08-08~',
    ]);
  });
});

describe('monthGroup', () => {
  it('groups day and month dates under their month, and spans of months under none', () => {
    expect(monthGroup(parseEventDate('2025-08-06'), english.dates)).toEqual({ key: '2025-08', label: 'August 2025' });
    expect(monthGroup(parseEventDate('2025-08'), english.dates)).toEqual({ key: '2025-08', label: 'August 2025' });
    expect(monthGroup(parseEventDate('2025-08-19/2025-08-27'), english.dates)).toEqual({ key: '2025-08', label: 'August 2025' });
    expect(monthGroup(parseEventDate('2021-10/2021-12'), english.dates)).toBeNull();
    expect(monthGroup(parseEventDate('2022'), english.dates)).toBeNull();
  });
});

describe('parseDay', () => {
  it('accepts YYYY-MM-DD and a YAML date at UTC midnight', () => {
    expect(parseDay('2026-11-29')).toBe('2026-11-29');
    expect(parseDay(new Date('2026-11-29T00:00:00Z'))).toBe('2026-11-29');
    expect(formatDay('2026-11-29', english.dates)).toBe('29 November 2026');
  });
  it.each(['2026-02-30', '29/11/2026', '2026-11', 42])('rejects %j', (raw) => {
    expect(() => parseDay(raw)).toThrow(DateError);
  });
});

describe('impossible days are rejected, never rolled over', () => {
  it.each(['2025-02-29', '2025-04-31', '2025-08-19/2025-09-31', '2025-02-29~'])('%s', (raw) => {
    expect(() => parseEventDate(raw)).toThrow('names a day that does not exist');
  });
  it('accepts 29 February in a leap year', () => {
    expect(formatEventDate(parseEventDate('2024-02-29'), english.dates)).toBe('29 February 2024');
  });
});
