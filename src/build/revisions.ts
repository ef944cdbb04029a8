/**
 * Reads and writes the revision history of a content folder (`<content>/revisions/`): the build
 * verifies it (`verifyRevisions`, called by src/data/story.ts before any page is made) and
 * `npm run revise` records a new revision (`recordRevision`) or seeds the first of every event
 * (`seedRevisions`). The rules themselves are pure, in src/lib/revisions/.
 *
 * A content folder with no `revisions/` folder has no version pages, unless its permalink
 * registry lists a version page (`/events/<id>/v/<n>/`): then the history was published and its
 * absence stops the build, so deleting the folder can never pass unnoticed.
 *
 * Imported with `.ts` extensions: scripts/revise.mjs loads it under Node's type stripping.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import {
  checkRevisions,
  checkLog,
  formatLock,
  formatRevisionProblems,
  nextRevision,
  parseLock,
  sha256Hex,
  snapshotKey,
  type RevisionInput,
  type RevisionLock,
  type RevisionRecord,
  type ReviseRequest,
  type StoredHistory,
} from '../lib/revisions/index.ts';
import { contentDir } from './content-dir.ts';
import { buildDay } from './build-day.ts';
import { linkHeaderRules, type HeaderRule } from '../lib/publishing/headers.ts';
import { versionHeaderPages } from '../lib/revisions/links.ts';
import type { SiteUrls } from '../lib/urls/urls.ts';

/** The name of each history's list of revisions. */
export const LOG_FILE = 'revisions.yaml';
/** The name of the lock file in the revisions folder. */
export const LOCK_FILE = 'lock.json';

const LOG_HEADER = (id: string, dir: string) =>
  `# Revisions of ${dir}/events/${id}.mdx, oldest first; each <n>.mdx beside this file is revision n exactly as published.\n# Written by \`npm run revise\` (README, "Revisions"). Never edit or remove a past entry.\n`;

/** How many corrections an event file's front matter lists. */
function correctionCount(text: string): number {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const data = (front ? parse(front[1]!) : {}) as { corrections?: unknown } | null;
  return Array.isArray(data?.corrections) ? data.corrections.length : 0;
}

/** The revisions folder of a content folder. */
export const revisionsDirOf = (dir: string = contentDir()): string => `${dir}/revisions`;

/** Whether a content folder keeps revisions (see the module comment). */
export function revisionsEnabled(dir: string = contentDir()): boolean {
  if (existsSync(revisionsDirOf(dir))) return true;
  const registry = join(dir, 'permalinks.txt');
  return (
    existsSync(registry) && /^\/events\/[^/]+\/v\/\d+\/$/m.test(readFileSync(registry, 'utf8'))
  );
}

/** Whether an event file is marked `draft: true` in its front matter: not published, so no revision yet. */
const isDraft = (text: string): boolean =>
  /^draft:\s*true\s*$/m.test(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '');

const eventFiles = (dir: string) =>
  existsSync(join(dir, 'events'))
    ? readdirSync(join(dir, 'events'))
        .filter((name) => /\.mdx$/.test(name))
        .sort()
        .map((name) => ({
          id: name.replace(/\.mdx$/, ''),
          file: `${dir}/events/${name}`,
          text: readFileSync(join(dir, 'events', name), 'utf8'),
        }))
        .filter((event) => !isDraft(event.text))
    : [];

function readHistory(revisionsDir: string, eventId: string): StoredHistory {
  const folder = join(revisionsDir, eventId);
  const logPath = join(folder, LOG_FILE);
  const logFile = `${revisionsDir}/${eventId}/${LOG_FILE}`;
  let log: unknown;
  if (existsSync(logPath)) {
    try {
      log = parse(readFileSync(logPath, 'utf8')) ?? [];
    } catch (error) {
      log = `unreadable YAML: ${(error as Error).message}`;
    }
  }
  const snapshots = readdirSync(folder)
    .filter((name) => name !== LOG_FILE)
    .sort()
    .map((name) => ({
      name,
      path: `${revisionsDir}/${eventId}/${name}`,
      text: readFileSync(join(folder, name), 'utf8'),
    }));
  return { eventId, logFile, log, snapshots };
}

