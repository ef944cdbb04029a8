/** `/events/<id>/cite.ris` — the event's citation as an RIS file (Zotero, EndNote, Mendeley). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory, type StoryEvent } from '../../../data/story';
import { citableEvent } from '../../../data/citations';
import { ris } from '../../../build/citations';
import { site } from '../../../site.config';

export const getStaticPaths = (async () =>
  (await getStory()).events.map((event) => ({
    params: { id: event.id },
    props: { event },
  }))) satisfies GetStaticPaths;

// RIS records end lines with CR LF in the specification; reference managers read both.
export const GET: APIRoute = ({ props }) =>
  new Response(
    `${ris(citableEvent((props as { event: StoryEvent }).event), site).replaceAll('\n', '\r\n')}\r\n`,
    {
      headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
    },
  );
