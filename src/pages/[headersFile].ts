/**
 * `/_headers` (from this file, named `[headersFile].ts` because Astro ignores `_` files) — security and privacy headers for Netlify and Cloudflare Pages (see
 * src/lib/publishing/headers.ts). Generated so that the base path and the list of sections stay in step with
 * the site: every top-level folder of pages is listed as not frameable, except embeds.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { WASM_SECTIONS, buildHeaderRules, formatHeaders, linkHeaderRules } from '../lib/publishing/headers';
import { FRAMEABLE_SECTIONS, SECTIONS } from '../lib/urls';
import { site, urls } from '../site.config';
import { getStory } from '../data/story';
import { versionHeaderPages } from '../lib/revisions';

// Astro skips page files whose names start with "_", so the name comes through a parameter.
export const getStaticPaths = (() => [{ params: { headersFile: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(
    formatHeaders([
      ...buildHeaderRules(site.base, SECTIONS.filter((s) => !FRAMEABLE_SECTIONS.includes(s)), ['404.html'], { allSections: SECTIONS, wasmSections: WASM_SECTIONS }),
      ...linkHeaderRules(versionHeaderPages(urls, new Map([...(await getStory()).revisionsByEvent].map(([id, records]) => [id, records.map((r) => r.date)])))),
    ]),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
