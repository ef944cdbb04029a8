/**
 * Social cards: the 1200×630 PNG images that Open Graph and Twitter show when a page is shared.
 * One per event (title, date at its precision, evidence status, site name), one per actor (name,
 * kind, number of events, site name) and one for the site. Drawn at build time with satori (layout
 * to SVG) and resvg (SVG to PNG) from fonts passed in (Source Serif 4 from npm): no network.
 *
 * A card of a right-to-left edition (Arabic, Hebrew) is laid out from the right: accent bar on the
 * right, text right-aligned, words in their reading order (satori's `direction: rtl`), in the
 * script's face (`SCRIPT_FONTS`, which covers Latin too, for names such as "Azure"). satori then
 * leaves the text as `<text>` and resvg shapes it (its HarfBuzz port places Arabic dots and marks
 * exactly; satori's own outlines put them off the letters), from the same fonts' files.
 */
import satori from 'satori';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { editionScript, SCRIPT_FONTS } from '../i18n/fonts.ts';
import type { Direction } from './direction.ts';
// Explicit `.ts` extensions: the build worker (src/build/build-worker.ts) runs this module in Node directly, without Vite.

/** Size of every card, in pixels (Open Graph's recommended 1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows. */
export interface CardContent {
  /** Small line above the title: "Event", "Actor: company". */
  kicker: string;
  title: string;
  /** Lines under the title: the date, the evidence status, a count. */
  details: string[];
  /** Site name, at the foot. */
  site: string;
  /** Accent colour of the bar on the start side (a hex colour). */
  accent?: string | undefined;
  /** The edition's direction (`edition.direction`); default `ltr`. */
  direction?: Direction | undefined;
  /** The edition's locale (`edition.locale`): with `rtl`, chooses the script's face (`cardFamily`). */
  lang?: string | undefined;
}

/**
 * The face a card's text is set in: Source Serif 4, or for a right-to-left card the face of its
 * language's script (`SCRIPT_FONTS`: Noto Naskh Arabic for `ar`, Noto Serif Hebrew for `he`).
 * @throws Error for a right-to-left card whose language has no face (add it to `SCRIPT_FONTS`).
 */
export function cardFamily(card: Pick<CardContent, 'direction' | 'lang'>): string {
  if (card.direction !== 'rtl') return 'Source Serif 4';
  const script = editionScript({ locale: card.lang ?? '', direction: 'rtl' });
  if (!script)
    throw new Error(
      `social card: no face for the right-to-left language "${card.lang ?? ''}": add its script to SCRIPT_FONTS (src/lib/i18n/fonts.ts) with a font that covers it.`,
    );
  return SCRIPT_FONTS[script].family;
}

/** A font for satori: the file's bytes (woff or ttf; satori does not read woff2). */
export interface CardFont {
  name: string;
  data: ArrayBuffer | Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** Text of the card for `og:image:alt`: everything the image says, in reading order. */
export function cardAlt(card: CardContent): string {
  return [card.kicker, card.title, ...card.details, card.site].join('. ').replace(/\.\./g, '.');
}

/** Title size in pixels: smaller for longer titles, so that up to about 140 characters fit in four lines. */
export function titleSize(title: string): number {
  return title.length <= 50 ? 72 : title.length <= 90 ? 60 : title.length <= 140 ? 50 : 42;
}

type Node = {
  type: string;
  props: { style?: Record<string, unknown>; children?: Node | Node[] | string };
};
const box = (style: Record<string, unknown>, children: Node | Node[] | string): Node => ({
  type: 'div',
  props: { style, children },
});

/** The card as satori's element tree (plain objects, no JSX). */
export function cardTree(card: CardContent): Node {
  const title = card.title.length > 180 ? `${card.title.slice(0, 177)}…` : card.title;
  const rtl = card.direction === 'rtl';
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      backgroundColor: '#fdfcfa',
      color: '#1a1a1a',
      fontFamily: cardFamily(card),
      // Flex rows and lines of text start at the right: the bar, then right-aligned text.
      ...(rtl && { direction: 'rtl' }),
    },
    [
      box({ width: 24, height: CARD_HEIGHT, backgroundColor: card.accent ?? '#a4161a' }, ''),
      box(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '56px 72px',
          width: CARD_WIDTH - 24,
        },
        [
          box({ display: 'flex', flexDirection: 'column' }, [
            box(
              // Arabic and Hebrew have no capitals, and spaced-out Arabic letters lose their joins.
              rtl
                ? { fontSize: 30, color: '#545454' }
                : { fontSize: 30, color: '#545454', textTransform: 'uppercase', letterSpacing: 2 },
              card.kicker,
            ),
            box(
              { fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, marginTop: 20 },
              title,
            ),
            box(
              { display: 'flex', flexDirection: 'column', marginTop: 28 },
              card.details.map((d) => box({ fontSize: 34, color: '#1a1a1a', marginTop: 6 }, d)),
            ),
          ]),
          box(
            {
              display: 'flex',
              borderTop: '4px solid #1a1a1a',
              paddingTop: 18,
              fontSize: 30,
              fontWeight: 700,
            },
            card.site,
          ),
        ],
      ),
    ],
  );
}

/**
 * Lays a card out as SVG with satori (the text as outlines, so the SVG fixes the picture).
 * @throws Error from satori when no font is given or a font cannot be read.
 */
export const cardSvg = (card: CardContent, fonts: CardFont[]): Promise<string> =>
  satori(cardTree(card), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    // Right to left: text stays text, for resvg to shape (see the top of this file).
    ...(card.direction === 'rtl' && { embedFont: false }),
  });

/** resvg's options: part of the drawing, so part of any cache key for it. */
export const RESVG_OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: 'width', value: CARD_WIDTH },
  font: { loadSystemFonts: false },
};

/**
 * Draws a card's SVG as a PNG of CARD_WIDTH × CARD_HEIGHT pixels with resvg.
 * resvg's synchronous render keeps each 3 MB bitmap until V8 happens to collect its handle (1 GB
 * after 300 cards in a loop); renderAsync frees it when done, and draws on libuv's thread pool.
 * @param fontFiles TTF/OTF paths for an SVG that keeps its text as `<text>` (a right-to-left
 *   card); none for satori's outlines. Never the system's fonts: the picture is the same anywhere.
 */
export const drawPng = async (svg: string, fontFiles: string[] = []): Promise<Buffer> =>
  (
    await renderAsync(
      svg,
      fontFiles.length
        ? { ...RESVG_OPTIONS, font: { ...RESVG_OPTIONS.font, fontFiles } }
        : RESVG_OPTIONS,
    )
  ).asPng();
