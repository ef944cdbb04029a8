/** `/events/<id>/cite.bib` — the event's citation as a BibTeX file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory, type StoryEvent } from '../../../data/story';
import { citableEvent } from '../../../data/citations';
import { bibtex } from '../../../build/citations';
import { site } from '../../../site.config';

export const getStaticPaths = (async () =>
  (await getStory()).events.map((event) => ({
    params: { id: event.id },
    props: { event },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${bibtex(citableEvent((props as { event: StoryEvent }).event), site)}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
