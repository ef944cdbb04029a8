/**
 * Corrections across the story, for the `/corrections/` page. The order matches the corrections
 * feed (src/lib/publishing/feeds.ts, `listCorrections`): newest first; on the same day by event id, then the
 * later correction of an event first. Each correction's anchor on its event's page is
 * `correction-<n>`, n counting from 1 for the oldest (the order editors write them in).
 */

/** One correction with the entry it belongs to. */
export interface DatedCorrection<E> {
  event: E;
  /** Position among the event's corrections, from 1 (oldest). */
  number: number;
  /** `YYYY-MM-DD`. */
  date: string;
  text: string;
}

/** The fragment id of an event's n-th correction (from 1) on its page. */
export const correctionId = (number: number) => `correction-${number}`;

/**
 * Every correction of every event, newest first.
 * @param events entries with an `id` and their `corrections` (oldest first, `date` as YYYY-MM-DD).
 * @returns a new array; empty when no event has a correction.
 */
export function correctionsNewestFirst<
  E extends { id: string; corrections: readonly { date: string; text: string }[] },
>(events: readonly E[]): DatedCorrection<E>[] {
  return events
    .flatMap((event) =>
      event.corrections.map((c, i) => ({ event, number: i + 1, date: c.date, text: c.text })),
    )
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) || a.event.id.localeCompare(b.event.id) || b.number - a.number,
    );
}
