/**
 * The only module that reads the content collections. It loads events, actors and sources once
 * per build, runs the cross-collection checks (stopping the build on any problem), and hands
 * pages typed, sorted, resolved records.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { hasEras, hasTranslations } from '../content.config';
import { checkIntegrity, formatProblems, type Entry } from '../lib/content/integrity';
import { contentDir } from '../build/content-dir';
import { verifyRevisions } from '../build/revisions';
import type { RevisionRecord } from '../lib/revisions';
import { sortChronologically } from '../lib/story/timeline';
import type { ActorData, ActorRole, EraData, EventData, SourceData } from '../lib/content/schema';
import type { CitationRef, QuoteRef } from '../lib/story/sourcing';
import { english, type Edition } from '../lib/i18n';
import {
  checkEventTranslation,
  compareCitations,
  isOutdated,
  type ReviewState,
  type TranslationProblem,
} from '../lib/content/translation';

/**
 * Whether a record shows a translation: `undefined` in the source edition; in another edition,
 * `null` when the entry has no translation yet (the English text is shown, with a notice), else
 * the translation's review state and, for an event, the English revision it translates and whether
 * the English has been revised since.
 */
export type TranslationState =
  | {
      review: ReviewState;
      /** The English revision translated (events only). */
      translates?: number | undefined;
      /** True when the English has a later revision than the one translated. */
      outdated: boolean;
    }
  | null
  | undefined;

export interface Actor extends ActorData {
  id: string;
  /** The profile to render: the English entry, or its translation in another edition. */
  entry: CollectionEntry<'actors'> | CollectionEntry<'actorTranslations'>;
  translation?: TranslationState;
}

export interface Source extends SourceData {
  id: string;
  translation?: TranslationState;
}

export interface StoryEvent extends Omit<EventData, 'actors'> {
  id: string;
  /** The text to render: the English entry, or its translation in another edition. */
  entry: CollectionEntry<'events'> | CollectionEntry<'eventTranslations'>;
  translation?: TranslationState;
  /** Actors with their role, in the order the entry lists them. */
  actors: { actor: string; role?: ActorRole | undefined }[];
}

/**
 * A tag as readers see it. Its id is the address (`/tags/<id>/`, the same in every edition); its
 * label is the id in English and the translation (`content/translations/<code>/tags/<id>.yaml`)
 * in another edition, or the id again, with `translation: null`, when none exists.
 */
export interface Tag {
  id: string;
  label: string;
  translation?: TranslationState;
}

/** A named period shaded on the visual timeline (content/eras/). */
export interface Era extends EraData {
  id: string;
  translation?: TranslationState;
}

export interface Story {
  /** The edition the story's words are in (titles, summaries, profiles, notes). */
  edition: Edition;
  /** Oldest first. */
  events: StoryEvent[];
  /** Oldest first. */
  eras: Era[];
  actors: Actor[];
  sources: Source[];
  actorById: Map<string, Actor>;
  sourceById: Map<string, Source>;
  eventById: Map<string, StoryEvent>;
  /** Every tag some event carries, by id, in id order. */
  tagById: Map<string, Tag>;
  /** Each actor's events, oldest first (every actor has an entry, possibly empty). */
  eventsByActor: Map<string, StoryEvent[]>;
  /** The events citing each source, oldest first (every source has an entry). */
  eventsBySource: Map<string, StoryEvent[]>;
  /**
   * Each event's revisions, oldest first (src/lib/revisions/), verified against the lock file;
   * empty when the content folder keeps no revisions.
   */
  revisionsByEvent: Map<string, RevisionRecord[]>;
}

let cached: Promise<Story> | undefined;

function fileOf(entry: { id: string; filePath?: string | undefined }, folder: string): string {
  return entry.filePath ?? `${contentDir()}/${folder}/${entry.id}`;
}

