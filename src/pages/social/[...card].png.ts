/**
 * `/social/site.png`, `/social/events/<id>.png`, `/social/actors/<id>.png` — the 1200×630 social
 * cards (src/lib/social-card.ts), drawn at build time with Source Serif 4 from @fontsource (woff:
 * satori does not read woff2). No network. In a build, a worker thread draws them all while the
 * other pages are built (src/lib/card-drawing.ts); `astro dev` draws each on request.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../data/story';
import { socialCards } from '../../data/follow';
import { drawInBackground, type CardPng } from '../../lib/card-drawing';
import { renderCard, type CardContent, type CardFont } from '../../lib/social-card';

const FONT = 'Source Serif 4';
const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = ([400, 700] as const).map((weight) => ({ name: FONT, weight, file: require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`) }));
let fonts: CardFont[] | undefined;
const loadFonts = (): CardFont[] => (fonts ??= fontFiles.map((f) => ({ name: f.name, weight: f.weight, style: 'normal' as const, data: readFileSync(f.file) })));

let drawn: CardPng | undefined;

export const getStaticPaths = (async () => {
  const cards = socialCards(await getStory());
  if (import.meta.env.PROD && !drawn) drawn = drawInBackground({ cards: cards.map(({ path, content }) => ({ path, content })), fonts: fontFiles }, process.cwd(), loadFonts());
  return cards.map((c) => ({ params: { card: c.path }, props: { path: c.path, content: c.content } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { path, content } = props as { path: string; content: CardContent };
  const png = drawn ? await drawn(path, content) : await renderCard(content, loadFonts());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
