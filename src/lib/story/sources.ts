/** Sources: grouping by publisher and which events cite which source. */

/**
 * Groups items by publisher name, publishers in alphabetical order ignoring a leading "The" and
 * punctuation, items in the order given.
 */
export function groupByPublisher<T extends { publisher: string }>(items: readonly T[]): { publisher: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.publisher) ?? [];
    list.push(item);
    groups.set(item.publisher, list);
  }
  const sortName = (name: string) => name.replace(/^the\s+/i, '').replace(/^[^\p{L}\p{N}]+/u, '').toLocaleLowerCase('en');
  return [...groups.entries()]
    .sort(([a], [b]) => sortName(a).localeCompare(sortName(b), 'en'))
    .map(([publisher, list]) => ({ publisher, items: list }));
}

/** Events that list `sourceId` among their sources, in the order given. */
export function eventsCiting<E extends { sources: readonly string[] }>(sourceId: string, events: readonly E[]): E[] {
  return events.filter((e) => e.sources.includes(sourceId));
}

/** A title as shown: our descriptions of untitled documents go in square brackets, as in Chicago style. */
export function displayTitle(source: { title: string; titleIsDescription: boolean }): string {
  return source.titleIsDescription ? `[${source.title}]` : source.title;
}
