/**
 * Event dates: EDTF (Extended Date/Time Format, ISO 8601-2) strings in, start/end/precision and
 * labels in an edition's words and locale out (the words come in as a {@link DateStyle}). Parsing is delegated to the `edtf` package; what is ours is how a
 * date is shown at its true precision and how dates of mixed precision are ordered.
 *
 * All calendar values are in UTC and returned as ISO 8601 strings (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 * Rule source: the dossier's rule that "an event known only to the month or year is shown as such,
 * never as a made-up day" (shared/story/DOSSIER.md).
 */
import edtf from 'edtf';

/** How finely a date is known. */
export type Precision = 'day' | 'month' | 'season' | 'year';

/** One end of an event date, at the precision it is known. */
export interface DatePoint {
  /** ISO 8601 at its precision: `2025`, `2025-08` or `2025-08-06` (a season gives its first month). */
  iso: string;
  precision: Precision;
  /** First day covered, `YYYY-MM-DD` (UTC). */
  first: string;
  /** Last day covered, `YYYY-MM-DD` (UTC). */
  last: string;
  /** EDTF `~`: the date is approximate ("about"). */
  approximate: boolean;
  /** EDTF `?`: the date is uncertain. */
  uncertain: boolean;
  /** EDTF season code (21 spring … 24 winter) when the point is a season. */
  season?: number;
}

/** A parsed event date: a single point, or an interval whose end may be open (`..`). */
export interface EventDate {
  /** The EDTF string as written by the editor. */
  edtf: string;
  start: DatePoint;
  /** `null` for a single point; `'open'` for an interval with an open end (`2025-08-07/..`). */
  end: DatePoint | 'open' | null;
}

/** Thrown for a value that is not a usable EDTF date; the message says what is allowed. */
export class DateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DateError';
  }
}

/** What editors may write, shown in every date error. */
export const EDTF_HELP =
  'Write an EDTF date: a day "2025-08-06", a month "2025-08", a year "2022", an approximate day "2025-08-08~", ' +
  'a span "2021-10/2021-12", an interval "2025-08-19/2025-08-27", or an open interval "2025-08-07/..".';

const PRECISION_BY_EDTF: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' };
/** The EDTF season codes events may use: 21 spring, 22 summer, 23 autumn, 24 winter. */
const SEASON_CODES = [21, 22, 23, 24];

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// A subset of the edtf package's objects, typed here because the package ships no types.
interface EdtfValue {
  type: string;
  precision?: number;
  min: number;
  max: number;
  values: number[];
  approximate?: { value: number };
  uncertain?: { value: number };
  unspecified?: { value: number };
  lower?: EdtfValue | number | null;
  upper?: EdtfValue | number | null;
  year?: number;
  season?: number;
}

function toPoint(value: EdtfValue, raw: string): DatePoint {
  if (value.unspecified && value.unspecified.value) {
    throw new DateError(`"${raw}" has unspecified digits (X); give the date at the precision that is known instead. ${EDTF_HELP}`);
  }
  const approximate = Boolean(value.approximate?.value);
  const uncertain = Boolean(value.uncertain?.value);
  if (value.type === 'Season') {
    const season = value.values[1] ?? 0;
    if (!SEASON_CODES.includes(season)) {
      throw new DateError(`"${raw}" uses season code ${season}; only 21 (spring) to 24 (winter) are supported. ${EDTF_HELP}`);
    }
    const first = isoDay(value.min);
    return { iso: first.slice(0, 7), precision: 'season', first, last: isoDay(value.max), approximate, uncertain, season };
  }
  if (value.type !== 'Date' && value.type !== 'Year') {
    throw new DateError(`"${raw}" is an EDTF ${value.type}, which event dates do not use. ${EDTF_HELP}`);
  }
  const precision = PRECISION_BY_EDTF[value.precision ?? 0];
  if (!precision) throw new DateError(`"${raw}" has no day, month or year precision. ${EDTF_HELP}`);
  const first = isoDay(value.min);
  const iso = precision === 'year' ? yearOf(first) : precision === 'month' ? first.slice(0, 7) : first;
  return { iso, precision, first, last: isoDay(value.max), approximate, uncertain };
}

