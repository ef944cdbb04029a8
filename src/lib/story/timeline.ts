/**
 * Ordering and grouping of events on the timeline. Works on anything with an `id` and a parsed
 * `date`, so it is tested without content.
 */
import { compareEventDates, monthGroup, startYear, type DateStyle, type EventDate } from '../content/dates.ts';

export interface Dated {
  id: string;
  date: EventDate;
}

/**
 * Sorts events oldest first (see `sortKey` in ./dates for mixed precisions); equal dates fall back
 * to the id so that the order never depends on file-system order.
 * @returns a new array.
 */
export function sortChronologically<T extends Dated>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareEventDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface MonthGroup<T> {
  /** `YYYY-MM`, or `YYYY-other` for events not known to a single month. */
  key: string;
  /** "August 2025", or `null` for events listed under the year with their own date label. */
  label: string | null;
  events: T[];
}

export interface YearGroup<T> {
  year: string;
  months: MonthGroup<T>[];
}

/**
 * Groups sorted events by year, then by month. Events known only to a year, a season or a span of
 * months form a group without a month heading, in their chronological place.
 * @param events already sorted with {@link sortChronologically}.
 * @param dates the edition's date style (`edition.dates`), for the month headings.
 */
export function groupByYearAndMonth<T extends Dated>(events: readonly T[], dates: DateStyle): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const event of events) {
    const year = startYear(event.date);
    let yearGroup = years.at(-1);
    if (!yearGroup || yearGroup.year !== year) {
      yearGroup = { year, months: [] };
      years.push(yearGroup);
    }
    const month = monthGroup(event.date, dates);
    const key = month ? month.key : `${year}-other`;
    let group = yearGroup.months.at(-1);
    if (!group || group.key !== key) {
      group = { key, label: month ? month.label : null, events: [] };
      yearGroup.months.push(group);
    }
    group.events.push(event);
  }
  return years;
}

/** The events before and after `id` in a sorted list (`undefined` at either end). */
export function neighbours<T extends Dated>(events: readonly T[], id: string): { previous: T | undefined; next: T | undefined } {
  const index = events.findIndex((e) => e.id === id);
  if (index === -1) throw new Error(`neighbours: no event with id "${id}".`);
  return { previous: events[index - 1], next: events[index + 1] };
}

/** The years (`YYYY`) in which events start, oldest first, each once. */
export function eventYears(events: readonly Dated[]): string[] {
  return [...new Set(events.map((e) => startYear(e.date)))].sort();
}
