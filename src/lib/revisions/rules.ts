/**
 * The rules of an event's revision history, checked on every build. Each broken rule is a problem
 * naming the file and the fix; nothing is accepted silently. Rules (README, "Revisions"):
 * - every event has a history, and every history belongs to an event;
 * - revisions are numbered 1, 2, 3… without a gap, each with a snapshot `<n>.mdx` and nothing else;
 * - each is dated `YYYY-MM-DD`, not before its predecessor, not after the day of the build;
 * - each has a note, a correction too (it says what was corrected);
 * - the lock file holds the SHA-256 of exactly the snapshots there are, and each matches;
 * - the event's current file is byte for byte its latest revision (else: `npm run revise`).
 */
import { sha256Hex } from './hash.ts';

/** One entry of `revisions.yaml`. */
export interface RevisionRecord {
  /** From 1, without gaps. */
  revision: number;
  /** `YYYY-MM-DD`: the day the revision was published. */
  date: string;
  /** One line: what changed. */
  note: string;
  /** Whether the revision corrects an error (else it is an update). */
  correction: boolean;
}

/** What the build found on disk for one event's history. */
export interface StoredHistory {
  eventId: string;
  /** Path of `revisions.yaml` as messages name it (`content/revisions/<id>/revisions.yaml`). */
  logFile: string;
  /** The parsed YAML (checked here), or `undefined` when the file is missing. */
  log: unknown;
  /** Every file in the history's folder but `revisions.yaml`. */
  snapshots: { name: string; path: string; text: string }[];
}

/** Everything the rules need, read by `src/build/revisions.ts`. */
export interface RevisionInput {
  /** The revisions folder as messages name it (`content/revisions`). */
  revisionsDir: string;
  /** Every event: id, file (as messages name it) and its exact text. */
  events: { id: string; file: string; text: string }[];
  histories: StoredHistory[];
  /** `lock.json`: path as messages name it, and its text (`undefined` when missing). */
  lock: { file: string; text: string | undefined };
  /** `YYYY-MM-DD`, the day of the build (UTC). */
  today: string;
}

/** One broken rule: the file to fix and what to do. */
export interface RevisionProblem {
  file: string;
  message: string;
  /**
   * `unrecorded`: the event's text is not yet a revision (changed since its latest, or new). The
   * build refuses it; the editor's preview (`npm run dev`) shows the text and warns instead.
   */
  kind?: 'unrecorded';
}

/** The lock file's content: the SHA-256 of every snapshot, by its path in the revisions folder. */
export interface RevisionLock {
  algorithm: 'SHA-256';
  /** `<event-id>/<n>.mdx` → 64 hex digits. */
  snapshots: Record<string, string>;
}

/** The command that records an event's current text as its next revision. */
export const reviseCommand = (eventId: string): string =>
  `npm run revise -- ${eventId} --note "what changed"`;

/** The key of a snapshot in the lock file: `<event-id>/<n>.mdx`. */
export const snapshotKey = (eventId: string, revision: number): string =>
  `${eventId}/${revision}.mdx`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SNAPSHOT = /^([1-9]\d*)\.mdx$/;

/** Is `day` a real calendar day written `YYYY-MM-DD`? */
function isDay(day: unknown): day is string {
  if (typeof day !== 'string' || !DAY.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/**
 * Reads a lock file's text.
 * @returns the lock, or a problem naming the file when it is not the lock's JSON shape.
 */
export function parseLock(file: string, text: string): RevisionLock | RevisionProblem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      file,
      message: `is not valid JSON (${(error as Error).message}). Restore it from version control (git checkout -- ${file}); it is written by npm run revise.`,
    };
  }
  const v = value as Partial<RevisionLock> | null;
  const snapshots = v?.snapshots;
  if (
    !v ||
    v.algorithm !== 'SHA-256' ||
    !snapshots ||
    typeof snapshots !== 'object' ||
    Object.values(snapshots).some((h) => typeof h !== 'string' || !/^[0-9a-f]{64}$/.test(h))
  ) {
    return {
      file,
      message: `expected { "algorithm": "SHA-256", "snapshots": { "<event-id>/<n>.mdx": "<64 hex digits>" } }. Restore it from version control (git checkout -- ${file}); it is written by npm run revise.`,
    };
  }
  return { algorithm: 'SHA-256', snapshots: { ...snapshots } };
}

/** The lock as `lock.json` stores it: keys sorted, two-space indent, final newline. */
export function formatLock(lock: RevisionLock): string {
  const snapshots = Object.fromEntries(
    Object.entries(lock.snapshots).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
  );
  return `${JSON.stringify({ algorithm: lock.algorithm, snapshots }, null, 2)}\n`;
}

/**
 * Checks one history's `revisions.yaml` entries.
 * @returns the records (only those well formed) and the problems found.
 */