/** Everything the rules check, read from a content folder. */
export function readRevisionInput(dir: string = contentDir(), today = buildDay): RevisionInput {
  const revisionsDir = revisionsDirOf(dir);
  const lockPath = join(revisionsDir, LOCK_FILE);
  const histories = existsSync(revisionsDir)
    ? readdirSync(revisionsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
        .map((id) => readHistory(revisionsDir, id))
    : [];
  return {
    revisionsDir,
    events: eventFiles(dir),
    histories,
    lock: {
      file: `${revisionsDir}/${LOCK_FILE}`,
      text: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : undefined,
    },
    today,
  };
}

/**
 * Checks a content folder's revisions.
 * @param options.preview the editor's preview (`npm run dev`): an event changed since its latest
 *   revision (or new) is warned about on the console, not refused, so editors see their edits
 *   before they record them. Every other problem, and every problem in a build, stops it.
 * @returns each event's revisions, oldest first; an empty map when the folder keeps none.
 * @throws Error listing every problem (`file: message`, with the fix) when the history is not sound.
 */
export async function verifyRevisions(
  dir: string = contentDir(),
  options: { preview?: boolean } = {},
): Promise<Map<string, RevisionRecord[]>> {
  if (!revisionsEnabled(dir)) return new Map();
  const { problems, revisions } = await checkRevisions(readRevisionInput(dir));
  const refused = options.preview ? problems.filter((p) => p.kind !== 'unrecorded') : problems;
  if (refused.length > 0) throw new Error(formatRevisionProblems(refused));
  for (const p of problems.filter((x) => x.kind === 'unrecorded'))
    console.warn(`[revisions] ${p.file}: ${p.message}`);
  return revisions;
}

function readLock(revisionsDir: string): RevisionLock {
  const path = join(revisionsDir, LOCK_FILE);
  if (!existsSync(path)) return { algorithm: 'SHA-256', snapshots: {} };
  const lock = parseLock(`${revisionsDir}/${LOCK_FILE}`, readFileSync(path, 'utf8'));
  if ('message' in lock) throw new Error(`${lock.file}: ${lock.message}`);
  return lock;
}

async function writeHistory(
  dir: string,
  eventId: string,
  records: readonly RevisionRecord[],
  snapshotText: string,
  lock: RevisionLock,
): Promise<void> {
  const revisionsDir = revisionsDirOf(dir);
  const folder = join(revisionsDir, eventId);
  mkdirSync(folder, { recursive: true });
  const latest = records.at(-1)!;
  writeFileSync(join(folder, `${latest.revision}.mdx`), snapshotText);
  writeFileSync(
    join(folder, LOG_FILE),
    LOG_HEADER(eventId, dir) +
      stringify(
        records.map((r) => ({ ...r })),
        { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 },
      ),
  );
  lock.snapshots[snapshotKey(eventId, latest.revision)] = await sha256Hex(snapshotText);
}

/**
 * `npm run revise -- <id> --note "…" [--correction]`: records the event's current file as its
 * next revision, and its hash in the lock file. The rest of the history must be sound first.
 * @returns the new revision's record.
 * @throws Error naming the problem (unknown event, unchanged text, empty note, unsound history).
 */
export async function recordRevision(
  eventId: string,
  request: ReviseRequest,
  dir: string = contentDir(),
): Promise<RevisionRecord> {
  const eventPath = join(dir, 'events', `${eventId}.mdx`);
  if (!existsSync(eventPath))
    throw new Error(`revise: no event "${eventId}" (no file ${dir}/events/${eventId}.mdx).`);
  const input = readRevisionInput(dir);
  const { problems } = await checkRevisions(input);
  // The one problem revise is for: this event changed since its latest revision (or has none).
  const blocking = problems.filter((p) => p.file !== `${dir}/events/${eventId}.mdx`);
  if (blocking.length > 0) throw new Error(formatRevisionProblems(blocking));
  const history = input.histories.find((h) => h.eventId === eventId);
  const records = history ? checkLog(history, input.today).records : [];
  const latestText = history?.snapshots.find(
    (s) => s.name === `${records.at(-1)?.revision}.mdx`,
  )?.text;
  const text = readFileSync(eventPath, 'utf8');
  const next = nextRevision(records, latestText, text, request);
  if ('error' in next) throw new Error(`revise ${eventId}: ${next.error}.`);
  // A correction is listed on the page: the corrections log links it to the version it made.
  if (
    request.correction &&
    latestText !== undefined &&
    correctionCount(text) <= correctionCount(latestText)
  ) {
    throw new Error(
      `revise ${eventId}: --correction, but ${dir}/events/${eventId}.mdx lists no new correction. Add it to "corrections" in the front matter ({ date: "${request.date}", text: "…" }), then run the command again.`,
    );
  }
  const lock = readLock(revisionsDirOf(dir));
  await writeHistory(dir, eventId, [...records, next], text, lock);
  writeFileSync(join(revisionsDirOf(dir), LOCK_FILE), formatLock(lock));
  return next;
}

/**
 * `npm run revise -- --seed`: gives every event without a history its revision 1, the current
 * file. Its day is the event's `updated` day when it has one, else its `published` day: the text
 * kept is the one readers have seen since that day (README, "Revisions", explains why).
 * @param note the note of each seeded revision, given the event's `published` and `updated` days.
 * @returns the ids of the events seeded.
 */
export async function seedRevisions(
  note: (published: string, updated: string | undefined, corrections: number) => string,
  dir: string = contentDir(),
): Promise<string[]> {
  const revisionsDir = revisionsDirOf(dir);
  const lock = readLock(revisionsDir);
  const seeded: string[] = [];
  for (const event of eventFiles(dir)) {
    if (existsSync(join(revisionsDir, event.id))) continue;
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(event.text);
    const data = (front ? parse(front[1]!) : {}) as { published?: unknown; updated?: unknown };
    const published = String(data.published ?? '');
    const updated = typeof data.updated === 'string' ? data.updated : undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published))
      throw new Error(
        `revise --seed: ${event.file}: "published" must be YYYY-MM-DD to date revision 1, found "${published}".`,
      );
    const corrections = correctionCount(event.text);
    await writeHistory(
      dir,
      event.id,
      [
        {
          revision: 1,
          date: updated ?? published,
          note: note(published, updated, corrections),
          correction: false,
        },
      ],
      event.text,
      lock,
    );
    seeded.push(event.id);
  }
  mkdirSync(revisionsDir, { recursive: true });
  writeFileSync(join(revisionsDir, LOCK_FILE), formatLock(lock));
  return seeded;
}

/**
 * The `Link` header rules of every event's pages (event, history, versions), for the hosts' files
 * (src/build/hosting.ts): read from the verified history, so they always match the pages' heads.
 */
export async function versionLinkRules(
  urls: SiteUrls,
  dir: string = contentDir(),
): Promise<HeaderRule[]> {
  const revisions = await verifyRevisions(dir);
  return linkHeaderRules(
    versionHeaderPages(
      urls,
      new Map([...revisions].map(([id, records]) => [id, records.map((r) => r.date)])),
    ),
  );
}