async function load(): Promise<Story> {
  const [allEvents, allActors, allSources, eraEntries] = await Promise.all([
    getCollection('events'),
    getCollection('actors'),
    getCollection('sources'),
    // Optional collection: reading an absent one would make Astro warn.
    hasEras ? getCollection('eras') : Promise.resolve([]),
  ]);
  let [eventEntries, actorEntries, sourceEntries] = [allEvents, allActors, allSources];
  const asEntries = <T>(
    entries: { id: string; filePath?: string | undefined; data: T }[],
    folder: string,
  ): Entry<T>[] => entries.map((e) => ({ id: e.id, file: fileOf(e, folder), data: e.data }));
  const problems = checkIntegrity(
    {
      events: asEntries(eventEntries, 'events'),
      actors: asEntries(actorEntries, 'actors'),
      sources: asEntries(sourceEntries, 'sources'),
    },
    contentDir(),
  );
  if (problems.length > 0) throw new Error(formatProblems(problems));
  // Drafts (draft: true) appear in `npm run dev` only; the published site leaves them out entirely,
  // so no page, feed, export, card, search record or list mentions them.
  const published = <T extends { data: { draft: boolean } }>(entries: T[]) =>
    import.meta.env.SHOW_DRAFTS === true ? entries : entries.filter((e) => !e.data.draft);
  eventEntries = published(eventEntries);
  actorEntries = published(actorEntries);
  sourceEntries = published(sourceEntries);
  // Every build checks the revision history: an event changed without `npm run revise`, or a
  // stored revision edited or removed, stops it here with the file and the fix. The editor's
  // preview (`astro dev`, mode "development"; not DEV, which follows NODE_ENV and is true under
  // the test runner) warns about an unrecorded edit instead, so editors see it before recording it.
  const revisionsByEvent = await verifyRevisions(contentDir(), {
    preview: import.meta.env.MODE === 'development',
  });

  const events = sortChronologically(
    eventEntries.map((entry) => ({ ...entry.data, id: entry.id, entry })),
  );
  const actors = actorEntries
    .map((entry) => ({ ...entry.data, id: entry.id, entry }))
    .sort((a, b) => english.format.compare(a.name, b.name));
  const sources = sourceEntries.map((entry) => ({ ...entry.data, id: entry.id }));
  const eventsByActor = new Map(actors.map((a) => [a.id, [] as StoryEvent[]]));
  const eventsBySource = new Map(sources.map((s) => [s.id, [] as StoryEvent[]]));
  for (const event of events) {
    for (const { actor } of event.actors) eventsByActor.get(actor)!.push(event);
    for (const source of event.sources) eventsBySource.get(source)!.push(event);
  }
  const eras = sortChronologically(eraEntries.map((entry) => ({ ...entry.data, id: entry.id })));
  return {
    edition: english,
    events,
    eras,
    actors,
    sources,
    actorById: new Map(actors.map((a) => [a.id, a])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    eventById: new Map(events.map((e) => [e.id, e])),
    tagById: new Map(
      [...new Set(events.flatMap((e) => e.tags))].sort().map((id) => [id, { id, label: id }]),
    ),
    eventsByActor,
    eventsBySource,
    revisionsByEvent,
  };
}

/**
 * The whole story, checked and resolved. Cached for the build.
 * @throws Error listing every cross-collection problem (file → field: message) when the content
 *   is not sound; the build stops with that message.
 */
export function getStory(edition: Edition = english): Promise<Story> {
  cached ??= load();
  if (edition === english) return cached;
  let translated = translatedStories.get(edition);
  if (!translated) {
    translated = cached.then((story) => translateStory(story, edition));
    translatedStories.set(edition, translated);
  }
  return translated;
}

const translatedStories = new Map<Edition, Promise<Story>>();

/** The entries of one language of a translation collection, by the English id. */
function ofLanguage<T extends { id: string }>(entries: T[], code: string): Map<string, T> {
  return new Map(
    entries
      .filter((e) => e.id.startsWith(`${code}/`))
      .map((e) => [e.id.slice(code.length + 1), e] as const),
  );
}

function formatTranslationProblems(problems: TranslationProblem[]): string {
  return `The translations have ${problems.length} problem(s):\n${problems
    .map((p) => `  ${p.file}  ${p.field}: ${p.message} (${p.fix})`)
    .join('\n')}`;
}

/**
 * The story in another edition: each entry with a translation in
 * `content/translations/<code>/` shows it; the others keep the English text, marked
 * `translation: null` so the page says so. Checks every translation against its English entry
 * first (src/lib/content/translation.ts) and stops the build naming file, field and fix.
 */
async function translateStory(story: Story, edition: Edition): Promise<Story> {
  const code = edition.code;
  const none = Promise.resolve([]);
  const [ev, ac, so, er, ta] = await Promise.all([
    hasTranslations('events') ? getCollection('eventTranslations') : none,
    hasTranslations('actors') ? getCollection('actorTranslations') : none,
    hasTranslations('sources') ? getCollection('sourceTranslations') : none,
    hasTranslations('eras') ? getCollection('eraTranslations') : none,
    hasTranslations('tags') ? getCollection('tagTranslations') : none,
  ]);
  const events = ofLanguage(ev, code);
  const actors = ofLanguage(ac, code);
  const sources = ofLanguage(so, code);
  const eras = ofLanguage(er, code);
  const tags = ofLanguage(ta, code);
  const root = contentDir();
  const problems: TranslationProblem[] = [];
  const fileOfTranslation = (e: { filePath?: string | undefined }, kind: string, id: string) =>
    e.filePath ?? `${root}/translations/${code}/${kind}/${id}`;
  const eventIds = story.events.map((e) => e.id);
  for (const [id, t] of events) {
    const englishEvent = story.eventById.get(id);
    const file = fileOfTranslation(t, 'events', id);
    const found = checkEventTranslation({
      file,
      id,
      data: t.data,
      english: englishEvent && {
        statusNote: englishEvent.statusNote,
        corrections: englishEvent.corrections,
        revisions: (story.revisionsByEvent.get(id) ?? []).map((r) => r.revision),
      },
      eventIds,
    });
    problems.push(...found);
    if (englishEvent && found.length === 0) {
      const [a, b] = await Promise.all([render(englishEvent.entry), render(t)]);
      const sourcesOf = (fm: Record<string, unknown>) =>
        ((fm.citations ?? []) as CitationRef[]).map((c) => c.sources);
      const problem = compareCitations(
        file,
        sourcesOf(a.remarkPluginFrontmatter),
        sourcesOf(b.remarkPluginFrontmatter),
      );
      if (problem) problems.push(problem);
    }
  }
  const unknown = (
    map: Map<string, { filePath?: string | undefined }>,
    kind: string,
    known: (id: string) => boolean,
  ) => {
    for (const [id, t] of map)
      if (!known(id))
        problems.push({
          file: fileOfTranslation(t, kind, id),
          field: 'file name',
          message: `translates "${id}", which is not in ${root}/${kind}/.`,
          fix: `name the file after an English entry of ${root}/${kind}/, or remove it`,
        });
  };
  unknown(actors, 'actors', (id) => story.actorById.has(id));
  unknown(sources, 'sources', (id) => story.sourceById.has(id));
  unknown(eras, 'eras', (id) => story.eras.some((e) => e.id === id));
  for (const [id, t] of tags)
    if (!story.tagById.has(id))
      problems.push({
        file: fileOfTranslation(t, 'tags', id),
        field: 'file name',
        message: `labels a tag "${id}" that no event carries.`,
        fix: "name the file after a tag in some event's tags, or remove it",
      });
  for (const [id, t] of sources) {
    const english = story.sourceById.get(id);
    if (english && t.data.title && !english.titleIsDescription)
      problems.push({
        file: fileOfTranslation(t, 'sources', id),
        field: 'title',
        message: `translates the published title of "${id}": a work's own title is never translated.`,
        fix: 'remove title (translate it only when the English has titleIsDescription: true)',
      });
  }
  if (problems.length > 0) throw new Error(formatTranslationProblems(problems));

  const latestOf = (id: string) => story.revisionsByEvent.get(id)?.at(-1)?.revision;
  const translatedEvents: StoryEvent[] = story.events.map((event) => {
    const t = events.get(event.id);
    if (!t) return { ...event, translation: null };
    return {
      ...event,
      title: t.data.title,
      summary: t.data.summary,
      statusNote: t.data.statusNote ?? event.statusNote,
      corrections: event.corrections?.map((c, i) => ({
        ...c,
        text: t.data.corrections?.[i] ?? c.text,
      })),
      entry: t,
      translation: {
        review: t.data.review,
        translates: t.data.translates,
        outdated: isOutdated(t.data.translates, latestOf(event.id)),
      },
    };
  });
  const translatedActors: Actor[] = story.actors
    .map((actor): Actor => {
      const t = actors.get(actor.id);
      if (!t) return { ...actor, translation: null };
      return {
        ...actor,
        name: t.data.name,
        description: t.data.description,
        entry: t,
        translation: { review: t.data.review, outdated: false },
      };
    })
    .sort((a, b) => edition.format.compare(a.name, b.name));
  const translatedSources: Source[] = story.sources.map((source) => {
    const t = sources.get(source.id);
    if (!t)
      return {
        ...source,
        translation: source.note || source.titleIsDescription ? null : undefined,
      };
    return {
      ...source,
      note: t.data.note ?? source.note,
      title: t.data.title ?? source.title,
      translation: { review: t.data.review, outdated: false },
    };
  });
  const translatedEras: Era[] = story.eras.map((era) => {
    const t = eras.get(era.id);
    if (!t) return { ...era, translation: null };
    return {
      ...era,
      name: t.data.name,
      description: t.data.description,
      translation: { review: t.data.review, outdated: false },
    };
  });
  const tagById = new Map(
    [...story.tagById.values()].map((tag): [string, Tag] => {
      const t = tags.get(tag.id);
      return [
        tag.id,
        t
          ? { ...tag, label: t.data.label, translation: { review: t.data.review, outdated: false } }
          : { ...tag, translation: null },
      ];
    }),
  );
  const eventById = new Map(translatedEvents.map((e) => [e.id, e]));
  const remap = (list: StoryEvent[]) => list.map((e) => eventById.get(e.id)!);
  return {
    ...story,
    edition,
    events: translatedEvents,
    eras: translatedEras,
    actors: translatedActors,
    sources: translatedSources,
    actorById: new Map(translatedActors.map((a) => [a.id, a])),
    sourceById: new Map(translatedSources.map((s) => [s.id, s])),
    eventById,
    tagById,
    eventsByActor: new Map([...story.eventsByActor].map(([id, list]) => [id, remap(list)])),
    eventsBySource: new Map([...story.eventsBySource].map(([id, list]) => [id, remap(list)])),
  };
}

/** What an event's text cites and quotes, as found while its MDX was compiled. */
export interface EventSourcing {
  citations: CitationRef[];
  quotes: QuoteRef[];
}

let sourcingCache: Promise<Map<string, EventSourcing>> | undefined;

/**
 * The citations and quotations of every event's text, by event id, read from what the sourcing
 * plugin (src/build/sourcing-plugin.ts) recorded while compiling each event. Cached for the build.
 */
export function getSourcing(): Promise<Map<string, EventSourcing>> {
  sourcingCache ??= getStory().then(async (story) => {
    const entries = await Promise.all(
      story.events.map(async (event) => {
        const { remarkPluginFrontmatter: fm } = await render(event.entry);
        return [
          event.id,
          {
            citations: (fm.citations ?? []) as CitationRef[],
            quotes: (fm.quotes ?? []) as QuoteRef[],
          },
        ] as const;
      }),
    );
    return new Map(entries);
  });
  return sourcingCache;
}

/** A quotation with the event it appears in. */
export interface Statement extends QuoteRef {
  event: StoryEvent;
}

let statementsCache: Promise<Map<string, Statement[]>> | undefined;

/**
 * Every quotation in the story, by the id of the actor it is attributed to; each list oldest event
 * first, in reading order within an event. Worked out once a build, in one pass over the events
 * (asking each actor page to scan every event would grow with actors × events).
 */
export async function statementsByActor(
  edition: Edition = english,
): Promise<Map<string, Statement[]>> {
  const all = await englishStatements();
  if (edition === english) return all;
  const story = await getStory(edition);
  return new Map(
    [...all].map(([id, list]) => [
      id,
      list.map((s) => ({ ...s, event: story.eventById.get(s.event.id)! })),
    ]),
  );
}

function englishStatements(): Promise<Map<string, Statement[]>> {
  statementsCache ??= Promise.all([getStory(), getSourcing()]).then(([story, sourcing]) => {
    const byActor = new Map<string, Statement[]>();
    for (const event of story.events) {
      for (const quote of sourcing.get(event.id)?.quotes ?? []) {
        const list = byActor.get(quote.by) ?? [];
        list.push({ ...quote, event });
        byActor.set(quote.by, list);
      }
    }
    return byActor;
  });
  return statementsCache;
}

/** Every quotation attributed to an actor, oldest event first; empty for an actor never quoted. */
export async function statementsBy(
  actorId: string,
  edition: Edition = english,
): Promise<Statement[]> {
  return (await statementsByActor(edition)).get(actorId) ?? [];
}

/** For each event citing a source, the anchors of the places in its text that cite it. */
export async function claimsCiting(
  sourceId: string,
  edition: Edition = english,
): Promise<{ event: StoryEvent; refs: string[] }[]> {
  const [story, sourcing] = await Promise.all([getStory(edition), getSourcing()]);
  return (story.eventsBySource.get(sourceId) ?? []).map((event) => ({
    event,
    refs: (sourcing.get(event.id)?.citations ?? [])
      .filter((c) => c.sources.includes(sourceId))
      .map((c) => c.ref),
  }));
}