export function checkLog(
  history: StoredHistory,
  today: string,
): { records: RevisionRecord[]; problems: RevisionProblem[] } {
  const file = history.logFile;
  const problems: RevisionProblem[] = [];
  const records: RevisionRecord[] = [];
  if (history.log === undefined) {
    return {
      records,
      problems: [
        {
          file,
          message: `is missing. It lists the revisions of ${history.eventId}; restore it from version control (git checkout -- ${file}).`,
        },
      ],
    };
  }
  if (!Array.isArray(history.log) || history.log.length === 0) {
    return {
      records,
      problems: [
        {
          file,
          message: `must be a list of revisions, oldest first (- revision: 1, date: "YYYY-MM-DD", note: "…", correction: false). Restore it from version control (git checkout -- ${file}).`,
        },
      ],
    };
  }
  history.log.forEach((raw: unknown, i) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const at = `entry ${i + 1}`;
    const n = entry.revision;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      problems.push({
        file,
        message: `${at}: "revision" must be a whole number from 1, found ${JSON.stringify(n)}.`,
      });
      return;
    }
    const expected = i + 1;
    if (n !== expected) {
      problems.push({
        file,
        message: `revision ${n} is listed where revision ${expected} belongs: revisions are numbered 1, 2, 3… without a gap. Restore the missing revision and its snapshot from version control (git checkout -- ${file}); never renumber published versions.`,
      });
    }
    if (!isDay(entry.date)) {
      problems.push({
        file,
        message: `revision ${n}: "date" must be the day it was published, as "YYYY-MM-DD" in quotes, found ${JSON.stringify(entry.date)}.`,
      });
    } else if (entry.date > today) {
      problems.push({
        file,
        message: `revision ${n} is dated ${entry.date}, after the day of the build (${today}). Date it the day it was published.`,
      });
    }
    const previous = records.at(-1);
    if (previous && isDay(entry.date) && entry.date < previous.date) {
      problems.push({
        file,
        message: `revision ${n} is dated ${entry.date}, before revision ${previous.revision} (${previous.date}). A revision cannot predate the one before it: date it ${previous.date} or later.`,
      });
    }
    if (typeof entry.correction !== 'boolean') {
      problems.push({
        file,
        message: `revision ${n}: "correction" must be true (a correction) or false (an update), found ${JSON.stringify(entry.correction)}.`,
      });
    }
    const note = typeof entry.note === 'string' ? entry.note.trim() : '';
    if (note === '') {
      problems.push({
        file,
        message:
          entry.correction === true
            ? `revision ${n} is a correction with an empty note. Say in one line what was wrong and what it now says (note: "…").`
            : `revision ${n} has an empty note. Say in one line what changed (note: "…").`,
      });
    }
    records.push({
      revision: n,
      date: typeof entry.date === 'string' ? entry.date : '',
      note,
      correction: entry.correction === true,
    });
  });
  return { records, problems };
}

/** The result of checking every history: the problems and, by event id, its revisions. */
export interface RevisionCheck {
  problems: RevisionProblem[];
  /** Each event's revisions, oldest first (when its stored history is sound, even if the event changed since). */
  revisions: Map<string, RevisionRecord[]>;
}

/**
 * Checks every rule of the module comment over the revisions of a content folder.
 * @returns every problem, in event order, and the revisions of each event whose history is sound.
 */
