/**
 * The only module that reads the content collections. It loads events, actors and sources once
 * per build, runs the cross-collection checks (stopping the build on any problem), and hands
 * pages typed, sorted, resolved records.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { hasEras } from '../content.config';
import { checkIntegrity, formatProblems, type Entry } from '../lib/content/integrity';
import { contentDir } from '../build/content-dir';
import { verifyRevisions } from '../build/revisions';
import type { RevisionRecord } from '../lib/revisions';
import { sortChronologically } from '../lib/story/timeline';
import type { ActorData, ActorRole, EraData, EventData, SourceData } from '../lib/content/schema';
import type { CitationRef, QuoteRef } from '../lib/story/sourcing';
import { english } from '../lib/i18n';

export interface Actor extends ActorData {
  id: string;
  entry: CollectionEntry<'actors'>;
}

export interface Source extends SourceData {
  id: string;
}

export interface StoryEvent extends Omit<EventData, 'actors'> {
  id: string;
  entry: CollectionEntry<'events'>;
  /** Actors with their role, in the order the entry lists them. */
  actors: { actor: string; role?: ActorRole | undefined }[];
}

/** A named period shaded on the visual timeline (content/eras/). */
export interface Era extends EraData {
  id: string;
}

export interface Story {
  /** Oldest first. */
  events: StoryEvent[];
  /** Oldest first. */
  eras: Era[];
  actors: Actor[];
  sources: Source[];
  actorById: Map<string, Actor>;
  sourceById: Map<string, Source>;
  eventById: Map<string, StoryEvent>;
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
    events,
    eras,
    actors,
    sources,
    actorById: new Map(actors.map((a) => [a.id, a])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    eventById: new Map(events.map((e) => [e.id, e])),
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
export function getStory(): Promise<Story> {
  cached ??= load();
  return cached;
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
export function statementsByActor(): Promise<Map<string, Statement[]>> {
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
export async function statementsBy(actorId: string): Promise<Statement[]> {
  return (await statementsByActor()).get(actorId) ?? [];
}

/** For each event citing a source, the anchors of the places in its text that cite it. */
export async function claimsCiting(
  sourceId: string,
): Promise<{ event: StoryEvent; refs: string[] }[]> {
  const [story, sourcing] = await Promise.all([getStory(), getSourcing()]);
  return (story.eventsBySource.get(sourceId) ?? []).map((event) => ({
    event,
    refs: (sourcing.get(event.id)?.citations ?? [])
      .filter((c) => c.sources.includes(sourceId))
      .map((c) => c.ref),
  }));
}
