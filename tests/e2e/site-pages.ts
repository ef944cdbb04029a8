/** The built site's pages, read from the build output, and one representative page per type. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isRedirectPage as isRedirectHtml } from '../../src/lib/content/permalinks';
import { editionPrefixes } from '../../src/site.config';

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
    return [
      `/${relative(dist, full)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/')}`,
    ];
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

/** The edition prefix of a page (`ar` for `/ar/events/x/`), `''` for the source edition's pages. */
export function editionOfPath(path: string): string {
  const first = path.split('/')[1] ?? '';
  return first !== '' && editionPrefixes.includes(first) ? first : '';
}

/**
 * The type of a page: its edition prefix, then its first path segment, each deeper segment
 * replaced by an asterisk, so `/events/x/` and `/events/y/` share a type, `/sources/x/2/` has its
 * own, `/about/` is one, and `/ar/events/x/` is the Arabic edition's event type.
 */
export function pageTypeOf(path: string): string {
  const edition = editionOfPath(path);
  const segments = path
    .split('/')
    .filter(Boolean)
    .slice(edition ? 1 : 0);
  const type = `/${segments.map((s, i) => (i === 0 ? s : '*')).join('/')}${path.endsWith('/') && segments.length ? '/' : ''}`;
  return edition ? `/${edition}${type}` : type;
}

/** The first built page of each type (`pageTypeOf`), in build order. */
export function onePageOfEachType(): string[] {
  const seen = new Map<string, string>();
  for (const path of builtPages())
    if (!seen.has(pageTypeOf(path))) seen.set(pageTypeOf(path), path);
  return [...seen.values()];
}

/** A short, unique name for a group of pages in a test title: the first and the last, and how many. */
export const groupName = (group: readonly string[]): string =>
  group.length === 1 ? group[0]! : `${group[0]} … ${group.at(-1)} (${group.length} pages)`;
