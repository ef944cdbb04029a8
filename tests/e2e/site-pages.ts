/** The built site's pages, read from the build output, and one representative page per type. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
const isRedirectPage = (file: string) => /^<!doctype html><title>Redirecting to: [^<]*<\/title><meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8').slice(0, 300));

/** One page of each type: the pages a reader meets. */
export function pageTypes(): Record<string, string> {
  const pages = builtPages();
  const first = (prefix: string) => pages.find((p) => p.startsWith(prefix) && p !== prefix)!;
  return {
    timeline: '/',
    // An event's own page, not its history or a version (which have their own types below).
    event: pages.find((p) => /^\/events\/[^/]+\/$/.test(p))!,
    version: pages.find((p) => /^\/events\/[^/]+\/v\/1\/$/.test(p))!,
    history: pages.find((p) => /^\/events\/[^/]+\/history\/$/.test(p))!,
    actors: '/actors/',
    actor: first('/actors/'),
    sources: '/sources/',
    source: first('/sources/'),
    year: first('/years/'),
    about: '/about/',
    notFound: '/404.html',
  };
}
