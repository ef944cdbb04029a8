/**
 * Social cards as the build draws them: each PNG kept in the build cache, keyed by its SVG (and
 * resvg's version and options), so a rebuild redraws only the cards whose picture changed.
 * Imported with `.ts` extensions: the build worker loads it under Node's type stripping.
 */
import {
  cardSvg,
  drawPng,
  RESVG_OPTIONS,
  type CardContent,
  type CardFont,
} from '../lib/drawing/social-card.ts';
import { openBuildCache, packageVersion, type BuildCache } from './build-cache.ts';
import { timed } from './build-stats.ts';

let cache: BuildCache | undefined;
const pngCache = () =>
  (cache ??= openBuildCache('social-cards', {
    resvg: packageVersion('@resvg/resvg-js'),
    options: JSON.stringify(RESVG_OPTIONS),
  }));

/**
 * Draws a card: satori lays it out as SVG, resvg draws the PNG (or the build cache returns the PNG
 * drawn from the same SVG before).
 * @returns a PNG of CARD_WIDTH × CARD_HEIGHT pixels.
 * @throws Error from satori when no font is given or a font cannot be read.
 */
export function renderCard(card: CardContent, fonts: CardFont[]): Promise<Buffer> {
  return timed('cards', 1, async () => {
    const svg = await cardSvg(card, fonts);
    return pngCache().get(svg, () => drawPng(svg));
  });
}

/**
 * Draws a card into the build cache, as `renderCard` does, and returns the PNG file's path: the
 * form a worker thread hands a card back in (`src/build/build-worker.ts`).
 * @throws Error from satori (fonts) or when the cache folder cannot be written.
 */
export function drawCardFile(card: CardContent, fonts: CardFont[]): Promise<string> {
  return timed('cards', 1, async () => {
    const svg = await cardSvg(card, fonts);
    return pngCache().file(svg, () => drawPng(svg));
  });
}
