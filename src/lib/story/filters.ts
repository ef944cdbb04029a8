/**
 * Filtering the timeline by actor, tag, evidence status and year: the rules shared by the static
 * filter pages' tests and the small script that filters `/` in place. Pure and DOM-free.
 *
 * A filter is reflected in the URL query (`/?actor=microsoft&status=reported`) so that a filtered
 * view can be shared and restored; keys are always written in the order of `FILTER_KEYS`.
 */

/** The query keys, in the order they are written. */
export const FILTER_KEYS = ['actor', 'tag', 'status', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** A filter: at most one value per key; a missing key matches everything. */
export type Filter = Partial<Record<FilterKey, string>>;

/** What an entry on the timeline carries (its `data-*` attributes). */
export interface Filterable {
  actors: readonly string[];
  tags: readonly string[];
  status: string;
  year: string;
}

/**
 * Reads a filter from a URL query (`?actor=x&year=2025`). Unknown keys are ignored; with
 * `allowed`, a value not offered (a stale or mistyped link) is dropped rather than hiding everything.
 * @param search `location.search`, with or without the leading `?`.
 */
export function parseFilter(
  search: string,
  allowed?: Partial<Record<FilterKey, readonly string[]>>,
): Filter {
  const params = new URLSearchParams(search);
  const filter: Filter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (allowed?.[key] && !allowed[key].includes(value)) continue;
    filter[key] = value;
  }
  return filter;
}

/**
 * The parts of a URL query that {@link parseFilter} leaves out because the page offers no such
 * value (a mistyped or outdated shared link: `?actor=microsfot`), so the page can say so rather
 * than silently show every event.
 * @param search `location.search`; @param allowed the values the page offers, by key.
 * @returns each ignored key and value, in the order of {@link FILTER_KEYS}.
 */
export function ignoredFilterParts(
  search: string,
  allowed: Partial<Record<FilterKey, readonly string[]>>,
): { key: FilterKey; value: string }[] {
  const params = new URLSearchParams(search);
  return FILTER_KEYS.flatMap((key) => {
    const value = params.get(key)?.trim();
    return value && allowed[key] && !allowed[key].includes(value) ? [{ key, value }] : [];
  });
}

/** The URL query for a filter: `?actor=x&status=y`, or `` when nothing is filtered. */
export function filterQuery(filter: Filter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Does an entry pass every part of the filter? */
export function matchesFilter(entry: Filterable, filter: Filter): boolean {
  return (
    (!filter.actor || entry.actors.includes(filter.actor)) &&
    (!filter.tag || entry.tags.includes(filter.tag)) &&
    (!filter.status || entry.status === filter.status) &&
    (!filter.year || entry.year === filter.year)
  );
}

/** Reads an entry from its `data-actors`, `data-tags` (space-separated ids), `data-status`, `data-year`. */
export function entryFromDataset(data: {
  actors?: string | undefined;
  tags?: string | undefined;
  status?: string | undefined;
  year?: string | undefined;
}): Filterable {
  const ids = (value?: string) => (value ?? '').split(/\s+/).filter(Boolean);
  return {
    actors: ids(data.actors),
    tags: ids(data.tags),
    status: data.status ?? '',
    year: data.year ?? '',
  };
}
