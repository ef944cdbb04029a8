/**
 * Social cards as the build draws them: each PNG kept in the build cache, keyed by everything the
 * picture is made of — the card's element tree (its text and every style: a change to the layout
 * code changes it), the fonts' bytes, and satori's and resvg's versions and options — so a rebuild
 * neither lays out nor redraws a card whose picture cannot have changed.
 * Imported with `.ts` extensions: the build worker loads it under Node's type stripping.
 *
 * A right-to-left card (`card.direction`) is set in its script's face (src/build/card-fonts.ts),
 * added here to the fonts passed in (so the key holds its bytes too); its SVG keeps text as text,
 * which resvg draws from the same face's files.
 */
import { createHash } from 'node:crypto';
import {
  cardSvg,
  cardTree,
  drawPng,
  RESVG_OPTIONS,
  type CardContent,
  type CardFont,
} from '../lib/drawing/social-card.ts';
import { editionScript, type EditionScript } from '../lib/i18n/fonts.ts';
import { openBuildCache, packageVersion, type BuildCache } from './build-cache.ts';
import { scriptCardFonts } from './card-fonts.ts';
import { timed } from './build-stats.ts';

let cache: BuildCache | undefined;
const pngCache = () =>
  (cache ??= openBuildCache('social-cards', {
    satori: packageVersion('satori'),
    resvg: packageVersion('@resvg/resvg-js'),
    options: JSON.stringify(RESVG_OPTIONS),
  }));

const fontPrints = new WeakMap<CardFont[], string>();
/** A fingerprint of the fonts (names, weights and bytes), computed once per list. */
function fontPrint(fonts: CardFont[]): string {
  let print = fontPrints.get(fonts);
  if (!print) {
    const hash = createHash('sha256');
    for (const f of fonts)
      hash.update(`${f.name}/${f.weight}/${f.style}/`).update(Buffer.from(f.data as ArrayBuffer));
    print = hash.digest('hex');
    fontPrints.set(fonts, print);
  }
  return print;
}

/** The cache key of a card's picture: its element tree and the fonts it is set in. */
const cardKey = (card: CardContent, fonts: CardFont[]) => [cardTree(card), fontPrint(fonts)];

const withScript = new WeakMap<CardFont[], Map<EditionScript, CardFont[]>>();
/**
 * The fonts a card is set in and how to draw it: the fonts passed in, plus for a right-to-left
 * card its script's face (one list per script and input list, so its fingerprint is kept), whose
 * files resvg draws the text from.
 */
function prepare(
  card: CardContent,
  fonts: CardFont[],
): { fonts: CardFont[]; draw: () => Promise<Buffer> } {
  const script = editionScript({ locale: card.lang ?? '', direction: card.direction ?? 'ltr' });
  if (!script) return { fonts, draw: async () => drawPng(await cardSvg(card, fonts)) };
  const face = scriptCardFonts(script);
  let lists = withScript.get(fonts);
  if (!lists) withScript.set(fonts, (lists = new Map()));
  let all = lists.get(script);
  if (!all) lists.set(script, (all = [...fonts, ...face.fonts]));
  const set = all;
  return { fonts: set, draw: async () => drawPng(await cardSvg(card, set), face.files) };
}

/**
 * Draws a card: satori lays it out as SVG, resvg draws the PNG (or the build cache returns the PNG
 * drawn for the same element tree and fonts before).
 * @returns a PNG of CARD_WIDTH × CARD_HEIGHT pixels.
 * @throws Error from satori when no font is given or a font cannot be read.
 */
export function renderCard(card: CardContent, fonts: CardFont[]): Promise<Buffer> {
  return timed('cards', 1, () => {
    const job = prepare(card, fonts);
    return pngCache().get(cardKey(card, job.fonts), job.draw);
  });
}

/**
 * Draws a card into the build cache, as `renderCard` does, and returns the PNG file's path: the
 * form a worker thread hands a card back in (`src/build/build-worker.ts`).
 * @throws Error from satori (fonts) or when the cache folder cannot be written.
 */
export function drawCardFile(card: CardContent, fonts: CardFont[]): Promise<string> {
  return timed('cards', 1, () => {
    const job = prepare(card, fonts);
    return pngCache().file(cardKey(card, job.fonts), job.draw);
  });
}
