import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { drawInBackground } from '../../src/lib/card-drawing';
import { renderCard, type CardFont } from '../../src/lib/social-card';

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) => require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`);
const fontFiles = ([400, 700] as const).map((weight) => ({ name: 'Source Serif 4', weight, file: fontFile(weight) }));
const fonts: CardFont[] = fontFiles.map((f) => ({ name: f.name, weight: f.weight, style: 'normal', data: readFileSync(f.file) }));
const card = (title: string) => ({ kicker: 'Event', title, details: ['August 2025', 'Evidence status: Reported'], site: 'Test site' });
const cards = ['One', 'Two', 'Three'].map((t) => ({ path: `events/${t.toLowerCase()}`, content: card(`${t} thing happened`) }));

// The worker writes into the build cache (its hand-off), so it gets a folder of its own.
const cacheDir = mkdtempSync(join(tmpdir(), 'card-drawing-'));
vi.stubEnv('CACHE_DIR', cacheDir);
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('drawing social cards in a worker thread', () => {
  test('gives each card the same PNG as drawing it on the main thread, in any order asked', async () => {
    const png = drawInBackground({ cards, fonts: fontFiles }, process.cwd(), fonts);
    const [three, one, two] = await Promise.all([png('events/three', cards[2]!.content), png('events/one', cards[0]!.content), png('events/two', cards[1]!.content)]);
    expect(one.equals(await renderCard(cards[0]!.content, fonts))).toBe(true);
    expect(two.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(three.equals(one)).toBe(false);
    // The worker drew them: its hand-off files are in the build cache (the main thread, with the
    // cache off in unit tests, writes none).
    expect(readdirSync(join(cacheDir, 'build-cache', 'social-cards'))).toHaveLength(3);
  }, 60_000);

  test('draws a card itself when the worker cannot (here: a font file that does not exist)', async () => {
    const broken = fontFiles.map((f) => ({ ...f, file: join(cacheDir, 'missing.woff') }));
    const png = drawInBackground({ cards, fonts: broken }, process.cwd(), fonts);
    const one = await png('events/one', cards[0]!.content);
    expect(one.equals(await renderCard(cards[0]!.content, fonts))).toBe(true);
  }, 60_000);

  test('a card the worker was not given is drawn on the calling thread', async () => {
    const png = drawInBackground({ cards: [], fonts: fontFiles }, process.cwd(), fonts);
    const extra = card('Not in the job');
    expect((await png('events/extra', extra)).equals(await renderCard(extra, fonts))).toBe(true);
  }, 60_000);
});
