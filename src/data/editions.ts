/**
 * Routes in every edition. Each page type is one route file under `src/pages/[...edition]/`;
 * its `getStaticPaths` runs once per edition through {@link inEditions}, which adds the `edition`
 * parameter: `undefined` for the source edition (today's addresses), the language code for the
 * others (`/ar/…`). The middleware then sets `Astro.locals.edition` from the address.
 */
import type { Edition } from '../lib/i18n';
import { editionPrefix, editions } from '../site.config';
import { getStory, type StoryEvent } from './story';

/** The route parameter of an edition: absent for the source edition, else its code. */
export type EditionParam = {
  edition: string | undefined;
};

/** The `edition` route parameter of an edition. */
export const editionParam = (edition: Edition): EditionParam => ({
  edition: editionPrefix(edition) || undefined,
});

/**
 * The paths of a route in every edition.
 * @param make the paths of one edition, given the edition and its `edition` parameter, which each
 *   path's `params` must include (spread it in, or pass it to `paginate`).
 */
export async function inEditions<T>(
  make: (edition: Edition, param: EditionParam) => T[] | Promise<T[]>,
): Promise<T[]> {
  const all = await Promise.all(editions.map(async (e) => make(e, editionParam(e))));
  return all.flat();
}

/** The paths of a route with no parameter of its own (the home page, about, search…). */
export const editionPaths = () => editions.map((e) => ({ params: editionParam(e) }));

/**
 * The paths of a per-event file in every edition (`/events/<id>/cite.bib`, `/ar/events/<id>/…`):
 * one per event and edition, with the event in that edition's words and the edition as props.
 */
export const eventFilePaths = () =>
  inEditions(async (edition, ed) =>
    (await getStory(edition)).events.map((event) => ({
      params: { ...ed, id: event.id },
      props: { event, edition } satisfies EventFileProps,
    })),
  );

/** What {@link eventFilePaths} gives each path. */
export interface EventFileProps {
  event: StoryEvent;
  edition: Edition;
}
