/**
 * The content model: three collections read from the top-level `content/` folder.
 *
 * - `events`  — `content/events/<id>.mdx`, one event each. The id is the file name: the start date
 *               at its known precision, then a short slug (`2025-08-06-million-calls-an-hour`).
 *               It is the permalink (`/events/<id>/`) and never changes; see README "Renaming".
 * - `actors`  — `content/actors/<id>.md`, one person, organisation or group each.
 * - `sources` — `content/sources/<id>.yaml`, one cited document each.
 * - `revisions` — `content/revisions/<event-id>/<n>.mdx`, revision n of an event: a byte-for-byte
 *               copy of its file as published then, with the event's schema (src/lib/revisions/).
 *               Its id is `<event-id>/<n>`; the body is kept for the history page's differences.
 *
 * Field by field rules are in `src/lib/content/schema.ts` (documented there and in the README); rules
 * across collections (unknown ids, id shape) in `src/lib/content/integrity.ts`, run by `src/data/`.
 * `CONTENT_DIR` (default `content`) points the build at another content folder: the test
 * fixtures and benchmarks use it, and so can the next investigation.
 */
import { existsSync, readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  makeActorSchema,
  makeEraSchema,
  makeEventSchema,
  makePageSchema,
  makeSourceSchema,
} from './lib/content/schema';
import {
  makeActorTranslationSchema,
  makeEraTranslationSchema,
  makeTagTranslationSchema,
  makeEventTranslationSchema,
  makePageTranslationSchema,
  makeSourceTranslationSchema,
} from './lib/content/translation';
import { contentDir } from './build/content-dir';
import { today } from './build/build-day';

const root = contentDir();

/**
 * The id of an entry is its file name without extension. Two files that give the same id (for
 * example `x.md` beside `x.mdx`) stop the build: Astro's loader would otherwise keep one silently.
 */
function idFromFileName(folder: string) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const id = entry.replace(/\.(mdx?|ya?ml)$/, '');
    const previous = seen.get(id);
    if (previous && previous !== entry) {
      throw new Error(
        `${root}/${folder}/${entry}: the id "${id}" is already used by ${root}/${folder}/${previous}. Each entry needs its own file name; rename or remove one of them.`,
      );
    }
    seen.set(id, entry);
    return id;
  };
}

const events = defineCollection({
  // .md is matched too so that a stray .md beside an .mdx of the same name is reported as a duplicate.
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: `${root}/events`,
    generateId: idFromFileName('events'),
    retainBody: false,
  }),
  schema: makeEventSchema(today),
});

const actors = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: `${root}/actors`,
    generateId: idFromFileName('actors'),
    retainBody: false,
  }),
  schema: makeActorSchema(),
});

const sources = defineCollection({
  loader: glob({
    pattern: '**/*.{yaml,yml}',
    base: `${root}/sources`,
    generateId: idFromFileName('sources'),
  }),
  schema: makeSourceSchema(today),
});

/** `content/eras/<id>.yaml`: named periods shaded on the visual timeline. */
const eras = defineCollection({
  // Eras are optional: a content folder without eras/ gets none (and no warning from the loader).
  loader: existsSync(`${root}/eras`)
    ? glob({ pattern: '**/*.{yaml,yml}', base: `${root}/eras`, generateId: idFromFileName('eras') })
    : () => [],
  schema: makeEraSchema(today),
});

/**
 * `content/revisions/<event-id>/<n>.mdx`: every published version of every event, rendered on
 * `/events/<id>/v/<n>/` with the event's own components. Checked against the lock file by
 * src/build/revisions.ts; a content folder without revisions/ has none.
 */
const revisions = defineCollection({
  loader: existsSync(`${root}/revisions`)
    ? glob({
        pattern: '*/*.mdx',
        base: `${root}/revisions`,
        generateId: ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, ''),
      })
    : () => [],
  schema: makeEventSchema(today),
});

/** Whether this content folder keeps revisions (src/data/revisions.ts reads none if not). */
export const hasRevisions = existsSync(`${root}/revisions`);

/**
 * `content/pages/<id>.mdx`: the long pages of the site (about), their text as content rather than
 * strings in components. A content folder without pages/ (a test fixture) uses the site's own.
 */
const pagesRoot = existsSync(`${root}/pages`) ? `${root}/pages` : 'content/pages';
const pages = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: pagesRoot, generateId: idFromFileName('pages') }),
  schema: makePageSchema(),
});

/**
 * `content/translations/<code>/<kind>/<id>.<ext>`: one translated entry per language, of an event
 * (`events/*.mdx`), actor (`actors/*.md`), source, era (`*.yaml`) or long page (`pages/*.mdx`).
 * The id is `<code>/<id>` (`ar/2025-08-06-million-calls-an-hour`); the rules that tie each to its
 * English entry are in src/lib/content/translation.ts. A content folder without translations/
 * has none, and every edition shows the English text with a notice.
 */
const translationsRoot = `${root}/translations`;
/**
 * Whether any language has a translation of this kind (`events`, `actors`…): src/data/ reads
 * only those collections, as Astro warns on reading an empty one.
 */
export const hasTranslations = (kind: string): boolean =>
  existsSync(translationsRoot) &&
  readdirSync(translationsRoot, { withFileTypes: true }).some(
    (d) =>
      d.isDirectory() &&
      existsSync(`${translationsRoot}/${d.name}/${kind}`) &&
      readdirSync(`${translationsRoot}/${d.name}/${kind}`).length > 0,
  );
const translated = (kind: string, extensions: string) =>
  hasTranslations(kind)
    ? glob({
        pattern: `*/${kind}/*.${extensions}`,
        base: translationsRoot,
        generateId: ({ entry }: { entry: string }) =>
          entry.replace(`/${kind}/`, '/').replace(/\.(mdx?|ya?ml)$/, ''),
      })
    : () => [];
const eventTranslations = defineCollection({
  loader: translated('events', '{md,mdx}'),
  schema: makeEventTranslationSchema(),
});
const actorTranslations = defineCollection({
  loader: translated('actors', '{md,mdx}'),
  schema: makeActorTranslationSchema(),
});
const sourceTranslations = defineCollection({
  loader: translated('sources', '{yaml,yml}'),
  schema: makeSourceTranslationSchema(),
});
const eraTranslations = defineCollection({
  loader: translated('eras', '{yaml,yml}'),
  schema: makeEraTranslationSchema(),
});
const tagTranslations = defineCollection({
  loader: translated('tags', '{yaml,yml}'),
  schema: makeTagTranslationSchema(),
});
const pageTranslations = defineCollection({
  loader: translated('pages', '{md,mdx}'),
  schema: makePageTranslationSchema(),
});

export const collections = {
  events,
  actors,
  sources,
  eras,
  pages,
  revisions,
  eventTranslations,
  actorTranslations,
  sourceTranslations,
  eraTranslations,
  tagTranslations,
  pageTranslations,
};

/** Whether this content folder has eras at all (src/data/story.ts skips reading them if not). */
export const hasEras = existsSync(`${root}/eras`);
