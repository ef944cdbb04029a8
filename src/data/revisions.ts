/**
 * The published versions of every event, read from the `revisions` collection
 * (`content/revisions/<event-id>/<n>.mdx`) and paired with the records that src/data/story.ts
 * verified against the lock file. Cached for the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { hasRevisions } from '../content.config';
import { getStory, type StoryEvent } from './story';
import { correctionRevisions, type RevisionRecord } from '../lib/revisions';

/** One revision of an event, as its version page and the history page show it. */
export interface EventVersion {
  eventId: string;
  /** From 1. */
  number: number;
  /** How many revisions the event has (the latest is `count`). */
  count: number;
  record: RevisionRecord;
  /** The stored snapshot, to render with the event's components. */
  entry: CollectionEntry<'revisions'>;
  /** The snapshot's fields, shaped as the event page shows them. */
  event: Omit<StoryEvent, 'entry'>;
}

let cached: Promise<Map<string, EventVersion[]>> | undefined;

async function load(): Promise<Map<string, EventVersion[]>> {
  const [story, entries] = await Promise.all([
    getStory(),
    hasRevisions ? getCollection('revisions') : Promise.resolve([]),
  ]);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out = new Map<string, EventVersion[]>();
  for (const [eventId, records] of story.revisionsByEvent) {
    out.set(
      eventId,
      records.map((record) => {
        const entry = byId.get(`${eventId}/${record.revision}`);
        // The lock check has read every snapshot: a missing entry means the loader skipped one.
        if (!entry)
          throw new Error(
            `revisions: ${eventId} revision ${record.revision} was verified but not loaded; remove the content cache (CACHE_DIR) and build again.`,
          );
        return {
          eventId,
          number: record.revision,
          count: records.length,
          record,
          entry,
          event: { ...entry.data, id: eventId },
        };
      }),
    );
  }
  return out;
}

/** Every event's versions, oldest first, by event id (empty when the content keeps no revisions). */
export function getVersions(): Promise<Map<string, EventVersion[]>> {
  cached ??= load();
  return cached;
}

/** One event's versions, oldest first (empty when it has none). */
export async function versionsOf(eventId: string): Promise<EventVersion[]> {
  return (await getVersions()).get(eventId) ?? [];
}

/**
 * For each of an event's corrections (from 1, oldest), the version that first carried it, as
 * the corrections log links it; `undefined` when the event keeps no revisions.
 * @param upTo count only versions 1…upTo (a version page links only what existed then).
 */
export function correctionVersions(
  versions: readonly EventVersion[],
  upTo = versions.length,
): number[] {
  return correctionRevisions(versions.slice(0, upTo).map((v) => v.event.corrections.length));
}