/**
 * Parses an EDTF string into an {@link EventDate}.
 * @param raw EDTF level 0–1 string (see {@link EDTF_HELP}).
 * @throws DateError when the string is not EDTF, names an impossible day (2025-02-30), has
 *   unspecified digits, is an unsupported EDTF type (sets, lists), or is an interval that ends
 *   before it starts.
 */
export function parseEventDate(raw: string): EventDate {
  if (typeof raw !== 'string' || raw.trim() === '') throw new DateError(`The date is empty. ${EDTF_HELP}`);
  const text = raw.trim();
  // The edtf package rolls an impossible day over (2025-02-29 becomes 1 March): check every
  // written day against the calendar first, so a mistyped date is never published as another.
  for (const [written] of text.matchAll(/\d{4}-\d{2}-\d{2}/g)) {
    const ms = Date.parse(`${written}T00:00:00Z`);
    if (Number.isNaN(ms) || isoDay(ms) !== written) {
      throw new DateError(`"${text}" names a day that does not exist (${written}). ${EDTF_HELP}`);
    }
  }
  let parsed: EdtfValue;
  try {
    parsed = edtf(text) as EdtfValue;
  } catch {
    const [from, to] = text.split('/');
    if (from && to && to !== '..') {
      try {
        if ((edtf(to) as EdtfValue).max < (edtf(from) as EdtfValue).min) throw new DateError(`"${text}" ends before it starts. ${EDTF_HELP}`);
      } catch (error) {
        if (error instanceof DateError) throw error;
      }
    }
    throw new DateError(`"${text}" is not a valid EDTF date (or names a day that does not exist). ${EDTF_HELP}`);
  }
  if (parsed.type === 'Interval') {
    // edtf gives a number (±Infinity) for an open end ("..") and null for an unknown one ("").
    if (!parsed.lower || typeof parsed.lower !== 'object') {
      throw new DateError(`"${text}" has an unknown or open start; an event needs a known start. ${EDTF_HELP}`);
    }
    if (parsed.upper === null) throw new DateError(`"${text}" has an unknown end; write ".." for an end that is still open. ${EDTF_HELP}`);
    const start = toPoint(parsed.lower, text);
    const end = typeof parsed.upper === 'object' && parsed.upper ? toPoint(parsed.upper, text) : 'open';
    if (end !== 'open' && end.last < start.first) {
      throw new DateError(`"${text}" ends before it starts. ${EDTF_HELP}`);
    }
    return { edtf: text, start, end };
  }
  return { edtf: text, start: toPoint(parsed, text), end: null };
}

/**
 * Validates a publication-style calendar day (`published`, `updated`, correction dates).
 * @param raw `YYYY-MM-DD`, or a JavaScript Date at UTC midnight (how YAML reads an unquoted day).
 * @returns the day as `YYYY-MM-DD`.
 * @throws DateError for anything else, including impossible days.
 */
export function parseDay(raw: unknown): string {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) throw new DateError('The date is not a real calendar day. Write it as "YYYY-MM-DD".');
    const iso = raw.toISOString();
    if (!iso.endsWith('T00:00:00.000Z')) throw new DateError(`"${iso}" has a time of day; write only the day as "YYYY-MM-DD".`);
    return iso.slice(0, 10);
  }
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    throw new DateError(`"${String(raw)}" is not a day; write it as "YYYY-MM-DD".`);
  }
  const ms = Date.parse(`${raw}T00:00:00Z`);
  if (Number.isNaN(ms) || isoDay(ms) !== raw) throw new DateError(`"${raw}" is not a real calendar day.`);
  return raw;
}

/** The last day (`YYYY-MM-DD`) a date could refer to, or its start for an open interval. */
export function latestDay(date: EventDate): string {
  if (date.end === null) return date.start.last;
  if (date.end === 'open') return date.start.first;
  return date.end.last;
}

/**
 * The words an edition shows around dates (from its dictionary, `src/lib/i18n/`): season names,
 * "about", "(uncertain)", "early"/"mid-"/"late", "from", and how two ends of a span are joined.
 * Month names and the order of day, month and year come from `Intl.DateTimeFormat` in the
 * edition's locale.
 */
