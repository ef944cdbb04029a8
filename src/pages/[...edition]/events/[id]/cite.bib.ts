/**
 * `/events/<id>/cite.bib`, and in each other edition `/<code>/events/<id>/cite.bib` — the event's
 * citation as a BibTeX file, as its page in that edition cites itself (`citableEvent`): a translated
 * page's own address and title, with `langid`/`language` naming its language.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citableEvent } from '../../../../data/citations';
import { eventFilePaths, type EventFileProps } from '../../../../data/editions';
import { bibtex } from '../../../../build/citations';
import { site } from '../../../../site.config';

export const getStaticPaths = eventFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { event, edition } = props as EventFileProps;
  return new Response(`${bibtex(citableEvent(event, edition), site)}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
