/**
 * "See it on the timeline" always leads to a page that lists the event, at any size of story:
 * checked at 3,000 synthetic events against the pages the site renders — the home page's list
 * (homeEvents) and each year's pages, `pageSize` events each in chronological order.
 */
import { describe, expect, it } from 'vitest';
import { parseEventDate } from '../../../src/lib/content/dates';
import { homeEvents, sortChronologically, timelinePlace } from '../../../src/lib/story/timeline';

const limits = { homeListLimit: 150, pageSize: 100 };
/** `n` events over 2019–2026, 182 of them in the latest year (more than one page), some dated to a month only. */
function story(n: number) {
  const events = Array.from({ length: n }, (_, i) => {
    const year = i < 182 ? 2026 : 2019 + (i % 7);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const date = i % 5 === 0 ? `${year}-${month}` : `${year}-${month}-${day}`;
    return { id: `${date}-event-${i}`, date: parseEventDate(date) };
  });
  return sortChronologically(events);
}

describe('timelinePlace', () => {
  it('sends every one of 3,000 events to the page that lists it', () => {
    const events = story(3000);
    const home = new Set(homeEvents(events, limits).map((e) => e.id));
    const lost: string[] = [];
    for (const event of events) {
      const place = timelinePlace(events, event.id, limits);
      const listed =
        place.kind === 'home'
          ? home
          : new Set(
              events
                .filter((e) => e.date.start.first.startsWith(place.year))
                .slice((place.page - 1) * limits.pageSize, place.page * limits.pageSize)
                .map((e) => e.id),
            );
      if (!listed.has(event.id)) lost.push(`${event.id} → ${JSON.stringify(place)}`);
    }
    expect(lost).toEqual([]);
    expect(timelinePlace(events, events.at(-1)!.id, limits)).toEqual({
      kind: 'year',
      year: '2026',
      page: 2,
    });
  });

  it('keeps the home page while the story is short enough to list whole', () => {
    const events = story(150);
    expect(events.every((e) => timelinePlace(events, e.id, limits).kind === 'home')).toBe(true);
    expect(homeEvents(events, limits)).toHaveLength(150);
  });

  it('shows on the home page the newest events of the latest year', () => {
    const events = story(3000);
    const shown = homeEvents(events, limits);
    const latest = events.filter((e) => e.date.start.first.startsWith('2026'));
    expect(shown).toHaveLength(100);
    expect(shown.at(-1)).toBe(latest.at(-1));
    expect(shown[0]).toBe(latest[latest.length - 100]);
  });
});
