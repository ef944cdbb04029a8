/**
 * `npm run new:event|new:actor|new:source` with flags: each writes a draft that passes the
 * content check; an id already used by a file or registered in permalinks.txt is refused, with
 * the exact message.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/build/content-check';
import { buildFixture, removeScratch, scratchDir } from '../support/build-fixture';
import { datePrefix, eventId, slugify, sourceId } from '../../src/lib/content/scaffold';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const work = scratchDir('scaffold');
afterAll(() => removeScratch(work));
const today = new Date().toISOString().slice(0, 10);

async function scaffold(
  folder: string,
  kind: string,
  ...flags: string[]
): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['scripts/new-entry.mjs', kind, ...flags],
      { cwd: root, env: { ...process.env, CONTENT_DIR: folder } },
    );
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, out: e.stdout ?? '', err: e.stderr ?? '' };
  }
}

describe('ids of new entries', () => {
  it('start with the date at its known precision, then the slug', () => {
    expect(eventId('2026-01-15', 'Example')).toBe('2026-01-15-example');
    expect(eventId('2025-08', 'dutch questions')).toBe('2025-08-dutch-questions');
    expect(eventId('2021-23', 'meeting')).toBe('2021-meeting');
    expect(datePrefix('2025-08-19/2025-08-27')).toBe('2025-08-19');
    expect(sourceId('The Guardian', '2025-08-06', 'Million calls an hour')).toBe(
      'guardian-2025-08-06-million-calls-an-hour',
    );
    expect(slugify('Brad Smith’s office – Redmond')).toBe('brad-smiths-office-redmond');
  });
  it('refuse a date that is not EDTF', () => {
    expect(() => eventId('6 August 2025', 'x')).toThrow('"6 August 2025" is not a valid EDTF date');
  });
});

describe('new:actor, new:source, new:event', () => {
  const folder = join(work, 'content');
  cpSync(join(root, 'tests', 'content', 'valid'), folder, { recursive: true });

  it('each writes a draft with today as published, and the result passes check:content', async () => {
    const actor = await scaffold(folder, 'actor', '--name', 'Example Person', '--kind', 'person');
    expect(actor.out.split('\n')[0]).toBe(`Wrote ${folder}/actors/example-person.md (a draft).`);
    const source = await scaffold(
      folder,
      'source',
      '--publisher',
      'The Example Times',
      '--date',
      '2026-01-15',
      '--slug',
      'example-report',
      '--title',
      'An example report',
      '--kind',
      'news report',
      '--language',
      'en',
    );
    expect(source.out.split('\n')[0]).toBe(
      `Wrote ${folder}/sources/example-times-2026-01-15-example-report.yaml (a draft).`,
    );
    const event = await scaffold(
      folder,
      'event',
      '--date',
      '2026-01-15',
      '--slug',
      'example',
      '--title',
      'An example event',
      '--actor',
      'example-person',
      '--actor',
      'microsoft',
      '--source',
      'example-times-2026-01-15-example-report',
      '--status',
      'reported',
    );
    expect(event.code).toBe(0);
    expect(event.out).toContain(
      `Wrote ${folder}/events/2026-01-15-example.mdx (a draft).\n  - Write the summary and the text`,
    );
    const text = readFileSync(join(folder, 'events', '2026-01-15-example.mdx'), 'utf8');
    expect(text).toContain(`published: "${today}"\ndraft: true\n`);
    expect(checkContent(folder, root).problems.map((p) => formatProblem(p))).toEqual([]);
  });

  it('with only a date, a slug and a title, writes a draft that builds and is refused once undrafted', async () => {
    const event = await scaffold(
      folder,
      'event',
      '--date',
      '2026-01-17',
      '--slug',
      'bare',
      '--title',
      'A bare event',
    );
    expect(event.err).toBe('');
    expect(event.out).toContain(`Wrote ${folder}/events/2026-01-17-bare.mdx (a draft).`);
    expect(event.out).toContain('  - Name the actors');
    const file = join(folder, 'events', '2026-01-17-bare.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('actors: [] # TODO:');
    expect(text).toContain('status: "alleged" # TODO: decide');
    expect(checkContent(folder, root).problems.map((p) => formatProblem(p))).toEqual([]);
    const build = await buildFixture('scaffold-build', {
      prepare: (content) => cpSync(folder, content, { recursive: true }),
    });
    try {
      expect(build.output).not.toMatch(/error/i);
      expect(build.code).toBe(0);
      // The new actor, source and events are drafts: a production build leaves them out.
      expect(existsSync(join(build.dist, 'events', '2026-01-17-bare'))).toBe(false);
      expect(existsSync(join(build.dist, 'events', '2026-01-15-example'))).toBe(false);
      expect(existsSync(join(build.dist, 'actors', 'example-person'))).toBe(false);
      expect(existsSync(join(build.dist, 'index.html'))).toBe(true);
    } finally {
      removeScratch(build.dir);
    }
    writeFileSync(file, text.replace('draft: true\n', ''));
    expect(checkContent(folder, root).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'text: "TODO:" marks text still to be written, and the entry is not a draft.',
      'actors: Add at least 1 actor ids.',
      'sources: Add at least 1 source ids.',
    ]);
    rmSync(file);
  }, 120_000);

  it('refuses an id a file already has', async () => {
    const again = await scaffold(
      folder,
      'event',
      '--date',
      '2026-01-15',
      '--slug',
      'example',
      '--title',
      'Another',
    );
    expect(again.code).toBe(1);
    expect(again.err.trim()).toBe(
      `new:event: The id "2026-01-15-example" is already used by a file in ${folder}/events/. Choose another slug; never reuse or rename a published entry's id.`,
    );
  });

  it('refuses an id registered in permalinks.txt, even with no file', async () => {
    writeFileSync(join(folder, 'permalinks.txt'), '/events/2025-01-01-gone/\n');
    const registered = await scaffold(
      folder,
      'event',
      '--date',
      '2025-01-01',
      '--slug',
      'gone',
      '--title',
      'Gone',
    );
    expect(registered.code).toBe(1);
    expect(registered.err.trim()).toBe(
      `new:event: The address /events/2025-01-01-gone/ is registered in ${folder}/permalinks.txt: it was published for another entry and stays with it. Choose another slug.`,
    );
    expect(existsSync(join(folder, 'events', '2025-01-01-gone.mdx'))).toBe(false);
  });

  it('refuses an unknown actor, and asks for what is missing when there is no terminal', async () => {
    expect(
      (
        await scaffold(
          folder,
          'event',
          '--date',
          '2026-01-16',
          '--slug',
          'x',
          '--title',
          'X',
          '--actor',
          'nobody',
          '--source',
          'ms-2025-05-15-statement',
          '--status',
          'reported',
        )
      ).err.trim(),
    ).toBe(
      `new:event: No actor "nobody" in ${folder}/actors/. Create it first (npm run new:actor) or fix the id.`,
    );
    expect((await scaffold(folder, 'actor', '--kind', 'person')).err.trim()).toBe(
      'new:actor: Missing --name: The name, as readers know it:',
    );
  });

  it('a published entry still holding a placeholder is refused', () => {
    const file = join(folder, 'actors', 'example-person.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true\n', ''));
    expect(
      checkContent(folder, root).problems.map((p) =>
        formatProblem(p).replace(`${relative(root, folder)}/`, ''),
      )[0],
    ).toBe(
      'actors/example-person.md:4:15  text  "TODO:" marks text still to be written, and the entry is not a draft.  (write that text, or put draft: true back until it is ready)',
    );
  });
});
