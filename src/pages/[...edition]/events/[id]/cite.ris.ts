/**
 * `/events/<id>/cite.ris`, and in each other edition `/<code>/events/<id>/cite.ris` — the event's
 * citation as an RIS file (Zotero, EndNote, Mendeley), as its page in that edition cites itself
 * (`citableEvent`): a translated page's own address and title, with `LA` naming its language.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citableEvent } from '../../../../data/citations';
import { eventFilePaths, type EventFileProps } from '../../../../data/editions';
import { ris } from '../../../../build/citations';
import { site } from '../../../../site.config';

export const getStaticPaths = eventFilePaths satisfies GetStaticPaths;

// RIS records end lines with CR LF in the specification; reference managers read both.
export const GET: APIRoute = ({ props }) => {
  const { event, edition } = props as EventFileProps;
  return new Response(`${ris(citableEvent(event, edition), site).replaceAll('\n', '\r\n')}\r\n`, {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
};