export async function checkRevisions(input: RevisionInput): Promise<RevisionCheck> {
  const { revisionsDir, today } = input;
  const problems: RevisionProblem[] = [];
  const revisions = new Map<string, RevisionRecord[]>();
  const histories = new Map(input.histories.map((h) => [h.eventId, h]));
  const eventIds = new Set(input.events.map((e) => e.id));

  let lock: RevisionLock | undefined;
  if (input.lock.text === undefined) {
    problems.push({
      file: input.lock.file,
      message: `is missing. It records the SHA-256 of every stored revision: restore it from version control (git checkout -- ${input.lock.file}), or, for content with no history yet, run npm run revise -- --seed.`,
    });
  } else {
    const parsed = parseLock(input.lock.file, input.lock.text);
    if ('message' in parsed) problems.push(parsed);
    else lock = parsed;
  }

  for (const history of input.histories) {
    if (!eventIds.has(history.eventId)) {
      problems.push({
        file: `${revisionsDir}/${history.eventId}/`,
        message: `is the revision history of an event that does not exist. Published events are never deleted or renamed: restore the event file (see README, "Permalinks").`,
      });
    }
  }

  const seenKeys = new Set<string>();
  for (const event of input.events) {
    const history = histories.get(event.id);
    if (!history) {
      problems.push({
        kind: 'unrecorded',
        file: event.file,
        message: `has no revision history (no ${revisionsDir}/${event.id}/). Record its first revision: npm run revise -- ${event.id} --note "First published".`,
      });
      continue;
    }
    const log = checkLog(history, today);
    const own: RevisionProblem[] = [...log.problems];
    const byName = new Map(history.snapshots.map((s) => [s.name, s]));
    for (const s of history.snapshots) {
      const m = SNAPSHOT.exec(s.name);
      if (!m || !log.records.some((r) => r.revision === Number(m[1]))) {
        own.push({
          file: s.path,
          message: `is not a revision listed in ${history.logFile}. A stored revision was renamed, or a stray file was added: restore the original name from version control (git status shows it), or remove the stray file.`,
        });
      }
    }
    for (const record of log.records) {
      const key = snapshotKey(event.id, record.revision);
      const path = `${revisionsDir}/${key}`;
      seenKeys.add(key);
      const snapshot = byName.get(`${record.revision}.mdx`);
      if (!snapshot) {
        own.push({
          file: path,
          message: `is missing: revision ${record.revision} is listed in ${history.logFile} but its snapshot was deleted or renamed. Stored revisions are never removed: restore it (git checkout -- ${path}).`,
        });
        continue;
      }
      if (!lock) continue;
      const want = lock.snapshots[key];
      if (want === undefined) {
        own.push({
          file: input.lock.file,
          message: `has no SHA-256 for ${key}: the lock file is out of step with the snapshots. Record revisions only with ${reviseCommand(event.id)}; if the lock was edited, restore it (git checkout -- ${input.lock.file}).`,
        });
        continue;
      }
      const got = await sha256Hex(snapshot.text);
      if (got !== want) {
        own.push({
          file: path,
          message: `was edited after it was recorded (its SHA-256 is ${got}; ${input.lock.file} records ${want}). A published revision never changes: restore it (git checkout -- ${path}). To change the event, edit ${event.file} and run ${reviseCommand(event.id)}.`,
        });
      }
    }
    if (own.length === 0) {
      const latest = log.records.at(-1)!;
      revisions.set(event.id, log.records);
      if (byName.get(`${latest.revision}.mdx`)!.text !== event.text) {
        own.push({
          kind: 'unrecorded',
          file: event.file,
          message: `has changed since its latest revision (${revisionsDir}/${snapshotKey(event.id, latest.revision)}). Record the change as revision ${latest.revision + 1}: ${reviseCommand(event.id)} (add --correction when it corrects an error).`,
        });
      }
    }
    problems.push(...own);
  }
  if (lock) {
    for (const key of Object.keys(lock.snapshots)) {
      if (!seenKeys.has(key) && !problems.some((p) => p.file.endsWith(key))) {
        problems.push({
          file: input.lock.file,
          message: `lists ${key}, which is not a listed revision: a stored revision was deleted or renamed. Restore it from version control (git checkout -- ${revisionsDir}/${key}).`,
        });
      }
    }
  }
  return { problems, revisions };
}

/** Problems as the build prints them: one `file: message` a line, with a heading. */
export function formatRevisionProblems(problems: readonly RevisionProblem[]): string {
  return [
    `The revision history is not sound (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
    ...problems.map((p) => `  ${p.file}: ${p.message}`),
  ].join('\n');
}

/** What `npm run revise` asks for. */
export interface ReviseRequest {
  note: string;
  correction: boolean;
  /** `YYYY-MM-DD`, the day the revision is published (the day the command runs, UTC). */
  date: string;
}

/**
 * The next revision of an event whose current text differs from its latest one.
 * @param records the event's revisions so far, oldest first (empty for its first revision).
 * @param latestText the latest snapshot's text (`undefined` when there is none yet).
 * @param currentText the event file's text now.
 * @returns the new record, or an error message saying why no revision can be recorded.
 */
export function nextRevision(
  records: readonly RevisionRecord[],
  latestText: string | undefined,
  currentText: string,
  request: ReviseRequest,
): RevisionRecord | { error: string } {
  const note = request.note.trim();
  if (note === '')
    return {
      error: request.correction
        ? 'a correction needs a note saying what was wrong and what the text now says: --note "…"'
        : 'a revision needs a note saying what changed: --note "…"',
    };
  if (!isDay(request.date))
    return { error: `the date must be YYYY-MM-DD, found "${request.date}"` };
  const last = records.at(-1);
  if (last && request.date < last.date)
    return { error: `revision ${last.revision} is dated ${last.date}, after ${request.date}` };
  if (latestText !== undefined && latestText === currentText)
    return {
      error: `the event has not changed since revision ${last?.revision ?? 1}; edit it first`,
    };
  return {
    revision: (last?.revision ?? 0) + 1,
    date: request.date,
    note,
    correction: request.correction,
  };
}

/**
 * Which revision first carried each of an event's corrections: the corrections log links each
 * correction to the version that made it.
 * @param correctionCounts for each revision, oldest first, how many corrections its snapshot lists.
 * @returns for correction k (from 1), at index k − 1, the revision number that first listed it.
 */
export function correctionRevisions(correctionCounts: readonly number[]): number[] {
  const out: number[] = [];
  correctionCounts.forEach((count, i) => {
    while (out.length < count) out.push(i + 1);
  });
  return out;
}
