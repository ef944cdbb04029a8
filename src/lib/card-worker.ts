/**
 * Worker thread that draws social cards (src/lib/card-drawing.ts starts it). Node runs this file
 * as TypeScript directly (type stripping, Node ≥ 22.18), so it and what it imports use explicit
 * `.ts` extensions and only erasable syntax.
 *
 * In: `workerData` = `CardJob`. Out: one message a card, in order: `{ path, file }` (the PNG in the
 * build cache) or `{ path, error }`.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { drawCardFile, type CardContent, type CardFont } from './social-card.ts';

/** What the worker is asked to draw. */
export interface CardJob {
  cards: { path: string; content: CardContent }[];
  /** Font files (woff) by weight, read in the worker. */
  fonts: { name: string; weight: CardFont['weight']; file: string }[];
}

/** What the worker reports for each card. */
export type CardDone = { path: string; file: string; error?: undefined } | { path: string; error: string; file?: undefined };

const job = workerData as CardJob;

const fonts: CardFont[] = job.fonts.map((f) => ({ name: f.name, weight: f.weight, style: 'normal', data: readFileSync(f.file) }));
for (const { path, content } of job.cards) {
  let done: CardDone;
  try {
    done = { path, file: await drawCardFile(content, fonts) };
  } catch (error) {
    done = { path, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(done);
}
