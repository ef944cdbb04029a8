/**
 * `/events/<id>/timemap.link` — the event's Memento TimeMap (RFC 7089), `application/link-format`:
 * the current page as original, every version page as a memento with its datetime. The static
 * host sends the media type from `_headers` (src/lib/publishing/headers.ts, `DOWNLOAD_TYPES`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getVersions, type EventVersion } from '../../../data/revisions';
import { versionUrls } from '../../../data/citations';
import { TIMEMAP_TYPE, timeMap } from '../../../lib/revisions';

export const getStaticPaths = (async () =>
  [...(await getVersions())].map(([id, versions]) => ({
    params: { id },
    props: { versions },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { versions } = props as { versions: EventVersion[] };
  return new Response(
    timeMap(
      versionUrls(versions[0]!.eventId),
      versions.map((v) => v.record.date),
    ),
    { headers: { 'Content-Type': TIMEMAP_TYPE } },
  );
};
