/** `/robots.txt` — every page may be crawled (embeds say noindex themselves); points to the sitemap. */
import type { APIRoute } from 'astro';
import { absolute, findUrls, urls } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(findUrls.sitemap().slice(urls.home().length))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
