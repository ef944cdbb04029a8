/**
 * Starts the build-ahead worker (src/build/build-ahead.ts) once per build, on the story: it formats
 * every event's citations and draws every social card while the main thread builds pages.
 * Called from the getStaticPaths of the routes that use its work (event pages, social cards);
 * Astro runs every getStaticPaths before it renders any page. In `astro dev` it does nothing:
 * pages there do their own work on request.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildAhead, type BuildAhead } from '../build/build-ahead';
import type { CardFont } from '../lib/drawing/social-card';
import { site } from '../site.config';
import { citableEvent } from './citations';
import { allSocialCards } from './publishing';
import { getStory } from './story';

const FONT = 'Source Serif 4';
const require = createRequire(join(process.cwd(), 'package.json'));
/** The card fonts (Source Serif 4 from @fontsource; woff, since satori does not read woff2). */
export const cardFontFiles = ([400, 700] as const).map((weight) => ({
  name: FONT,
  weight,
  file: require.resolve(
    `@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`,
  ),
}));
let fonts: CardFont[] | undefined;
/** The same fonts, loaded. */
export const cardFonts = (): CardFont[] =>
  (fonts ??= cardFontFiles.map((f) => ({
    name: f.name,
    weight: f.weight,
    style: 'normal' as const,
    data: readFileSync(f.file),
  })));

let started: Promise<BuildAhead | undefined> | undefined;

/**
 * Starts the worker the first time it is called in a build.
 * @returns The running worker; undefined in `astro dev`.
 */
export function startBuildAhead(): Promise<BuildAhead | undefined> {
  return (started ??= (async () => {
    if (!import.meta.env.PROD) return undefined;
    const story = await getStory();
    return buildAhead(
      {
        citations: { entries: story.events.map((e) => citableEvent(e)), site },
        cards: (await allSocialCards()).map(({ path, content }) => ({ path, content })),
        fonts: cardFontFiles,
      },
      process.cwd(),
      cardFonts(),
    );
  })());
}
