/**
 * Does the build's slow, self-contained work on a second thread while the main thread builds the
 * pages: formatting citations (into the build cache, where event pages find them) and drawing
 * social cards. Astro asks for every route's paths before it renders any page (where the worker
 * starts), then renders the routes in order of their paths; the worker takes each list from its
 * end and the main thread from its start, so they share the work without waiting for each other.
 *
 * Cards go from the worker to the page through the build cache (a file each), so they never pile
 * up in memory, however many events the story has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BuildAheadJob, CardClaim, CardDone, WorkerTallies } from './build-worker.ts';
import { addTallies } from './build-stats.ts';
import type { CardContent, CardFont } from '../lib/drawing/social-card.ts';
import { renderCard } from './social-cards.ts';

/** The running worker. */
export interface BuildAhead {
  /** Gives one card's PNG, drawn by the worker or, when it has not drawn it yet, here. */
  card(path: string, content: CardContent): Promise<Buffer>;
  /** Settles when the worker has stopped (its lists done, or failed). */
  finished: Promise<void>;
}

/**
 * Starts the worker (src/build/build-worker.ts) on `job`.
 * @param job The citations to format, the cards (by path below `social/`) and font files.
 * @param projectRoot The folder holding `src/build/build-worker.ts` (the build's working folder).
 * @param fonts The same fonts, loaded, for the cards drawn on the calling thread.
 * @returns `card()` gives a card's PNG: the worker's when it has drawn it, else drawn on the
 *   calling thread (and the worker told to skip it). A failure in the worker (a font satori
 *   cannot read, a worker that stopped) thus reaches the build as it would without the worker.
 */
export function buildAhead(job: BuildAheadJob, projectRoot: string, fonts: CardFont[]): BuildAhead {
  const drawn = new Map<string, string | undefined>();
  const claimed = new Set<string>();
  const worker = new Worker(join(projectRoot, 'src/build/build-worker.ts'), { workerData: job });
  // The build never waits for the worker to exit: a failed build ends without it.
  worker.unref();
  worker.on('message', (message: CardDone | WorkerTallies) => {
    if ('tallies' in message) addTallies(message.tallies);
    else if (!claimed.has(message.path)) drawn.set(message.path, message.file);
  });
  // An error in the worker leaves the rest of the work to the calling thread: the build is only
  // slower, and says why (not as a warning: the build must stay free of them).
  worker.on('error', (error: unknown) =>
    console.info(
      `[build-ahead] the worker stopped (${error instanceof Error ? error.message : String(error)}); the main thread does the rest of its work.`,
    ),
  );
  const finished = new Promise<void>((resolve) => worker.on('exit', () => resolve()));

  return {
    async card(path, content) {
      const file = drawn.get(path);
      drawn.delete(path);
      if (file) return readFileSync(file);
      claimed.add(path);
      worker.postMessage({ claim: path } satisfies CardClaim);
      return renderCard(content, fonts);
    },
    finished,
  };
}