export interface DateWords {
  /** Season names by EDTF code: 21 spring, 22 summer, 23 autumn, 24 winter. */
  seasons: Record<21 | 22 | 23 | 24, string>;
  /** A season of a year: "spring 2024". */
  season: (season: string, year: string) => string;
  /** EDTF `~`: "about 8 August 2025". */
  approximate: (label: string) => string;
  /** EDTF `?`: "August 2025 (uncertain)". */
  uncertain: (label: string) => string;
  /** Months 1 to 2–4 of a year: "early 2025". */
  early: (year: string) => string;
  /** Months within 5 to 8 of a year: "mid-2025". */
  mid: (year: string) => string;
  /** Months from 9 or later to 12 of a year: "late 2021". */
  late: (year: string) => string;
  /** An interval still open: "from 7 August 2025". */
  from: (label: string) => string;
  /** Days of one month: "19" and "27 August 2025" give "19–27 August 2025". */
  daysOfMonth: (firstDay: string, lastDate: string) => string;
  /** Months of one year: "October" and "December 2021" give "October–December 2021". */
  monthsOfYear: (firstMonth: string, lastMonth: string) => string;
  /** Any other span: "28 August – 3 September 2025", "about 2021 – 2022". */
  span: (from: string, to: string) => string;
}

/** How an edition writes dates: its BCP 47 locale (for `Intl.DateTimeFormat`) and its date words. */
export interface DateStyle {
  /** BCP 47 locale tag, e.g. `en-GB`. */
  locale: string;
  words: DateWords;
}

type Part = 'dayMonthYear' | 'monthYear' | 'dayMonth' | 'month' | 'day' | 'year';
const PART_OPTIONS: Record<Part, Intl.DateTimeFormatOptions> = {
  dayMonthYear: { day: 'numeric', month: 'long', year: 'numeric' },
  monthYear: { month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  month: { month: 'long' },
  day: { day: 'numeric' },
  year: { year: 'numeric' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` day written in `locale` as `part` (UTC, so the day never shifts). */
function written(day: string, part: Part, locale: string): string {
  const key = `${locale}|${part}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...PART_OPTIONS[part] })));
  return formatter.format(Date.parse(`${day}T00:00:00Z`));
}

function qualify(label: string, point: DatePoint, words: DateWords): string {
  let out = label;
  if (point.approximate) out = words.approximate(out);
  if (point.uncertain) out = words.uncertain(out);
  return out;
}

function pointLabel(point: DatePoint, style: DateStyle): string {
  const { locale, words } = style;
  switch (point.precision) {
    case 'day':
      return qualify(written(point.first, 'dayMonthYear', locale), point, words);
    case 'month':
      return qualify(written(point.first, 'monthYear', locale), point, words);
    case 'season':
      return qualify(words.season(words.seasons[(point.season ?? 21) as 21], written(point.first, 'year', locale)), point, words);
    case 'year':
      return qualify(written(point.first, 'year', locale), point, words);
  }
}

/** Names a span of whole months inside one year the way reporters do: "early", "mid-", "late". */
function monthSpanLabel(start: DatePoint, end: DatePoint, style: DateStyle): string | null {
  if (start.precision !== 'month' || end.precision !== 'month') return null;
  if (start.approximate || end.approximate || start.uncertain || end.uncertain) return null;
  const [sy = 0, sm = 0] = start.iso.split('-').map(Number);
  const [ey = 0, em = 0] = end.iso.split('-').map(Number);
  if (sy !== ey) return null;
  const year = written(start.first, 'year', style.locale);
  if (sm === 1 && em >= 2 && em <= 4) return style.words.early(year);
  if (sm >= 9 && em === 12 && sm < em) return style.words.late(year);
  if (sm >= 5 && em <= 8 && sm < em) return style.words.mid(year);
  return null;
}

/**
 * Shows a date at its true precision, in the edition's words and locale.
 * @param style the edition's locale and date words (`edition.dates` from `src/lib/i18n/`).
 * @returns in the English edition e.g. "6 August 2025", "August 2025", "2022", "about 8 August
 *   2025", "late 2021", "19–27 August 2025", "28 August – 3 September 2025", "from 7 August 2025".
 */
