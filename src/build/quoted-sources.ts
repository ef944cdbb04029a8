/**
 * Reads a source entry's date and excerpts from `<content folder>/sources/<id>.yaml` for the
 * quotation rules (`src/lib/story/quotes.ts`) while the build compiles an event, before Astro's
 * collections are available to the Markdown pipeline. Each file is read again only when it
 * changes, so `npm run dev` sees an edited excerpt at once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { makeSourceSchema } from '../lib/content/schema.ts';
import { today } from './build-day.ts';
import type { QuotedSource } from '../lib/story/quotes.ts';

const cache = new Map<string, { mtime: number; source: QuotedSource | undefined }>();

/**
 * The date and excerpts of a source.
 * @param folder the content folder (`CONTENT_DIR`).
 * @param id the source id.
 * @returns `undefined` when no file has that id or it is not a valid source (its own problems are
 *   reported by the schema, naming that file).
 */
export function quotedSource(folder: string, id: string): QuotedSource | undefined {
  const file = ['yaml', 'yml']
    .map((ext) => resolve(folder, 'sources', `${id}.${ext}`))
    .find((f) => existsSync(f));
  if (!file) return undefined;
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.source;
  let source: QuotedSource | undefined;
  try {
    const parsed = makeSourceSchema(today).safeParse(parse(readFileSync(file, 'utf8')));
    source = parsed.success
      ? { date: parsed.data.date.edtf, excerpts: parsed.data.excerpts }
      : undefined;
  } catch {
    source = undefined;
  }
  cache.set(file, { mtime, source });
  return source;
}
