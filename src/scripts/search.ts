/**
 * The search page's script (progressive enhancement of /search/): loads Pagefind from the site's
 * own `pagefind/` folder (main thread, no worker, so the page's CSP alone governs its WebAssembly),
 * runs the query in `?q=` with the filters in the query (`type`, `actor`, `status`, `year`), shows
 * each result with its type, date and evidence status, and keeps the URL in step as the reader types.
 */
import { pluralFromDataset } from '../lib/i18n/format';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    q: string,
    o?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (
    q: string,
    o?: { filters?: Record<string, string> },
    ms?: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
}

const FILTERS = ['type', 'actor', 'status', 'year'] as const;
const form = document.querySelector<HTMLFormElement>('#search');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

if (form && statusLine && list) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const select = (key: string) => form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
  document.querySelector<HTMLElement>('#search-nojs')?.setAttribute('hidden', '');
  form.querySelector<HTMLElement>('#search-filters')?.removeAttribute('hidden');

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const key of FILTERS) {
    const el = select(key);
    const value = params.get(key);
    if (el && value && [...el.options].some((o) => o.value === value)) el.value = value;
  }

  const say = (template: string | undefined, values: Record<string, string> = {}) => {
    statusLine.textContent = Object.entries(values).reduce(
      (text, [k, v]) => text.replaceAll(`{${k}}`, v),
      template ?? '',
    );
  };

  let loaded: Promise<Pagefind> | undefined;
  const load = () => {
    loaded ??= (async () => {
      say(statusLine.dataset.loading);
      const pagefind = (await import(
        /* @vite-ignore */ `${form.dataset.bundle}pagefind.js`
      )) as Pagefind;
      await pagefind.options({ baseUrl: form.dataset.base, noWorker: true });
      await pagefind.init();
      return pagefind;
    })();
    return loaded;
  };

  const render = async (query: string, results: PagefindResult[]) => {
    const shown = await Promise.all(results.slice(0, 30).map((r) => r.data()));
    list.replaceChildren(
      ...shown.map((data) => {
        const li = document.createElement('li');
        const heading = document.createElement('h2');
        heading.className = 'text-xl font-bold';
        const link = document.createElement('a');
        link.href = data.url;
        link.textContent = data.meta.title ?? data.url;
        heading.append(link);
        const meta = document.createElement('p');
        meta.className = 'font-sans text-sm text-muted';
        meta.textContent = [data.meta.type, data.meta.date, data.meta.status]
          .filter(Boolean)
          .join(' · ');
        const excerpt = document.createElement('p');
        excerpt.className = 'measure mt-1';
        // Pagefind's excerpt is escaped page text with <mark> around the matched words.
        excerpt.innerHTML = data.excerpt;
        li.append(heading, meta, excerpt);
        return li;
      }),
    );
    const n = results.length;
    say(
      n === 0
        ? statusLine.dataset.none
        : pluralFromDataset(statusLine.dataset, 'results', n, document.documentElement.lang),
      { n: String(n), q: query },
    );
  };

  const run = async (debounce: boolean) => {
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const key of FILTERS) {
      const value = select(key)?.value;
      if (value) {
        filters[key] = value;
        next.set(key, value);
      }
    }
    const text = next.toString();
    history.replaceState(null, '', `${location.pathname}${text ? `?${text}` : ''}`);
    if (!query) {
      list.replaceChildren();
      say('');
      return;
    }
    try {
      const pagefind = await load();
      const search = debounce
        ? await pagefind.debouncedSearch(query, { filters }, 250)
        : await pagefind.search(query, { filters });
      if (search) await render(query, search.results);
    } catch {
      say(statusLine.dataset.error);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(false);
  });
  input.addEventListener('input', () => void run(true));
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run(false);
  });
  if (input.value.trim()) void run(false);
}

export {};
