/**
 * The content model of translations (`content/translations/<code>/…`, one file per entry and
 * language) and the rules that tie a translation to its English entry. The English text is the
 * authority: a translation names the English revision it translates, keeps every citation in the
 * same order, and quotes the English words verbatim beside their translation.
 *
 * Pure: `src/content.config.ts` wires the schemas to the folders; `src/build/content-check.ts`
 * and `src/data/story.ts` apply the rules to the whole story.
 */
import { z } from 'zod';
import { text } from './schema.ts';

/** How a translation was made: by machine with a person's help, or reviewed line by line. */
export const REVIEW_STATES = ['machine-assisted', 'reviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

const review = z.enum(REVIEW_STATES, {
  error: () =>
    `Expected review: "machine-assisted" or "reviewed" (only a human reviewer sets "reviewed").`,
});

const unknownKeys =
  (allowed: string) =>
  (issue: { code: string; keys?: string[] }): string | undefined =>
    issue.code === 'unrecognized_keys'
      ? `Unknown field(s): ${(issue.keys ?? []).join(', ')}. Allowed: ${allowed}.`
      : undefined;

/**
 * An event's translation (`translations/<code>/events/<event-id>.mdx`): the English revision it
 * translates, its review state, the translated title, summary, status note and correction texts.
 * The body is the translated text.
 */
export const makeEventTranslationSchema = () =>
  z.strictObject(
    {
      /** The English revision translated: a `revision:` number in content/revisions/<event-id>/revisions.yaml. */
      translates: z
        .number({
          error: () =>
            'Expected translates: the number of the English revision translated (the last `revision:` in content/revisions/<event-id>/revisions.yaml), e.g. 1.',
        })
        .int()
        .positive(),
      review,
      title: text('the translated title'),
      summary: text('the translated summary'),
      /** Only when the English event has a statusNote. */
      statusNote: text('the translated status note').optional(),
      /** Only when the English event has corrections: their texts, same count and order. */
      corrections: z.array(text('the translated text of a correction')).optional(),
    },
    {
      error: unknownKeys('translates, review, title, summary, statusNote, corrections'),
    },
  );

/** An actor's translation (`translations/<code>/actors/<actor-id>.md`); the body is the profile. */
export const makeActorTranslationSchema = () =>
  z.strictObject(
    {
      review,
      name: text('the name, as the glossary writes it'),
      description: text('the translated one-sentence description'),
    },
    { error: unknownKeys('review, name, description') },
  );

/**
 * A source's translation (`translations/<code>/sources/<source-id>.yaml`): its note, and its title
 * only when the English title is our description (`titleIsDescription: true`); a published title
 * is the work's own and never translated.
 */
export const makeSourceTranslationSchema = () =>
  z.strictObject(
    {
      review,
      note: text('the translated note').optional(),
      title: text('the translated description used as title').optional(),
    },
    { error: unknownKeys('review, note, title') },
  );

/** An era's translation (`translations/<code>/eras/<era-id>.yaml`). */
export const makeEraTranslationSchema = () =>
  z.strictObject(
    {
      review,
      name: text('the translated name'),
      description: text('the translated description'),
    },
    { error: unknownKeys('review, name, description') },
  );

/**
 * A tag's translation (`translations/<code>/tags/<tag>.yaml`): the label readers see. The tag's
 * address keeps the English id (`/ar/tags/<tag>/`), so a permalink never depends on a translation.
 */
export const makeTagTranslationSchema = () =>
  z.strictObject(
    {
      review,
      label: text('the translated label of the tag'),
    },
    { error: unknownKeys('review, label') },
  );

/** A long page's translation (`translations/<code>/pages/<id>.mdx`); `{site}` kept in the description. */
export const makePageTranslationSchema = () =>
  z.strictObject(
    {
      review,
      title: text('the translated title'),
      description: text('the translated description (keep {site})'),
    },
    { error: unknownKeys('review, title, description') },
  );

export type EventTranslationData = z.output<ReturnType<typeof makeEventTranslationSchema>>;
export type ActorTranslationData = z.output<ReturnType<typeof makeActorTranslationSchema>>;
export type SourceTranslationData = z.output<ReturnType<typeof makeSourceTranslationSchema>>;
export type EraTranslationData = z.output<ReturnType<typeof makeEraTranslationSchema>>;
export type TagTranslationData = z.output<ReturnType<typeof makeTagTranslationSchema>>;
export type PageTranslationData = z.output<ReturnType<typeof makePageTranslationSchema>>;

/**
 * The id of a translation entry, from its path below `translations/`: `ar/events/x.mdx` →
 * `{ code: 'ar', kind: 'events', id: 'x' }`; `undefined` for a path of another shape.
 */
export function parseTranslationPath(
  path: string,
): { code: string; kind: string; id: string } | undefined {
  const match = /^([a-z]{2,3})\/(events|actors|sources|eras|tags|pages)\/([^/]+)\.(mdx?|ya?ml)$/.exec(
    path,
  );
  return match ? { code: match[1]!, kind: match[2]!, id: match[3]! } : undefined;
}

/** One broken translation rule: the file, the field, the message and the fix. */
export interface TranslationProblem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

/** What the rules know of one event translation and its English event. */
export interface EventTranslationFacts {
  /** The translation's file, for messages. */
  file: string;
  /** The English event id (the file name). */
  id: string;
  data: Pick<EventTranslationData, 'translates' | 'statusNote' | 'corrections'>;
  /** The English event, or `undefined` when no event has that id. */
  english:
    | {
        statusNote?: string | undefined;
        corrections?: readonly unknown[] | undefined;
        /** The English revision numbers recorded; empty when the content keeps no revisions. */
        revisions: readonly number[];
      }
    | undefined;
  /** Every English event id, for the message when `english` is missing. */
  eventIds: readonly string[];
}

/**
 * Checks a translation of an event against the English event: the event exists, `translates`
 * names one of its revisions, and the status note and corrections are there exactly when the
 * English has them (the same number of corrections).
 */
export function checkEventTranslation(t: EventTranslationFacts): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const add = (field: string, message: string, fix: string) =>
    problems.push({ file: t.file, field, message, fix });
  if (!t.english) {
    add(
      'file name',
      `translates an event "${t.id}" that does not exist in content/events/.`,
      `name the file after an English event (the file name of content/events/<id>.mdx)${nearest(t.id, t.eventIds)}, or remove it`,
    );
    return problems;
  }
  const { revisions } = t.english;
  if (revisions.length > 0 && !revisions.includes(t.data.translates)) {
    add(
      'translates',
      `names revision ${t.data.translates} of "${t.id}", which does not exist (recorded: ${revisions.join(', ')}).`,
      `set translates to the English revision you translated, usually the latest, ${revisions.at(-1)}`,
    );
  }
  if (t.english.statusNote && !t.data.statusNote)
    add('statusNote', 'is missing: the English event has a status note.', 'translate it');
  if (!t.english.statusNote && t.data.statusNote)
    add('statusNote', 'is set, but the English event has no status note.', 'remove it');
  const englishCount = t.english.corrections?.length ?? 0;
  const count = t.data.corrections?.length ?? 0;
  if (englishCount !== count)
    add(
      'corrections',
      `has ${count} correction text(s); the English event has ${englishCount}.`,
      'translate each English correction, in the same order',
    );
  return problems;
}

