/**
 * The revision rules (src/lib/revisions/rules.ts), one bad input at a time: each must give a
 * problem naming the file and the fix, and a sound history none.
 */
import { describe, expect, it } from 'vitest';
import {
  checkLog,
  checkRevisions,
  correctionRevisions,
  formatLock,
  nextRevision,
  parseLock,
  sha256Hex,
  type RevisionInput,
  type StoredHistory,
} from '../../../src/lib/revisions';

const V1 = '---\ntitle: "First"\n---\nText one.\n';
const V2 = '---\ntitle: "First"\n---\nText two.\n';
const R = 'content/revisions';
const ID = '2025-05-15-review';
const LOG = `${R}/${ID}/revisions.yaml`;

const record = (revision: number, date: string, note = 'Changed.', correction = false) => ({
  revision,
  date,
  note,
  correction,
});

/** A sound two-revision history whose current file is revision 2; `change` breaks one thing. */
async function input(
  change: (i: RevisionInput, h: StoredHistory, lock: Record<string, string>) => void = () => {},
): Promise<RevisionInput> {
  const lock: Record<string, string> = {
    [`${ID}/1.mdx`]: await sha256Hex(V1),
    [`${ID}/2.mdx`]: await sha256Hex(V2),
  };
  const history: StoredHistory = {
    eventId: ID,
    logFile: LOG,
    log: [
      record(1, '2026-11-29', 'First published.'),
      record(2, '2026-12-01', 'Date corrected.', true),
    ],
    snapshots: [
      { name: '1.mdx', path: `${R}/${ID}/1.mdx`, text: V1 },
      { name: '2.mdx', path: `${R}/${ID}/2.mdx`, text: V2 },
    ],
  };
  const i: RevisionInput = {
    revisionsDir: R,
    events: [{ id: ID, file: `content/events/${ID}.mdx`, text: V2 }],
    histories: [history],
    lock: { file: `${R}/lock.json`, text: '' },
    today: '2026-12-03',
  };
  change(i, history, lock);
  i.lock.text ??= undefined;
  if (i.lock.text === '') i.lock.text = formatLock({ algorithm: 'SHA-256', snapshots: lock });
  return i;
}

const problems = async (change: Parameters<typeof input>[0]) =>
  (await checkRevisions(await input(change))).problems;

describe('checkRevisions', () => {
  it('accepts a sound history and returns its revisions', async () => {
    const { problems: found, revisions } = await checkRevisions(await input());
    expect(found).toEqual([]);
    expect(revisions.get(ID)?.map((r) => r.revision)).toEqual([1, 2]);
  });

  it('an event changed without a new revision names the event file and npm run revise', async () => {
    const found = await problems((i) => (i.events[0]!.text = 'edited'));
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe(`content/events/${ID}.mdx`);
    expect(found[0]!.message).toContain(`npm run revise -- ${ID} --note`);
    expect(found[0]!.message).toContain('revision 3');
  });

  it('an event with no history names the command that records revision 1', async () => {
    const found = await problems((i) => (i.histories = []));
    expect(found[0]!.file).toBe(`content/events/${ID}.mdx`);
    expect(found[0]!.message).toContain(`npm run revise -- ${ID} --note "First published"`);
  });

  it('a stored revision edited after it was recorded', async () => {
    const found = await problems((_i, h) => (h.snapshots[0]!.text = 'Text one, edited.\n'));
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe(`${R}/${ID}/1.mdx`);
    expect(found[0]!.message).toMatch(
      /was edited after it was recorded.*git checkout -- content\/revisions\/2025-05-15-review\/1\.mdx/,
    );
  });

  it('a stored revision deleted', async () => {
    const found = await problems((_i, h) => h.snapshots.splice(0, 1));
    expect(found.map((p) => p.file)).toContain(`${R}/${ID}/1.mdx`);
    expect(found.find((p) => p.file === `${R}/${ID}/1.mdx`)!.message).toContain(
      'deleted or renamed',
    );
  });

  it('a stored revision renamed', async () => {
    const found = await problems(
      (_i, h) => (h.snapshots[1] = { ...h.snapshots[1]!, name: '3.mdx', path: `${R}/${ID}/3.mdx` }),
    );
    expect(found.map((p) => p.file)).toEqual(
      expect.arrayContaining([`${R}/${ID}/3.mdx`, `${R}/${ID}/2.mdx`]),
    );
    expect(found.find((p) => p.file.endsWith('3.mdx'))!.message).toContain('renamed');
  });

  it('a revision number skipped', async () => {
    const found = await problems((_i, h) => {
      h.log = [record(1, '2026-11-29'), record(3, '2026-12-01')];
    });
    expect(found[0]!.file).toBe(LOG);
    expect(found[0]!.message).toContain('revision 3 is listed where revision 2 belongs');
  });

  it('a revision dated before its predecessor', async () => {
    const found = await problems((_i, h) => {
      h.log = [record(1, '2026-11-29'), record(2, '2026-11-28')];
    });
    expect(found).toEqual([
      {
        file: LOG,
        message: expect.stringContaining(
          'revision 2 is dated 2026-11-28, before revision 1 (2026-11-29)',
        ),
      },
    ]);
  });

  it('a revision dated after the day of the build', async () => {
    const found = await problems((_i, h) => {
      h.log = [record(1, '2026-11-29'), record(2, '2026-12-04')];
    });
    expect(found).toEqual([
      { file: LOG, message: expect.stringContaining('after the day of the build (2026-12-03)') },
    ]);
  });

  it('a correction with an empty note', async () => {
    const found = await problems((_i, h) => {
      h.log = [record(1, '2026-11-29'), record(2, '2026-12-01', '  ', true)];
    });
    expect(found).toEqual([
      {
        file: LOG,
        message: expect.stringContaining('revision 2 is a correction with an empty note'),
      },
    ]);
  });

  it('an update with an empty note', async () => {
    const found = await problems((_i, h) => {
      h.log = [record(1, '2026-11-29', ''), record(2, '2026-12-01')];
    });
    expect(found[0]!.message).toContain('revision 1 has an empty note');
  });

  it('a lock file with no hash for a snapshot', async () => {
    const found = await problems((_i, _h, lock) => delete lock[`${ID}/2.mdx`]);
    expect(found).toEqual([
      {
        file: `${R}/lock.json`,
        message: expect.stringContaining(
          `has no SHA-256 for ${ID}/2.mdx: the lock file is out of step`,
        ),
      },
    ]);
  });

  it('a lock file listing a revision that is not there', async () => {
    const found = await problems((_i, _h, lock) => (lock[`${ID}/3.mdx`] = '0'.repeat(64)));
    expect(found).toEqual([
      {
        file: `${R}/lock.json`,
        message: expect.stringContaining(`lists ${ID}/3.mdx, which is not a listed revision`),
      },
    ]);
  });

  it('a missing lock file', async () => {
    const found = await problems((i) => (i.lock.text = undefined));
    expect(found[0]).toEqual({
      file: `${R}/lock.json`,
      message: expect.stringContaining('is missing'),
    });
  });

  it('a lock file that is not the lock format', async () => {
    const found = await problems((i) => (i.lock.text = '{"snapshots": 1}'));
    expect(found[0]!.file).toBe(`${R}/lock.json`);
    expect(found[0]!.message).toContain('"algorithm": "SHA-256"');
  });

  it('a history with no event', async () => {
    const found = await problems((i) => (i.events = []));
    expect(found[0]!.file).toBe(`${R}/${ID}/`);
    expect(found[0]!.message).toContain('an event that does not exist');
  });

  it('a missing revisions.yaml', async () => {
    const found = await problems((_i, h) => (h.log = undefined));
    expect(found[0]).toEqual({ file: LOG, message: expect.stringContaining('is missing') });
  });
});

