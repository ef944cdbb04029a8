/**
 * `/events/<id>/cite.ris`, and in each other edition `/<code>/events/<id>/cite.ris` — the event's
 * citation as an RIS file (Zotero, EndNote, Mendeley), as its page in that edition cites itself
 * (`citableEvent`): a translated page's own address and title, with `LA` naming its language.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory, type StoryEvent } from '../../../../data/story';
import { citableEvent } from '../../../../data/citations';
import { inEditions } from '../../../../data/editions';
import { ris } from '../../../../build/citations';
import type { Edition } from '../../../../lib/i18n';
import { site } from '../../../../site.config';

export const getStaticPaths = (() =>
  inEditions(async (edition, ed) =>
    (await getStory(edition)).events.map((event) => ({
      params: { ...ed, id: event.id },
      props: { event, edition },
    })),
  )) satisfies GetStaticPaths;

// RIS records end lines with CR LF in the specification; reference managers read both.
export const GET: APIRoute = ({ props }) => {
  const { event, edition } = props as { event: StoryEvent; edition: Edition };
  return new Response(`${ris(citableEvent(event, edition), site).replaceAll('\n', '\r\n')}\r\n`, {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
};
