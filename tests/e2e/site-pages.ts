/** The built site's pages, read from the build output, and one representative page per type. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isRedirectPage as isRedirectHtml } from '../../src/lib/content/permalinks';

export const dist = process.env.OUT_DIR ?? 'dist';

/**
 * Every HTML page in the build, as a site path (`/events/x/`, `/404.html`). The stand-in pages
 * Astro writes at the old address of a renamed entry (`redirects`, see README "Permalinks") are
 * left out: they only forward to a page that is checked; tests/content/rename.test.ts covers them.
 */
export function builtPages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return builtPages(full);
    if (!name.endsWith('.html') || isRedirectPage(full)) return [];
    return [`/${relative(dist, full).replace(/index\.html$/, '').replace(/\\/g, '/')}`];
  });
}

/** Astro's redirect page: `<title>Redirecting to: …</title><meta http-equiv="refresh" …>`. */
const isRedirectPage = (file: string) => isRedirectHtml(readFileSync(file, 'utf8'));

/** One page of each type: the pages a reader meets. */
export function pageTypes(): Record<string, string> {
  const pages = builtPages();
  const first = (prefix: string) => pages.find((p) => p.startsWith(prefix) && p !== prefix)!;
  return {
    timeline: '/',
    event: first('/events/'),
    actors: '/actors/',
    actor: first('/actors/'),
    sources: '/sources/',
    source: first('/sources/'),
    year: first('/years/'),
    about: '/about/',
    notFound: '/404.html',
  };
}
