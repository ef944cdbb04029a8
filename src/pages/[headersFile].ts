/**
 * `/_headers` (from this file, named `[headersFile].ts` because Astro ignores `_` files) — security and privacy headers for Netlify and Cloudflare Pages (see
 * src/lib/publishing/headers.ts). Generated so that the base path and the list of sections stay in step with
 * the site: every top-level folder of pages is listed as not frameable, except embeds.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { WASM_SECTIONS, buildHeaderRules, formatHeaders, linkHeaderRules, type PageLinks } from '../lib/publishing/headers';
import { FRAMEABLE_SECTIONS, SECTIONS } from '../lib/urls';
import { site, urls } from '../site.config';
import { getVersions } from '../data/revisions';
import { versionUrls } from '../data/citations';
import { formatLinks, mementoDatetime, versionRelations } from '../lib/revisions';

// Astro skips page files whose names start with "_", so the name comes through a parameter.
export const getStaticPaths = (() => [{ params: { headersFile: '_headers' } }]) satisfies GetStaticPaths;

/** Each event page, version page and history page with the version links of its `<head>`. */
async function versionLinkPages(): Promise<PageLinks[]> {
  return [...(await getVersions())].flatMap(([id, versions]) => {
    const all = versionUrls(id);
    const count = versions.length;
    return [
      { path: urls.event(id), link: formatLinks(versionRelations(all, count, 'latest')) },
      { path: urls.eventHistory(id), link: formatLinks(versionRelations(all, count, 'history')) },
      ...versions.map((v) => ({
        path: urls.eventVersion(id, v.number),
        // A memento names its original (RFC 7089, section 2.2.1) beside the version relations.
        link: formatLinks([{ href: all.latest, rel: 'original' }, ...versionRelations(all, count, v.number)]),
        mementoDatetime: mementoDatetime(v.record.date),
      })),
    ];
  });
}

export const GET: APIRoute = async () =>
  new Response(
    formatHeaders([
      ...buildHeaderRules(site.base, SECTIONS.filter((s) => !FRAMEABLE_SECTIONS.includes(s)), ['404.html'], { allSections: SECTIONS, wasmSections: WASM_SECTIONS }),
      ...linkHeaderRules(await versionLinkPages()),
    ]),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
