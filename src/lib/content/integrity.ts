/**
 * Rules that span collections: every id an entry points to must exist, ids must have the
 * permanent shape, an event's id must start with its date, affiliation chains must not loop.
 * Zod checks one entry at a time (`src/lib/content/schema.ts`); this module checks them together.
 */
import { yearOf } from './dates.ts';
import { ID_PATTERN, type ActorData, type EventData, type SourceData } from './schema.ts';

/** An entry as the checks need it: its id, the file it came from (relative to the project) and its data. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** One broken rule, with everything an editor needs to fix it. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** All entries of a content folder set. */
export interface ContentSet {
  events: Entry<EventData>[];
  actors: Entry<ActorData>[];
  sources: Entry<SourceData>[];
}

/**
 * Checks the rules across collections.
 * @param contentDir The content folder being built (`CONTENT_DIR`, see `src/build/content-dir.ts`), in which
 *   messages name the file an unknown id would need.
 * @returns every problem found, in file order; an empty list when the content is sound.
 */
export function checkIntegrity({ events, actors, sources }: ContentSet, contentDir = 'content'): Problem[] {
  const problems: Problem[] = [];
  const actorIds = new Set(actors.map((a) => a.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  // The missing file is named in the content folder being built (CONTENT_DIR), never a fixed one.
  const known = (ids: Set<string>, folder: string, value: string) =>
    `Unknown ${folder.slice(0, -1)} id "${value}": no file ${contentDir}/${folder}/${value}.${folder === 'sources' ? 'yaml' : 'md'}. ${nearest(value, ids)}`;

  for (const [folder, entries] of [['events', events], ['actors', actors], ['sources', sources]] as const) {
    for (const entry of entries) {
      if (!ID_PATTERN.test(entry.id)) {
        problems.push({ file: entry.file, field: 'id (file name)', message: `"${entry.id}" is not a permanent id: use lower-case letters, digits and single hyphens, e.g. ${folder === 'events' ? '"2025-08-06-million-calls-an-hour"' : '"unit-8200"'}.` });
      }
    }
  }

  // A published entry may not point to a draft: the draft is left out of the published site, so
  // the reference would lead nowhere.
  const draftActors = new Set(actors.filter((a) => a.data.draft).map((a) => a.id));
  const draftSources = new Set(sources.filter((s) => s.data.draft).map((s) => s.id));
  const draftProblem = (kind: string, id: string) =>
    `"${id}" is a draft ${kind} (draft: true), left out of the published site. Publish it first (remove draft: true from its file), remove the reference, or mark this entry draft: true too.`;
  for (const event of events) {
    if (event.data.draft) continue;
    event.data.actors.forEach(({ actor }, i) => {
      if (draftActors.has(actor)) problems.push({ file: event.file, field: `actors[${i}]`, message: draftProblem('actor', actor) });
    });
    event.data.sources.forEach((source, i) => {
      if (draftSources.has(source)) problems.push({ file: event.file, field: `sources[${i}]`, message: draftProblem('source', source) });
    });
  }
  for (const actor of actors) {
    if (!actor.data.draft && actor.data.memberOf && draftActors.has(actor.data.memberOf)) problems.push({ file: actor.file, field: 'memberOf', message: draftProblem('actor', actor.data.memberOf) });
  }
  for (const source of sources) {
    if (source.data.draft) continue;
    source.data.publishedBy.forEach((actor, i) => {
      if (draftActors.has(actor)) problems.push({ file: source.file, field: `publishedBy[${i}]`, message: draftProblem('actor', actor) });
    });
  }

  for (const event of events) {
    const { data, file } = event;
    const startIso = data.date.start.precision === 'season' ? yearOf(data.date.start.iso) : data.date.start.iso;
    // The id's leading date (YYYY, YYYY-MM or YYYY-MM-DD) must be the start date, or a coarser form of it.
    const leading = /^(\d{4}(?:-\d{2}(?=-|$))?(?:-\d{2}(?=-|$))?)-[a-z0-9]/.exec(event.id)?.[1];
    if (!leading || !(startIso === leading || startIso.startsWith(`${leading}-`))) {
      problems.push({ file, field: 'id (file name)', message: `"${event.id}" must start with the event's start date at its known precision ("${startIso}-…"), then a short slug, e.g. "${startIso}-short-slug".` });
    }
    const seen = new Set<string>();
    data.actors.forEach(({ actor }, i) => {
      if (!actorIds.has(actor)) problems.push({ file, field: `actors[${i}]`, message: known(actorIds, 'actors', actor) });
      if (seen.has(actor)) problems.push({ file, field: `actors[${i}]`, message: `"${actor}" is listed twice; list each actor once.` });
      seen.add(actor);
    });
    const seenSources = new Set<string>();
    data.sources.forEach((source, i) => {
      if (!sourceIds.has(source)) problems.push({ file, field: `sources[${i}]`, message: known(sourceIds, 'sources', source) });
      if (seenSources.has(source)) problems.push({ file, field: `sources[${i}]`, message: `"${source}" is listed twice; list each source once.` });
      seenSources.add(source);
    });
  }

  // The same event written twice under two file names (a copied file) would appear twice.
  const byTitle = new Map<string, string>();
  for (const event of events) {
    const key = `${event.data.title.toLowerCase()}|${event.data.date.edtf}`;
    const first = byTitle.get(key);
    if (first) problems.push({ file: event.file, field: 'title', message: `Same title and date as ${first}: is this a copy of that event? Merge them or make the titles distinct.` });
    else byTitle.set(key, event.file);
  }

  for (const actor of actors) {
    const parent = actor.data.memberOf;
    if (parent && !actorIds.has(parent)) problems.push({ file: actor.file, field: 'memberOf', message: known(actorIds, 'actors', parent) });
    if (parent === actor.id) problems.push({ file: actor.file, field: 'memberOf', message: `An actor cannot be a member of itself.` });
  }
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const actor of actors) {
    const chain = [actor.id];
    let next = actor.data.memberOf;
    while (next && byId.has(next)) {
      if (chain.includes(next)) {
        if (next === actor.id && chain.length > 1) {
          problems.push({ file: actor.file, field: 'memberOf', message: `Affiliation loops: ${[...chain, next].join(' → ')}. Remove one memberOf.` });
        }
        break;
      }
      chain.push(next);
      next = byId.get(next)?.data.memberOf;
    }
  }

  for (const source of sources) {
    source.data.publishedBy.forEach((actor, i) => {
      if (!actorIds.has(actor)) problems.push({ file: source.file, field: `publishedBy[${i}]`, message: known(actorIds, 'actors', actor) });
    });
  }
  return problems;
}

/** Suggests the closest known id for a typo (see {@link closestId}), else a hint to create the entry. */
function nearest(value: string, ids: Iterable<string>): string {
  const best = closestId(value, ids);
  return best ? `Did you mean "${best}"?` : 'Create that entry or use an existing id.';
}

/**
 * The known id closest to a mistyped one, when it is within a few edits (at most 3, or a third
 * of the id's length); `undefined` when none is that close.
 * @param value the unknown id as written; @param ids the ids that exist.
 */
export function closestId(value: string, ids: Iterable<string>): string | undefined {
  let best = '';
  let bestScore = Infinity;
  for (const candidate of ids) {
    const score = distance(value, candidate);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best && bestScore <= Math.max(3, value.length / 3) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** Formats problems as one build-stopping message. */
export function formatProblems(problems: Problem[]): string {
  return [
    `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
    ...problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`),
  ].join('\n');
}
