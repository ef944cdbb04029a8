/**
 * The revision files on disk (src/build/revisions.ts): seeding, recording a revision, the build's
 * verification, the preview's leniency for unrecorded edits, drafts, and a correction that must be
 * listed. Each test works in its own folder under node_modules/.cache/tests/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  recordRevision,
  revisionsEnabled,
  seedRevisions,
  verifyRevisions,
} from '../../../src/build/revisions';

const EVENT = (text: string, extra = '') =>
  `---\ntitle: "T"\npublished: "2026-11-29"\n${extra}---\n${text}\n`;
let dir: string;
const today = new Date().toISOString().slice(0, 10);

beforeEach(() => {
  mkdirSync(join('node_modules', '.cache', 'tests'), { recursive: true });
  dir = mkdtempSync(join('node_modules', '.cache', 'tests', 'revisions-build-'));
  mkdirSync(join(dir, 'events'));
  writeFileSync(join(dir, 'events', '2025-a.mdx'), EVENT('One.'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (text: string, extra = '') =>
  writeFileSync(join(dir, 'events', '2025-a.mdx'), EVENT(text, extra));

describe('revision files', () => {
  it('a content folder without revisions/ keeps none, unless its registry lists a version page', async () => {
    expect(revisionsEnabled(dir)).toBe(false);
    expect(await verifyRevisions(dir)).toEqual(new Map());
    writeFileSync(join(dir, 'permalinks.txt'), '/events/2025-a/v/1/\n');
    expect(revisionsEnabled(dir)).toBe(true);
    await expect(verifyRevisions(dir)).rejects.toThrow(/lock\.json: is missing/);
  });

  it('seeds revision 1 from the published day, then records revision 2 after an edit', async () => {
    expect(await seedRevisions(() => 'First published.', dir)).toEqual(['2025-a']);
    expect((await verifyRevisions(dir)).get('2025-a')).toEqual([
      { revision: 1, date: '2026-11-29', note: 'First published.', correction: false },
    ]);
    edit('Two.');
    await expect(verifyRevisions(dir)).rejects.toThrow(
      /2025-a\.mdx: has changed since its latest revision.*npm run revise -- 2025-a --note/,
    );
    expect(
      await recordRevision('2025-a', { note: 'Reworded.', correction: false, date: today }, dir),
    ).toMatchObject({ revision: 2 });
    expect(readFileSync(join(dir, 'revisions', '2025-a', '2.mdx'), 'utf8')).toBe(EVENT('Two.'));
    expect(
      JSON.parse(readFileSync(join(dir, 'revisions', 'lock.json'), 'utf8')).snapshots,
    ).toHaveProperty(['2025-a/2.mdx']);
    expect((await verifyRevisions(dir)).get('2025-a')).toHaveLength(2);
  });

  it('the preview shows an unrecorded edit with a warning; the build refuses it', async () => {
    await seedRevisions(() => 'First published.', dir);
    edit('Two.');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await verifyRevisions(dir, { preview: true })).get('2025-a')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('npm run revise -- 2025-a'));
    warn.mockRestore();
    await expect(verifyRevisions(dir)).rejects.toThrow(/has changed/);
  });

  it('the preview still refuses an edited stored revision', async () => {
    await seedRevisions(() => 'First published.', dir);
    writeFileSync(join(dir, 'revisions', '2025-a', '1.mdx'), EVENT('Tampered.'));
    await expect(verifyRevisions(dir, { preview: true })).rejects.toThrow(
      /1\.mdx: was edited after it was recorded/,
    );
  });

  it('a draft needs no revision until it is published', async () => {
    await seedRevisions(() => 'First published.', dir);
    writeFileSync(join(dir, 'events', '2025-b.mdx'), EVENT('Draft.', 'draft: true\n'));
    expect([...(await verifyRevisions(dir)).keys()]).toEqual(['2025-a']);
    writeFileSync(join(dir, 'events', '2025-b.mdx'), EVENT('Draft.'));
    await expect(verifyRevisions(dir)).rejects.toThrow(
      /2025-b\.mdx: has no revision history.*npm run revise -- 2025-b --note "First published"/,
    );
  });

  it('a correction must be listed in the event before it is recorded', async () => {
    await seedRevisions(() => 'First published.', dir);
    edit('Corrected.');
    await expect(
      recordRevision('2025-a', { note: 'Fixed the date.', correction: true, date: today }, dir),
    ).rejects.toThrow(/lists no new correction/);
    edit('Corrected.', `corrections:\n  - { date: "${today}", text: "The date was wrong." }\n`);
    expect(
      await recordRevision(
        '2025-a',
        { note: 'Fixed the date.', correction: true, date: today },
        dir,
      ),
    ).toMatchObject({ revision: 2, correction: true });
  });

  it('refuses to record an unchanged event or an unknown one', async () => {
    await seedRevisions(() => 'First published.', dir);
    await expect(
      recordRevision('2025-a', { note: 'x', correction: false, date: today }, dir),
    ).rejects.toThrow(/has not changed/);
    await expect(
      recordRevision('2025-z', { note: 'x', correction: false, date: today }, dir),
    ).rejects.toThrow(/no event "2025-z"/);
  });
});
