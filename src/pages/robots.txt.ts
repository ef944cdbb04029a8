/** `/robots.txt` — every page may be crawled (embeds say noindex themselves); points to the sitemap. */
import type { APIRoute } from 'astro';
import { urls } from '../site.config';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(urls.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
