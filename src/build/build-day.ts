/**
 * The day of the build: the one place that reads the clock. Everything that needs "today" (the
 * content rules that refuse future dates, the print footer's version line, a story with no event
 * yet) receives this value instead of reading the clock itself, so `src/lib/` stays pure and
 * every page of one build agrees on the day.
 */

/** The day the build started, `YYYY-MM-DD` (UTC). Read once, when the build loads this module. */
export const buildDay: string = new Date().toISOString().slice(0, 10);

/** {@link buildDay} as the content schemas take it (a function, so tests can pass a fixed day). */
export const today = (): string => buildDay;