describe('checkLog', () => {
  const history = (log: unknown): StoredHistory => ({
    eventId: ID,
    logFile: LOG,
    log,
    snapshots: [],
  });
  it('rejects a date that is not a calendar day', () => {
    expect(
      checkLog(history([record(1, '2026-02-30')]), '2026-12-03').problems[0]!.message,
    ).toContain('"YYYY-MM-DD"');
  });
  it('rejects a correction flag that is not a boolean', () => {
    expect(
      checkLog(
        history([{ revision: 1, date: '2026-11-29', note: 'x', correction: 'yes' }]),
        '2026-12-03',
      ).problems[0]!.message,
    ).toContain('"correction" must be true');
  });
  it('rejects a log that is not a list', () => {
    expect(checkLog(history({}), '2026-12-03').problems[0]!.message).toContain('must be a list');
  });
});

describe('nextRevision', () => {
  const records = [record(1, '2026-11-29')];
  it('numbers the next revision and keeps its note, day and kind', () => {
    expect(
      nextRevision(records, V1, V2, {
        note: ' Date corrected. ',
        correction: true,
        date: '2026-12-03',
      }),
    ).toEqual(record(2, '2026-12-03', 'Date corrected.', true));
  });
  it('refuses an unchanged event', () => {
    expect(
      nextRevision(records, V1, V1, { note: 'x', correction: false, date: '2026-12-03' }),
    ).toEqual({ error: expect.stringContaining('has not changed') });
  });
  it('refuses an empty correction note', () => {
    expect(
      nextRevision(records, V1, V2, { note: '', correction: true, date: '2026-12-03' }),
    ).toEqual({ error: expect.stringContaining('a correction needs a note') });
  });
  it('refuses a day before the latest revision', () => {
    expect(
      nextRevision(records, V1, V2, { note: 'x', correction: false, date: '2026-11-01' }),
    ).toEqual({ error: expect.stringContaining('dated 2026-11-29') });
  });
  it('gives an event with no history its revision 1', () => {
    expect(
      nextRevision([], undefined, V1, {
        note: 'First published.',
        correction: false,
        date: '2026-11-29',
      }),
    ).toMatchObject({ revision: 1 });
  });
});

describe('lock file and corrections', () => {
  it('round-trips the lock, keys in numeric order', () => {
    const text = formatLock({
      algorithm: 'SHA-256',
      snapshots: { 'a/10.mdx': 'b'.repeat(64), 'a/2.mdx': 'a'.repeat(64) },
    });
    expect(text.indexOf('a/2.mdx')).toBeLessThan(text.indexOf('a/10.mdx'));
    expect(parseLock('lock.json', text)).toEqual({
      algorithm: 'SHA-256',
      snapshots: { 'a/2.mdx': 'a'.repeat(64), 'a/10.mdx': 'b'.repeat(64) },
    });
  });
  it('hashes text with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
  it('links each correction to the revision that first listed it', () => {
    expect(correctionRevisions([0, 1, 1, 3])).toEqual([2, 4, 4]);
    expect(correctionRevisions([2])).toEqual([1, 1]);
  });
});
