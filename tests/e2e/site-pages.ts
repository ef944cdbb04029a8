/** The built site's pages, read from the build output, and one representative page per type. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const dist = process.env.OUT_DIR ?? 'dist';

/** Every HTML page in the build, as a site path (`/events/x/`, `/404.html`). */
export function builtPages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return builtPages(full);
    return name.endsWith('.html') ? [`/${relative(dist, full).replace(/index\.html$/, '').replace(/\\/g, '/')}`] : [];
  });
}

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
