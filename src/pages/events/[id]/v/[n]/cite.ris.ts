/** `/events/<id>/v/<n>/cite.ris` — one version's citation as a RIS file: its address, day and number. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getVersions, type EventVersion } from '../../../../../data/revisions';
import { citableVersion } from '../../../../../data/citations';
import { ris } from '../../../../../build/citations';
import { site } from '../../../../../site.config';

export const getStaticPaths = (async () =>
  [...(await getVersions()).values()].flat().map((version) => ({
    params: { id: version.eventId, n: String(version.number) },
    props: { version },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(
    `${ris(citableVersion((props as { version: EventVersion }).version), site).replaceAll('\n', '\r\n')}\r\n`,
    { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } },
  );
