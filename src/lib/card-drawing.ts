/**
 * Draws every social card on a second thread while the main thread builds the pages. Astro asks
 * for every route's paths before it renders any page, and renders routes in order of their
 * paths (`/social/` after `/events/`), so by the time it asks for a card, the worker has usually
 * drawn it: on a machine with two cores the cards cost the build almost nothing.
 *
 * Cards go from the worker to the page through the build cache (a file each), so they never pile
 * up in memory, however many events the story has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardDone, CardJob } from './card-worker.ts';
import { renderCard, type CardContent, type CardFont } from './social-card.ts';

/** Reads one card's PNG, drawn by the worker (or here, when the worker could not). */
export type CardPng = (path: string, content: CardContent) => Promise<Buffer>;

/**
 * Starts drawing `job.cards` in a worker thread.
 * @param job The cards (by path below `social/`) and font files.
 * @param projectRoot The folder holding `src/lib/card-worker.ts` (the build's working folder).
 * @param fonts The same fonts, loaded, for a card the worker could not draw.
 * @returns A function that resolves with a card's PNG once it is drawn. A card the worker failed
 *   on (or a worker that stopped) is drawn on the calling thread instead, so an error there (a
 *   font satori cannot read) reaches the build as it would without the worker.
 */
export function drawInBackground(job: CardJob, projectRoot: string, fonts: CardFont[]): CardPng {
  const waiting = new Map<string, { resolve: (file: string | undefined) => void }>();
  const done = new Map<string, string | undefined>();
  let stopped = false;
  const settle = (path: string, file: string | undefined) => {
    const waiter = waiting.get(path);
    if (waiter) {
      waiting.delete(path);
      waiter.resolve(file);
    } else done.set(path, file);
  };
  const worker = new Worker(join(projectRoot, 'src/lib/card-worker.ts'), { workerData: job });
  // The build never waits for the worker to exit: a failed build ends without it.
  worker.unref();
  worker.on('message', (message: CardDone) => settle(message.path, message.file));
  const stop = () => {
    stopped = true;
    for (const path of [...waiting.keys()]) settle(path, undefined);
  };
  worker.on('error', stop);
  worker.on('exit', stop);

  return async (path, content) => {
    let file: string | undefined;
    if (done.has(path)) {
      file = done.get(path);
      done.delete(path);
    } else if (!stopped) {
      file = await new Promise<string | undefined>((resolve) => waiting.set(path, { resolve }));
    }
    return file ? readFileSync(file) : renderCard(content, fonts);
  };
}
