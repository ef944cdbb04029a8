/**
 * Social cards of the Arabic and Hebrew editions: laid out from the right (accent bar on the
 * right, every line of text ending at the right margin), set in a face that covers the script,
 * and drawn by resvg from the TTF files of the pinned packages. The PNGs are written to a temp
 * folder (its path is printed) to be looked at.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { scratchDir } from '../support/build-fixture';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardFamily,
  cardSvg,
  cardTree,
  type CardContent,
  type CardFont,
} from '../../src/lib/drawing/social-card';
import { renderCard } from '../../src/build/social-cards';
import { scriptCardFontFiles, scriptCardFonts } from '../../src/build/card-fonts';

const require = createRequire(import.meta.url);
const latin: CardFont[] = ([400, 700] as const).map((weight) => ({
  name: 'Source Serif 4',
  weight,
  style: 'normal',
  data: readFileSync(
    require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`),
  ),
}));
// Invented titles in the style of the story's (no fact of the story is stated by a test card).
const arabic: CardContent = {
  kicker: 'حدث',
  title: 'عنوان تجريبي عن Azure والوحدة 8200 يمتد على سطرين على الأقل في البطاقة',
  details: ['أغسطس 2025', 'حالة الأدلة: مؤكد'],
  site: 'Azure and Unit 8200',
  direction: 'rtl',
  lang: 'ar',
};
const hebrew: CardContent = {
  kicker: 'אירוע',
  title: 'כותרת לדוגמה על Azure ויחידה 8200',
  details: ['אוגוסט 2025', 'מצב הראיות: מאושר'],
  site: 'Azure and Unit 8200',
  direction: 'rtl',
  lang: 'he',
};
const english: CardContent = {
  kicker: 'Event',
  title: 'A test title about Azure and Unit 8200',
  details: ['August 2025', 'Evidence status: Confirmed'],
  site: 'Azure and Unit 8200',
};
const MARGIN = 24 + 72; // the accent bar and the padding beside it

let dir: string;
beforeAll(() => {
  dir = scratchDir('social-cards-rtl');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of text of a card's SVG (satori's `<text>` runs, grouped by baseline): left and right edges. */
function lines(svg: string): { y: number; left: number; right: number; text: string }[] {
  const runs = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*>([^<]*)/g)];
  const byY = new Map<number, { y: number; left: number; right: number; text: string }>();
  for (const [, x, y, w, text] of runs) {
    const line = byY.get(Number(y)) ?? { y: Number(y), left: Infinity, right: -Infinity, text: '' };
    line.left = Math.min(line.left, Number(x));
    line.right = Math.max(line.right, Number(x) + Number(w));
    line.text += text;
    byY.set(Number(y), line);
  }
  return [...byY.values()];
}

/** The leftmost and rightmost dark (ink) pixel of a drawn card, and the colour at each edge. */
function ink(svg: string, files: string[]) {
  const image = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: files },
  }).render();
  const px = image.pixels;
  let left = CARD_WIDTH;
  let right = -1;
  for (let y = 0; y < CARD_HEIGHT; y++)
    for (let x = 0; x < CARD_WIDTH; x++) {
      const i = (y * CARD_WIDTH + x) * 4;
      if (px[i]! < 90 && px[i + 1]! < 90 && px[i + 2]! < 90) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  const red = (x: number) =>
    px[(300 * CARD_WIDTH + x) * 4]! > 140 && px[(300 * CARD_WIDTH + x) * 4 + 1]! < 60;
  return { left, right, barRight: red(CARD_WIDTH - 8), barLeft: red(8) };
}

describe.each([
  ['Arabic', arabic, 'arabic', 'Noto Naskh Arabic'],
  ['Hebrew', hebrew, 'hebrew', 'Noto Serif Hebrew'],
] as const)('the %s card', (_, card, script, family) => {
  it('is set in the face of its script, which covers every letter of it', async () => {
    expect(cardFamily(card)).toBe(family);
    const missing: string[] = [];
    await satori(cardTree(card), {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts: scriptCardFonts(script).fonts,
      loadAdditionalAsset: async (code, segment) => {
        missing.push(`${code}: ${segment}`);
        return [];
      },
    });
    expect(missing).toEqual([]);
    // The check can fail: the Latin face alone lacks the script.
    const without: string[] = [];
    await satori(
      {
        ...cardTree(card),
        props: {
          ...cardTree(card).props,
          style: { ...cardTree(card).props.style, fontFamily: 'Source Serif 4' },
        },
      },
      {
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        fonts: latin,
        loadAdditionalAsset: async (code, segment) => {
          without.push(`${code}: ${segment}`);
          return [];
        },
      },
    );
    expect(without.length).toBeGreaterThan(0);
  }, 30_000);

  it('ends every line of text at the right margin, with the bar on the right', async () => {
    const svg = await cardSvg(card, [...latin, ...scriptCardFonts(script).fonts]);
    const found = lines(svg);
    expect(found.length).toBeGreaterThanOrEqual(5); // kicker, title, two details, site
    for (const line of found) {
      // satori's runs carry the face's side bearings: a few units either way.
      expect(Math.abs(line.right - (CARD_WIDTH - MARGIN)), line.text).toBeLessThan(4);
      expect(line.left, line.text).toBeGreaterThanOrEqual(MARGIN - 1);
    }
    // The title's words in reading order: the first word is the rightmost.
    const firstWord = card.title.split(' ')[0]!;
    const run = [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)/g)].find(
      (m) => m[2] === firstWord,
    )!;
    const title = found.find((l) => l.text.includes(firstWord))!;
    expect(Number(run[1])).toBeGreaterThan(title.right - firstWord.length * 40);
    const drawn = ink(
      svg,
      scriptCardFontFiles(script).map((f) => f.file),
    );
    expect(drawn.right).toBeGreaterThan(CARD_WIDTH - MARGIN - 8);
    expect(drawn.right).toBeLessThanOrEqual(CARD_WIDTH - MARGIN + 2);
    expect(drawn.barRight).toBe(true);
    expect(drawn.barLeft).toBe(false);
  }, 30_000);

  it('draws a 1200×630 PNG through the build', async () => {
    const png = await renderCard(card, latin);
    expect(png.readUInt32BE(16)).toBe(CARD_WIDTH);
    expect(png.readUInt32BE(20)).toBe(CARD_HEIGHT);
    const file = join(dir, `${script}.png`);
    writeFileSync(file, png);
    console.info(`${script} card: ${file}`);
  }, 30_000);
});

describe('the English card', () => {
  it('still starts at the left, bar on the left, in Source Serif 4 outlines', async () => {
    const svg = await cardSvg(english, latin);
    expect(svg).not.toContain('<text');
    const drawn = ink(svg, []);
    expect(drawn.left).toBeGreaterThanOrEqual(MARGIN - 4);
    expect(drawn.left).toBeLessThan(MARGIN + 8);
    expect(drawn.barLeft).toBe(true);
    expect(drawn.barRight).toBe(false);
  }, 30_000);
  it('stops on a right-to-left language with no face, saying what to add', () => {
    expect(() => cardFamily({ direction: 'rtl', lang: 'dv' })).toThrow(
      /add its script to SCRIPT_FONTS/,
    );
  });
});
