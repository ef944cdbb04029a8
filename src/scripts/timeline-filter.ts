/**
 * Filters the timeline on `/` in place (progressive enhancement of TimelineFilter.astro): shows the
 * form, reads the filter from the URL query, hides entries that do not match (and the year and
 * month groups left empty), and writes every change back to the query with history.replaceState,
 * so the address can be shared and a reload restores the view. Without JavaScript nothing happens
 * and the static filter pages serve instead.
 */
import {
  entryFromDataset,
  filterQuery,
  matchesFilter,
  parseFilter,
  ignoredFilterParts,
  FILTER_KEYS,
  type Filter,
  type FilterKey,
} from '../lib/story/filters';

const form = document.querySelector<HTMLFormElement>('#timeline-filter');
if (form) {
  // The filter works: the notice that it needs JavaScript no longer applies.
  for (const notice of document.querySelectorAll<HTMLElement>('[data-filter-nojs]'))
    notice.hidden = true;
  const entries = [...document.querySelectorAll<HTMLElement>('li[data-status]')].filter(
    (li) => !form.contains(li),
  );
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const select = (key: FilterKey) => form.elements.namedItem(key) as HTMLSelectElement | null;
  const offered = Object.fromEntries(
    FILTER_KEYS.map((k) => [
      k,
      [...(select(k)?.options ?? [])].map((o) => o.value).filter(Boolean),
    ]),
  ) as Record<FilterKey, string[]>;

  // What a shared link asked for that this page does not offer: said, never silently dropped.
  let ignored = '';
  const apply = (filter: Filter) => {
    let shown = 0;
    for (const li of entries) {
      const visible = matchesFilter(entryFromDataset(li.dataset), filter);
      li.hidden = !visible;
      if (visible) shown++;
    }
    // Hide month and year groups with nothing left in them, innermost first.
    const groups = [
      ...document.querySelectorAll<HTMLElement>('main [data-timeline-group]'),
    ].reverse();
    for (const group of groups) {
      if (group.closest('#timeline-filter') || !group.querySelector('li[data-status]')) continue;
      const empty = !group.querySelector('li[data-status]:not([hidden])');
      group.hidden = empty;
      const item = group.parentElement;
      if (item?.tagName === 'LI' && !item.dataset.status) item.hidden = empty;
    }
    const any = FILTER_KEYS.some((k) => filter[k]);
    const showing = any ? (form.dataset.shown ?? '{shown}').replace('{shown}', String(shown)) : '';
    count.textContent = [ignored, showing].filter(Boolean).join(' ');
  };

  const current = (): Filter =>
    Object.fromEntries(
      FILTER_KEYS.map((k) => [k, select(k)?.value ?? '']).filter(([, v]) => v),
    ) as Filter;

  const initial = parseFilter(location.search, offered);
  ignored = ignoredFilterParts(location.search, offered)
    .map(({ key, value }) =>
      (form.dataset.ignored ?? '')
        .replace('{label}', select(key)?.labels?.[0]?.firstChild?.textContent?.trim() ?? key)
        .replace('{value}', value),
    )
    .join(' ');
  for (const key of FILTER_KEYS) {
    const el = select(key);
    if (el) el.value = initial[key] ?? '';
  }
  form.hidden = false;
  // A shared, filtered link opens the collapsed tools, so the reader sees which filter applies.
  if (FILTER_KEYS.some((k) => initial[k]))
    form.closest<HTMLDetailsElement>('details[data-filter-tools]')?.setAttribute('open', '');
  apply(initial);

  form.addEventListener('change', () => {
    ignored = '';
    const filter = current();
    history.replaceState(null, '', `${location.pathname}${filterQuery(filter)}${location.hash}`);
    apply(filter);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form
    .querySelector<HTMLAnchorElement>('[data-filter-clear]')
    ?.addEventListener('click', (event) => {
      event.preventDefault();
      for (const key of FILTER_KEYS) {
        const el = select(key);
        if (el) el.value = '';
      }
      history.replaceState(null, '', `${location.pathname}${location.hash}`);
      ignored = '';
      apply({});
    });
}
