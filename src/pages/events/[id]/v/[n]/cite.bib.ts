/** `/events/<id>/v/<n>/cite.bib` — one version's citation as a BibTeX file: its address, day and number. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getVersions, type EventVersion } from '../../../../../data/revisions';
import { citableVersion } from '../../../../../data/citations';
import { bibtex } from '../../../../../build/citations';
import { site } from '../../../../../site.config';

export const getStaticPaths = (async () =>
  [...(await getVersions()).values()].flat().map((version) => ({
    params: { id: version.eventId, n: String(version.number) },
    props: { version },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${bibtex(citableVersion((props as { version: EventVersion }).version), site)}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