export function formatEventDate(date: EventDate, style: DateStyle): string {
  // Pages show the same dates many times over (lists, previous/next, cards): each is worked out once.
  let byDate = labels.get(style);
  if (!byDate) labels.set(style, (byDate = new WeakMap()));
  let label = byDate.get(date);
  if (label === undefined) byDate.set(date, (label = eventDateLabel(date, style)));
  return label;
}
const labels = new WeakMap<DateStyle, WeakMap<EventDate, string>>();

function eventDateLabel(date: EventDate, style: DateStyle): string {
  const { start, end } = date;
  const { locale, words } = style;
  if (end === null) return pointLabel(start, style);
  if (end === 'open') return words.from(pointLabel(start, style));
  const span = monthSpanLabel(start, end, style);
  if (span) return span;
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  if (plain && start.precision === 'day' && end.precision === 'day') {
    if (start.iso === end.iso) return written(start.first, 'dayMonthYear', locale);
    if (start.iso.slice(0, 7) === end.iso.slice(0, 7)) return words.daysOfMonth(written(start.first, 'day', locale), written(end.first, 'dayMonthYear', locale));
    if (yearOf(start.iso) === yearOf(end.iso)) return words.span(written(start.first, 'dayMonth', locale), written(end.first, 'dayMonthYear', locale));
  }
  if (plain && start.precision === 'month' && end.precision === 'month' && yearOf(start.iso) === yearOf(end.iso)) {
    return words.monthsOfYear(written(start.first, 'month', locale), written(end.first, 'monthYear', locale));
  }
  return words.span(pointLabel(start, style), pointLabel(end, style));
}

/** A month of a year in the edition's locale: "August 2025" (the axis ticks, the month groups). */
export function formatMonth(isoMonthOrDay: string, style: DateStyle): string {
  return written(`${isoMonthOrDay.slice(0, 7)}-01`, 'monthYear', style.locale);
}

/**
 * The value for `<time datetime>`: the start at its precision (`2025`, `2025-08`, `2025-08-06`),
 * which HTML accepts as a year, month or date string.
 */
export function machineDate(date: EventDate): string {
  return date.start.iso;
}

/**
 * Key that orders events chronologically across precisions. An event sorts at the end of the
 * unit in which it starts, so "August 2025" follows every event dated to a day in August 2025 and
 * "2022" follows everything dated within 2022: a reader never sees a vaguely dated event placed
 * before things it may well have followed. Ties fall back to the first possible day.
 * @returns a string that sorts correctly with plain string comparison.
 */
export function sortKey(date: EventDate): string {
  const end = date.end === 'open' ? '9999-12-31' : latestDay(date);
  return `${date.start.last}|${date.start.first}|${end}`;
}

/** Compares two dates for chronological order (oldest first); see {@link sortKey}. */
export function compareEventDates(a: EventDate, b: EventDate): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Label of the month group an event belongs to on the timeline ("August 2025"), or `null` when
 * the event is not known to a single month (a year, a season, a span of months): such events are
 * listed under their year with their own date label.
 */
export function monthGroup(date: EventDate, style: DateStyle): { key: string; label: string } | null {
  const { start, end } = date;
  if (start.precision !== 'day' && start.precision !== 'month') return null;
  if (end && end !== 'open' && end.iso.slice(0, 7) !== start.iso.slice(0, 7)) return null;
  return { key: start.iso.slice(0, 7), label: formatMonth(start.first, style) };
}

/**
 * The year of an ISO 8601 date or day (`2025-08-06`, `2025-08`, `2025` → `2025`).
 * The one place a year is taken from a date: the timeline's year groups, year pages, filters,
 * the search index and the sitemap all call it.
 */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}

/** The year an event date starts in (`2025` for "late 2025" or "2025-08-19/2025-09-02"). */
export function startYear(date: { start: { first: string } }): string {
  return yearOf(date.start.first);
}

/**
 * Shows a `YYYY-MM-DD` day in the edition's locale ("6 August 2025" in English).
 * @throws DateError when `day` is not a real calendar day.
 */
export function formatDay(day: string, style: DateStyle): string {
  return written(parseDay(day), 'dayMonthYear', style.locale);
}