/**
 * Compares the citations of a translation with its English text: the same `<Cite>` (and
 * `<Quote>`, `<Account>`) elements with the same sources, in the same order.
 * @param english each sourcing element's source ids, in reading order, in the English text.
 * @param translated the same, in the translation.
 * @returns the problem at the first difference, or `null` when they agree.
 */
export function compareCitations(
  file: string,
  english: readonly (readonly string[])[],
  translated: readonly (readonly string[])[],
): TranslationProblem | null {
  const show = (ids: readonly string[] | undefined) => (ids ? `"${ids.join(' ')}"` : 'nothing');
  for (let i = 0; i < Math.max(english.length, translated.length); i++) {
    const a = english[i];
    const b = translated[i];
    if (a && b && a.join(' ') === b.join(' ')) continue;
    const what =
      !b
        ? `drops citation ${i + 1} (English: ${show(a)})`
        : !a
          ? `adds citation ${i + 1} (${show(b)}), which the English text does not have`
          : `has ${show(b)} as citation ${i + 1}, where the English text has ${show(a)} (a citation dropped, added or moved)`;
    return {
      file,
      field: 'text',
      message: `${what}; the English has ${english.length} citation(s), the translation ${translated.length}.`,
      fix: 'keep every <Cite>, <Quote> and <Account> exactly as in the English text: the same sources, in the same order',
    };
  }
  return null;
}

/** `, for example "x"` naming the closest id, or nothing. */
function nearest(id: string, ids: readonly string[]): string {
  const prefix = id.slice(0, 10);
  const close = ids.find((other) => other.startsWith(prefix));
  return close ? ` (did you mean "${close}"?)` : '';
}

/** Whether a translation is of an earlier English revision than the latest. */
export const isOutdated = (translates: number, latest: number | undefined): boolean =>
  latest !== undefined && translates < latest;
