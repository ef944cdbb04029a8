/**
 * Worker thread that does the build's slow, self-contained work ahead of the pages that need it
 * (src/build/build-ahead.ts starts it). Node runs this file as TypeScript directly (type stripping,
 * Node ≥ 22.18; not under node_modules), so it and what it imports use explicit `.ts` extensions
 * and only erasable syntax.
 *
 * In: `workerData` = `BuildAheadJob`. It first formats the citations of `citations.entries` into
 * the build cache, then draws the cards, each list from its end back: the main thread builds
 * pages from the start of each list, doing itself what the worker has not done yet, so the two
 * meet in the middle. A card the main thread draws itself is announced (`{ claim: path }`) and
 * skipped here; a citation it formatted is found in the cache and skipped.
 * Out: one message a card drawn: `{ path, file }` (the PNG in the build cache) or `{ path, error }`.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { CitableEntry, CitingSite } from '../lib/citations/formats.ts';
import { allCitations } from './citations.ts';
import type { CardContent, CardFont } from '../lib/drawing/social-card.ts';
import { drawCardFile } from './social-cards.ts';
import { tallies, type WorkTally } from './build-stats.ts';

/** What the worker is asked to do. */
export interface BuildAheadJob {
  /** Entries whose citations pages will show, in the order the pages are built. */
  citations?: { entries: CitableEntry[]; site: CitingSite } | undefined;
  cards: { path: string; content: CardContent }[];
  /** Font files (woff) by weight, read in the worker. */
  fonts: { name: string; weight: CardFont['weight']; file: string }[];
}

/** What the worker reports for each card. */
export type CardDone =
  | { path: string; file: string; error?: undefined }
  | { path: string; error: string; file?: undefined };

/** The worker's last message: the time it spent on each kind of work (src/build/build-stats.ts). */
export interface WorkerTallies {
  tallies: { cards: WorkTally; citations: WorkTally };
}

const job = workerData as BuildAheadJob;

if (job.citations && process.env.BUILD_CACHE !== 'off') {
  const { entries, site } = job.citations;
  for (let i = entries.length - 1; i >= 0; i--) {
    try {
      allCitations(entries[i]!, site);
    } catch {
      // The page formats it again and reports the error where the build can say which entry.
    }
  }
}

/** A message from the main thread: it draws that card itself. */
export interface CardClaim {
  claim: string;
}
const claimed = new Set<string>();
parentPort?.on('message', (message: CardClaim) => claimed.add(message.claim));
// Listening must not keep the worker alive once its lists are done.
parentPort?.unref();

const fonts: CardFont[] = job.fonts.map((f) => ({
  name: f.name,
  weight: f.weight,
  style: 'normal',
  data: readFileSync(f.file),
}));
for (const { path, content } of [...job.cards].reverse()) {
  if (claimed.has(path)) continue;
  let done: CardDone;
  try {
    done = { path, file: await drawCardFile(content, fonts) };
  } catch (error) {
    done = { path, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(done);
}
const { cards, citations } = tallies();
parentPort?.postMessage({ tallies: { cards, citations } } satisfies WorkerTallies);
