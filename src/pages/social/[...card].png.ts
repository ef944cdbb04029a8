/**
 * `/social/site.png`, `/social/events/<id>.png`, `/social/actors/<id>.png` — the 1200×630 social
 * cards (src/lib/social-card.ts), drawn at build time with Source Serif 4 from @fontsource (woff:
 * satori does not read woff2). No network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../data/story';
import { socialCards } from '../../data/follow';
import { renderCard, type CardContent, type CardFont } from '../../lib/social-card';

const require = createRequire(join(process.cwd(), 'package.json'));
let fonts: CardFont[] | undefined;
function loadFonts(): CardFont[] {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Source Serif 4',
    weight,
    style: 'normal' as const,
    data: readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`)),
  }));
  return fonts;
}

export const getStaticPaths = (async () => socialCards(await getStory()).map((c) => ({ params: { card: c.path }, props: { content: c.content } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { content: CardContent }).content, loadFonts());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
