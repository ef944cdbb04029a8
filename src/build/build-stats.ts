/**
 * Where a build's time goes, for the build benchmark (`npm run bench:build`): the seconds spent
 * drawing social cards, formatting citations and indexing for search, counted on every thread
 * (the build-ahead worker's share arrives by message), and printed once when the build is done.
 *
 * The pages and the integrations run in one process but load this module separately (Vite
 * bundles the pages), so the figures live on `globalThis` under a registered symbol.
 * Imported with a `.ts` extension: the build worker loads it under Node's type stripping.
 */

/** One kind of work: how many items, in how many milliseconds (summed over threads). */
export interface WorkTally {
  items: number;
  ms: number;
}

/** The kinds of work the build tallies. */
export type WorkKind = 'cards' | 'citations' | 'search';

type Tallies = Record<WorkKind, WorkTally>;
const KEY = Symbol.for('sourced-timeline.build-stats');
const store = globalThis as unknown as Record<symbol, Tallies | undefined>;

/** The tallies of this thread (created empty on first use). */
export function tallies(): Tallies {
  return (store[KEY] ??= {
    cards: { items: 0, ms: 0 },
    citations: { items: 0, ms: 0 },
    search: { items: 0, ms: 0 },
  });
}

/** Adds work done elsewhere (the worker's tallies) to this thread's. */
export function addTallies(other: Partial<Tallies>): void {
  const mine = tallies();
  for (const [kind, tally] of Object.entries(other) as [WorkKind, WorkTally][]) {
    mine[kind].items += tally.items;
    mine[kind].ms += tally.ms;
  }
}

/**
 * Runs `work`, adding its duration and `items` to the tally of `kind`.
 * @returns what `work` returns (awaited when it is a promise).
 */
export async function timed<T>(
  kind: WorkKind,
  items: number,
  work: () => Promise<T> | T,
): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    const tally = tallies()[kind];
    tally.items += items;
    tally.ms += performance.now() - start;
  }
}

/** The same for synchronous work. */
export function timedSync<T>(kind: WorkKind, items: number, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    const tally = tallies()[kind];
    tally.items += items;
    tally.ms += performance.now() - start;
  }
}

/**
 * The line the build prints when it is done, which the benchmark reads:
 * `Work: cards 24.1 s (1050), citations 6.0 s (14000), search 3.2 s (1300)` (seconds summed over
 * threads; items: cards drawn or read from the cache, citation formats, pages indexed).
 */
export function tallyLine(): string {
  const t = tallies();
  const part = (kind: WorkKind) => `${kind} ${(t[kind].ms / 1000).toFixed(1)} s (${t[kind].items})`;
  return `Work: ${part('cards')}, ${part('citations')}, ${part('search')}`;
}
