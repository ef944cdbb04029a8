/**
 * `npm run new:event`, `new:actor`, `new:source`: writes a new draft entry into the content folder
 * from flags (for scripts) or, for what the flags leave out, from questions in a terminal. Refuses
 * an id already used by a file or registered in `permalinks.txt` (an address once published stays
 * with its entry), and actor or source ids that do not exist. Prints the file written and what to
 * fill in next. The file texts and ids come from `src/lib/content/scaffold.ts`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ACTOR_KINDS, EVIDENCE_STATUSES, SOURCE_KINDS } from '../lib/content/schema.ts';
import { parseRegistry } from '../lib/content/permalinks.ts';
import {
  actorFileText,
  eventFileText,
  eventId,
  slugify,
  sourceFileText,
  sourceId,
  assertId,
} from '../lib/content/scaffold.ts';
import { today } from './build-day.ts';

/** The three kinds of entry, their folder and their file extension. */
const KINDS = {
  event: ['events', 'mdx'],
  actor: ['actors', 'md'],
  source: ['sources', 'yaml'],
} as const;
export type EntryKind = keyof typeof KINDS;

/** A refusal the editor can act on (printed without a stack trace). */
export class ScaffoldError extends Error {}

/** Ids of the entries in a folder, whatever their extension. */
function idsIn(folder: string, sub: string): Set<string> {
  const dir = join(folder, sub);
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((n) => /\.(mdx?|ya?ml)$/.test(n))
      .map((n) => n.replace(/\.(mdx?|ya?ml)$/, '')),
  );
}

/**
 * Refuses an id that a file already has or that the permalink registry lists.
 * @throws ScaffoldError naming the file or the registry line.
 */
export function assertFreeId(folder: string, kind: EntryKind, id: string): void {
  const [sub] = KINDS[kind];
  if (idsIn(folder, sub).has(id)) {
    throw new ScaffoldError(
      `The id "${id}" is already used by a file in ${folder}/${sub}/. Choose another slug; never reuse or rename a published entry's id.`,
    );
  }
  const registry = join(folder, 'permalinks.txt');
  const path = `/${sub}/${id}/`;
  if (existsSync(registry) && parseRegistry(readFileSync(registry, 'utf8')).includes(path)) {
    throw new ScaffoldError(
      `The address ${path} is registered in ${registry}: it was published for another entry and stays with it. Choose another slug.`,
    );
  }
}

/**
 * Runs the command.
 * @param kind what to create.
 * @param argv the flags (`--date 2026-01-15 --slug example --title "…"`).
 * @param folder the content folder (`CONTENT_DIR`).
 * @param ask asks for a missing value (a terminal prompt); `undefined` when there is no terminal,
 *   and then every required flag must be given.
 * @returns the path of the file written and the lines to print.
 * @throws ScaffoldError for a missing flag, an invalid or used id, an unknown actor or source.
 */
