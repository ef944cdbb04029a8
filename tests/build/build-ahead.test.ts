import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { scratchDir } from '../support/build-fixture';
import { buildAhead } from '../../src/build/build-ahead';
import { cacheDirFor } from '../../src/build/build-cache';
import type { CardFont } from '../../src/lib/drawing/social-card';
import { renderCard } from '../../src/build/social-cards';

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`);
const fontFiles = ([400, 700] as const).map((weight) => ({
  name: 'Source Serif 4',
  weight,
  file: fontFile(weight),
}));
const fonts: CardFont[] = fontFiles.map((f) => ({
  name: f.name,
  weight: f.weight,
  style: 'normal',
  data: readFileSync(f.file),
}));
const card = (title: string) => ({
  kicker: 'Event',
  title,
  details: ['August 2025', 'Evidence status: Reported'],
  site: 'Test site',
});
const cards = ['One', 'Two', 'Three'].map((t) => ({
  path: `events/${t.toLowerCase()}`,
  content: card(`${t} thing happened`),
}));

// The worker writes into the build cache (its hand-off), so each test gets a folder of its own.
const folders: string[] = [];
const freshCache = () => {
  const dir = scratchDir('build-ahead');
  folders.push(dir);
  vi.stubEnv('CACHE_DIR', dir);
  return dir;
};
afterAll(() => {
  vi.unstubAllEnvs();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('the build-ahead worker', () => {
  test('gives each card the same PNG as drawing it on the main thread, in any order asked', async () => {
    freshCache();
    const ahead = buildAhead({ cards, fonts: fontFiles }, process.cwd(), fonts);
    await ahead.finished;
    // The worker drew them: its hand-off files are in the build cache (the main thread, with the
    // cache off in unit tests, writes none).
    expect(readdirSync(join(cacheDirFor(), 'build-cache', 'social-cards'))).toHaveLength(3);
    const [three, one, two] = await Promise.all(
      ['three', 'one', 'two'].map((name, i) =>
        ahead.card(`events/${name}`, cards[[2, 0, 1][i]!]!.content),
      ),
    );
    expect(one!.equals(await renderCard(cards[0]!.content, fonts))).toBe(true);
    expect(two!.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(three!.equals(one!)).toBe(false);
  }, 60_000);

  test('a card asked for before the worker drew it is drawn on the calling thread, and the worker skips it', async () => {
    freshCache();
    const many = Array.from({ length: 12 }, (_, i) => ({
      path: `events/e${i}`,
      content: card(`Event number ${i}`),
    }));
    const ahead = buildAhead({ cards: many, fonts: fontFiles }, process.cwd(), fonts);
    // The worker starts from the end; the first card is asked for at once.
    const first = await ahead.card('events/e0', many[0]!.content);
    expect(first.equals(await renderCard(many[0]!.content, fonts))).toBe(true);
    await ahead.finished;
    expect(readdirSync(join(cacheDirFor(), 'build-cache', 'social-cards'))).toHaveLength(11);
  }, 60_000);

  test("formats every entry's citations into the build cache", async () => {
    freshCache();
    vi.stubEnv('BUILD_CACHE', '');
    const site = { name: 'Test site', publisher: 'Test publisher', language: 'en-GB' };
    const entries = ['a', 'b'].map((id) => ({
      id,
      title: `Entry ${id}`,
      url: `https://example.org/events/${id}/`,
      published: '2026-11-29',
    }));
    await buildAhead(
      { citations: { entries, site }, cards: [], fonts: fontFiles },
      process.cwd(),
      fonts,
    ).finished;
    vi.stubEnv('BUILD_CACHE', 'off');
    // Two entries × (APA, MLA, Chicago note and bibliography, Harvard, BibTeX, RIS).
    expect(readdirSync(join(cacheDirFor(), 'build-cache', 'citations'))).toHaveLength(14);
  }, 60_000);

  test('with BUILD_CACHE=off it formats no citations (nothing could reuse them)', async () => {
    freshCache();
    const site = { name: 'Test site', publisher: 'Test publisher', language: 'en-GB' };
    await buildAhead(
      {
        citations: {
          entries: [
            { id: 'a', title: 'A', url: 'https://example.org/a/', published: '2026-11-29' },
          ],
          site,
        },
        cards: cards.slice(0, 1),
        fonts: fontFiles,
      },
      process.cwd(),
      fonts,
    ).finished;
    // The card's hand-off file shows where the cache is; no citation is beside it.
    expect(existsSync(join(cacheDirFor(), 'build-cache', 'social-cards'))).toBe(true);
    expect(existsSync(join(cacheDirFor(), 'build-cache', 'citations'))).toBe(false);
  }, 60_000);

  test('draws a card itself when the worker cannot (here: a font file that does not exist)', async () => {
    const dir = freshCache();
    const broken = fontFiles.map((f) => ({ ...f, file: join(dir, 'missing.woff') }));
    const ahead = buildAhead({ cards, fonts: broken }, process.cwd(), fonts);
    await ahead.finished;
    const one = await ahead.card('events/one', cards[0]!.content);
    expect(one.equals(await renderCard(cards[0]!.content, fonts))).toBe(true);
  }, 60_000);

  test('a card the worker was not given is drawn on the calling thread', async () => {
    freshCache();
    const ahead = buildAhead({ cards: [], fonts: fontFiles }, process.cwd(), fonts);
    await ahead.finished;
    const extra = card('Not in the job');
    expect((await ahead.card('events/extra', extra)).equals(await renderCard(extra, fonts))).toBe(
      true,
    );
  }, 60_000);
});
