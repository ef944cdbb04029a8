/**
 * `/social/site.png`, `/social/events/<id>.png`, `/social/actors/<id>.png`, and each translated
 * page's `/social/<edition>/events/<id>.png`, `/social/<edition>/actors/<id>.png` — the 1200×630 social
 * cards (src/lib/drawing/social-card.ts), drawn at build time with Source Serif 4 from @fontsource. No
 * network. In a build, a worker thread draws them while other pages are built
 * (src/data/build-ahead.ts); `astro dev` draws each on request.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allSocialCards } from '../../data/publishing';
import { cardFonts, startBuildAhead } from '../../data/build-ahead';
import type { CardContent } from '../../lib/drawing/social-card';
import { renderCard } from '../../build/social-cards';

export const getStaticPaths = (async () => {
  await startBuildAhead();
  return (await allSocialCards()).map((c) => ({
    params: { card: c.path },
    props: { path: c.path, content: c.content },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { path, content } = props as { path: string; content: CardContent };
  const ahead = await startBuildAhead();
  const png = ahead ? await ahead.card(path, content) : await renderCard(content, cardFonts());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