export async function scaffold(
  kind: EntryKind,
  argv: string[],
  folder: string,
  ask?: (question: string) => Promise<string>,
): Promise<{ file: string; next: string[] }> {
  const { values } = parseArgs({
    args: argv,
    options: {
      date: { type: 'string' },
      slug: { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'string' },
      actor: { type: 'string', multiple: true },
      source: { type: 'string', multiple: true },
      status: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      description: { type: 'string' },
      id: { type: 'string' },
      publisher: { type: 'string' },
      language: { type: 'string' },
      url: { type: 'string' },
      author: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const need = async (flag: keyof typeof values, question: string): Promise<string> => {
    const given = values[flag];
    const value = Array.isArray(given) ? given.join(' ') : given;
    if (value && value.trim() !== '') return value.trim();
    if (!ask) throw new ScaffoldError(`Missing --${flag}: ${question}`);
    const answer = (await ask(`${question} `)).trim();
    if (answer === '') throw new ScaffoldError(`Missing --${flag}: ${question}`);
    return answer;
  };
  // Actors, sources and the evidence status can wait: a draft without them builds, and holds a
  // placeholder the content check refuses once the draft mark is removed.
  const later = async (flag: 'actor' | 'source' | 'status', question: string): Promise<string> => {
    const given = values[flag];
    const value = Array.isArray(given) ? given.join(' ') : given;
    if (value && value.trim() !== '') return value.trim();
    return ask ? (await ask(`${question} (Enter to decide later) `)).trim() : '';
  };
  const list = async (flag: 'actor' | 'source', question: string) =>
    (await later(flag, question)).split(/[\s,]+/).filter(Boolean);
  const oneOf = (value: string, allowed: readonly string[], what: string) => {
    if (!allowed.includes(value))
      throw new ScaffoldError(
        `Unknown ${what} "${value}". Allowed: ${allowed.map((a) => `"${a}"`).join(', ')}.`,
      );
    return value;
  };
  const existing = (ids: string[], sub: 'actors' | 'sources') => {
    const known = idsIn(folder, sub);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new ScaffoldError(
        `No ${sub.slice(0, -1)} ${unknown.map((u) => `"${u}"`).join(', ')} in ${folder}/${sub}/. Create it first (npm run new:${sub.slice(0, -1)}) or fix the id.`,
      );
    return ids;
  };
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (error) {
      throw error instanceof ScaffoldError ? error : new ScaffoldError((error as Error).message);
    }
  };

  let id: string;
  let text: string;
  let next: string[];
  if (kind === 'event') {
    const date = await need(
      'date',
      'When did it happen? An EDTF date at the precision the sources give (2025-08-06, 2025-08, 2022):',
    );
    const slug = await need(
      'slug',
      'A short slug for the id, a few words (million-calls-an-hour):',
    );
    id = wrap(() => eventId(date, slug));
    assertFreeId(folder, kind, id);
    const title = await need('title', 'The title: what happened, in neutral words:');
    const actors = existing(
      await list('actor', 'Actor ids, separated by spaces (files in content/actors/):'),
      'actors',
    );
    const sources = existing(
      await list('source', 'Source ids, most important first (files in content/sources/):'),
      'sources',
    );
    const chosen = await later('status', `Evidence status (${EVIDENCE_STATUSES.join(', ')}):`);
    const status = chosen === '' ? undefined : oneOf(chosen, EVIDENCE_STATUSES, 'evidence status');
    text = eventFileText({
      title,
      date,
      actors,
      sources,
      status,
      summary: values.summary,
      today: today(),
    });
    next = [
      ...(actors.length === 0 ? ['Name the actors (ids of files in content/actors/).'] : []),
      ...(sources.length === 0
        ? ['Name the sources (ids of files in content/sources/), most important first.']
        : []),
      ...(status === undefined
        ? ['Choose the evidence status (it starts as "alleged", the most cautious).']
        : []),
      'Write the summary and the text (every paragraph ends with a <Cite>), replacing each TODO.',
      'Add roles to the actors where it helps ({ actor: "id", role: "subject" }).',
    ];
  } else if (kind === 'actor') {
    const name = await need('name', 'The name, as readers know it:');
    id = wrap(() => assertId(values.id ?? slugify(name), 'unit-8200'));
    assertFreeId(folder, kind, id);
    const actorKind = oneOf(
      await need('kind', `What kind of actor (${ACTOR_KINDS.join(', ')}):`),
      ACTOR_KINDS,
      'actor kind',
    );
    text = actorFileText({ name, kind: actorKind, description: values.description });
    next = [
      'Write the description and a short neutral profile, replacing each TODO.',
      'Add memberOf, aliases, website or wikidata only where verified.',
    ];
  } else {
    const publisher = await need('publisher', 'The publisher, as cited (The Guardian):');
    const date = await need('date', 'The date of publication, EDTF at the precision known:');
    const slug = await need('slug', 'A short slug for the id (million-calls-an-hour):');
    id = wrap(() => sourceId(publisher, date, slug));
    assertFreeId(folder, kind, id);
    const title = await need('title', 'The published title:');
    const sourceKind = oneOf(
      await need('kind', `What kind of document (${SOURCE_KINDS.join(', ')}):`),
      SOURCE_KINDS,
      'source kind',
    );
    const language = await need('language', 'Its language (en, he, nl):');
    text = sourceFileText({
      publisher,
      title,
      date,
      kind: sourceKind,
      language,
      url: values.url,
      authors: values.author,
    });
    next = [
      'Give url only when the address is confirmed; add publishedBy where the publisher is an actor.',
      'Record every passage you quote under excerpts, word for word.',
    ];
  }
  const [sub, ext] = KINDS[kind];
  const file = join(folder, sub, `${id}.${ext}`);
  writeFileSync(file, text, { flag: 'wx' });
  return {
    file,
    next: [
      ...next,
      'When it is ready, remove draft: true; run npm run check:content to see what is left.',
    ],
  };
}

/** Reads a missing value from the terminal, or `undefined` when input is not a terminal. */
export function terminalPrompt(): {
  ask: ((q: string) => Promise<string>) | undefined;
  close: () => void;
} {
  if (!process.stdin.isTTY) return { ask: undefined, close: () => {} };
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return { ask: (q) => rl.question(q), close: () => rl.close() };
}
