/**
 * Ordering and grouping of events on the timeline. Works on anything with an `id` and a parsed
 * `date`, so it is tested without content.
 */
import {
  compareEventDates,
  monthGroup,
  startYear,
  type DateStyle,
  type EventDate,
} from '../content/dates.ts';

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
  return [...events].sort(
    (a, b) => compareEventDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
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
export function groupByYearAndMonth<T extends Dated>(
  events: readonly T[],
  dates: DateStyle,
): YearGroup<T>[] {
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
export function neighbours<T extends Dated>(
  events: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const index = events.findIndex((e) => e.id === id);
  if (index === -1) throw new Error(`neighbours: no event with id "${id}".`);
  return { previous: events[index - 1], next: events[index + 1] };
}

/** The years (`YYYY`) in which events start, oldest first, each once. */
export function eventYears(events: readonly Dated[]): string[] {
  return [...new Set(events.map((e) => startYear(e.date)))].sort();
}

/** The limits that decide which page holds an event on the timeline (`listLimits` on the site). */
export interface TimelineLimits {
  /** The home page lists every event while the story has at most this many. */
  homeListLimit: number;
  /** Events per year page; a longer year continues on `/years/<yyyy>/2/`… */
  pageSize: number;
}

/** Where an event is listed, with its anchor: the home page, or page `n` of its year. */
export type TimelinePlace = { kind: 'home' } | { kind: 'year'; year: string; page: number };

/**
 * The page that holds an event's entry on the timeline, for "See it on the timeline" links: the
 * home page while it lists the whole story, else the page of the event's year that lists it (year
 * pages hold `pageSize` events each, in chronological order, as the year pages paginate them).
 * @param events the whole story, sorted chronologically.
 * @throws Error when no event has the id.
 */
export function timelinePlace(
  events: readonly Dated[],
  id: string,
  limits: TimelineLimits,
): TimelinePlace {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`timelinePlace: no event with id "${id}".`);
  if (events.length <= limits.homeListLimit) return { kind: 'home' };
  const year = startYear(event.date);
  const index = events.filter((e) => startYear(e.date) === year).indexOf(event);
  return { kind: 'year', year, page: Math.floor(index / limits.pageSize) + 1 };
}

/**
 * The events the home page lists: all of them while there are at most `homeListLimit`, else the
 * newest `pageSize` of the latest year — the latest events, as its introduction says.
 * @param events the whole story, sorted chronologically.
 */
export function homeEvents<T extends Dated>(events: readonly T[], limits: TimelineLimits): T[] {
  if (events.length <= limits.homeListLimit) return [...events];
  const latest = eventYears(events).at(-1);
  return events.filter((e) => startYear(e.date) === latest).slice(-limits.pageSize);
}
