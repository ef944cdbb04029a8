/**
 * Paging a list whose page must exist even when the list is empty (an actor with no events yet,
 * a story with no correction): Astro's `paginate()` makes no page at all for an empty array, which
 * would take a permalink away. Such routes page `atLeastOnePage(items)` and read the page back
 * with `pageEntries(page)`.
 */

/** `items`, or `[undefined]` when there are none, so that `paginate()` still makes page 1. */
export function atLeastOnePage<T>(items: readonly T[]): (T | undefined)[] {
  return items.length ? [...items] : [undefined];
}

/**
 * The entries of a page made from `atLeastOnePage`, and how many the whole list has.
 * @returns `entries` without the placeholder; `total` 0 for the empty list (Astro counts 1).
 */
export function pageEntries<T>(page: { data: readonly (T | undefined)[]; total: number }): {
  entries: T[];
  total: number;
} {
  const entries = page.data.filter((entry): entry is T => entry !== undefined);
  return { entries, total: entries.length ? page.total : 0 };
}
