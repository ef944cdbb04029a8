/** Sources: grouping by publisher and which events cite which source. */
import type { Formatters } from '../i18n/format';

/**
 * Groups items by publisher name, publishers in alphabetical order ignoring a leading "The" and
 * punctuation, items in the order given.
 * @param format the edition's collation (`edition.format`): publishers sort in its locale's order.
 */
export function groupByPublisher<T extends { publisher: string }>(
  items: readonly T[],
  format: Pick<Formatters, 'compare' | 'lower'>,
): { publisher: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.publisher) ?? [];
    list.push(item);
    groups.set(item.publisher, list);
  }
  const sortName = (name: string) => name.replace(/^the\s+/i, '').replace(/^[^\p{L}\p{N}]+/u, '');
  return [...groups.entries()]
    .sort(([a], [b]) => format.compare(format.lower(sortName(a)), format.lower(sortName(b))))
    .map(([publisher, list]) => ({ publisher, items: list }));
}

/** Events that list `sourceId` among their sources, in the order given. */
export function eventsCiting<E extends { sources: readonly string[] }>(
  sourceId: string,
  events: readonly E[],
): E[] {
  return events.filter((e) => e.sources.includes(sourceId));
}

/** A title as shown: our descriptions of untitled documents go in square brackets, as in Chicago style. */
export function displayTitle(source: { title: string; titleIsDescription: boolean }): string {
  return source.titleIsDescription ? `[${source.title}]` : source.title;
}
