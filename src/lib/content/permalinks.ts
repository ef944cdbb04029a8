/**
 * The permalink registry: every public address the site has ever published, one site path a line
 * (`/events/<id>/`, `/feeds/events.rss.xml`), without the base path, in `<content folder>/permalinks.txt`. Paths
 * are only ever added (`npm run permalinks`); a test fails when a registered path is missing from
 * the build, so an address given to readers cannot silently break. Renaming an entry is done with
 * a redirect from its old path (`<content>/redirects.json`, read by astro.config.mjs).
 *
 * Pure functions, no file access: scripts/permalinks.mjs and the tests do the reading. Plain
 * TypeScript with no imports, so Node runs it directly (type stripping) from the script.
 */

/** Files in the build that are not permalinks: bundles, the search index, server config, scripts. */
const NOT_PUBLIC = [/^\/_astro\//, /^\/pagefind\//, /^\/_headers$/, /^\/_redirects$/, /^\/404\.html$/, /^\/favicon\.svg$/, /^\/[^/]+\.js$/, /\.(css|woff2?|png|svg|jpg|webp|ico|map)$/];

/**
 * The public site paths of a build, from its file list.
 * @param files paths relative to the build folder, with `/` separators (`events/x/index.html`).
 * @returns sorted site paths: a page as its folder (`/events/x/`, `/` for the home page), any
 *   other file as itself (`/events/x/cite.bib`); assets and the 404 page are left out.
 */
export function publicPaths(files: readonly string[]): string[] {
  const paths = files
    .map((f) => `/${f.replace(/\\/g, '/').replace(/^\/+/, '')}`)
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .filter((p) => !NOT_PUBLIC.some((rule) => rule.test(p)));
  return [...new Set(paths)].sort();
}

/** Reads `permalinks.txt`: one path a line; blank lines and `#` comments ignored. */
export function parseRegistry(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The registry file's text: a header comment, then the paths sorted, one a line. */
export function formatRegistry(paths: readonly string[]): string {
  const header = [
    '# Every public address this site has published. Added by `npm run permalinks`; never remove a line.',
    '# A test fails when one of these paths is missing from the build. To rename, add a redirect (README, "Permalinks").',
  ];
  return `${[...header, ...[...new Set(paths)].sort()].join('\n')}\n`;
}

/** The registry with `found` added: nothing is ever removed. @returns sorted, without duplicates. */
export function mergeRegistry(registered: readonly string[], found: readonly string[]): string[] {
  return [...new Set([...registered, ...found])].sort();
}

/**
 * Every redirect a rename implies: each page redirect (`/events/old/` → `/events/new/`) and, for
 * each registered address below the old page (`/events/old/cite.bib`), the same address below
 * the new one. Editors list only the page; the files that went with it follow it.
 * @param redirects page redirects, old site path → new site path (`parseRedirects`).
 * @returns page and file redirects, old → new, site paths without the base.
 */
export function expandRedirects(registered: readonly string[], redirects: Readonly<Record<string, string>>): Record<string, string> {
  const all: Record<string, string> = { ...redirects };
  for (const [from, to] of Object.entries(redirects)) {
    for (const path of registered) if (path !== from && path.startsWith(from)) all[path] = `${to}${path.slice(from.length)}`;
  }
  return all;
}

/**
 * Registered paths the build does not serve.
 * @param built the build's public paths (`publicPaths`), redirect pages included (Astro writes a
 *   page at each redirect's old path).
 * @param redirected old paths the host answers with a redirect (`expandRedirects`): a file such
 *   as `/events/old/cite.bib` has no page of its own to stand in for it.
 * @returns the missing paths, sorted; empty when every registered address resolves.
 */
export function missingPaths(registered: readonly string[], built: readonly string[], redirected: Readonly<Record<string, string>> = {}): string[] {
  const have = new Set(built);
  return registered.filter((p) => !have.has(p) && !Object.hasOwn(redirected, p)).sort();
}

/**
 * The message the build stops with when registered addresses have disappeared.
 * @param registryFile and `redirectsFile`: the files to name, as the editor would write them.
 */
export function missingPathsMessage(missing: readonly string[], registryFile: string, redirectsFile: string): string {
  const example = missing.find((p) => PAGE_PATH.test(p)) ?? '/events/old-id/';
  return [
    `${registryFile}: ${missing.length} registered address(es) are no longer built:`,
    ...missing.map((p) => `  ${p}`),
    `Readers and other sites link to these addresses. Restore the entry, or, if it was renamed, add its old page to ${redirectsFile}: { "${example}": "/<section>/<new-id>/" } (README, "Permalinks"). Files below a redirected page (cite.bib, cite.ris) follow it.`,
  ].join('\n');
}

/** Is this built HTML one of the stand-in pages Astro writes at a redirect's old address? */
export function isRedirectPage(html: string): boolean {
  return /^<!doctype html><title>Redirecting to: [^<]*<\/title><meta http-equiv="refresh"/i.test(html.slice(0, 300));
}

const PAGE_PATH = /^\/(?:[a-z0-9-]+\/)+$/;

/**
 * The same renames in every edition: a renamed entry's page moves in each translated edition too
 * (`/ar/events/old/` → `/ar/events/new/`), so one line in `redirects.json` keeps every edition's
 * old address working. An entry the file gives for an edition itself is kept as written.
 * @param redirects old → new site paths of the source edition (and any edition's own).
 * @param prefixes the translated editions' path prefixes (`ar`, `he`); `''` is ignored.
 */
export function inEveryEdition(redirects: Readonly<Record<string, string>>, prefixes: readonly string[]): Record<string, string> {
  const editions = prefixes.filter((p) => p !== '');
  const inEdition = (path: string) => editions.some((p) => path.startsWith(`/${p}/`));
  const all: Record<string, string> = {};
  for (const [from, to] of Object.entries(redirects)) {
    all[from] = to;
    if (inEdition(from)) continue;
    for (const p of editions) if (!Object.hasOwn(redirects, `/${p}${from}`)) all[`/${p}${from}`] = `/${p}${to}`;
  }
  return all;
}

/**
 * Checks the redirects file (old site path → new site path) and returns it for Astro's
 * `redirects`.
 * @param file the file's name, for messages.
 * @throws Error naming the file, the entry and the fix when the text is not a JSON object of
 *   page paths (`/events/<id>/`), a path points to itself, or a target is itself redirected.
 */
export function parseRedirects(text: string, file: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}). Write an object such as { "/events/old-id/": "/events/new-id/" }.`, { cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${file}: expected an object mapping old paths to new ones, such as { "/events/old-id/": "/events/new-id/" }.`);
  }
  const entries = Object.entries(data as Record<string, unknown>);
  for (const [from, to] of entries) {
    if (!PAGE_PATH.test(from)) throw new Error(`${file} → "${from}": the old path must be a site path with slashes at both ends, such as "/events/old-id/".`);
    if (typeof to !== 'string' || !PAGE_PATH.test(to)) throw new Error(`${file} → "${from}": the new path must be a site path such as "/events/new-id/", found ${JSON.stringify(to)}.`);
    if (to === from) throw new Error(`${file} → "${from}": redirects to itself; remove the entry.`);
    if (Object.hasOwn(data, to)) throw new Error(`${file} → "${from}": its target "${to}" is itself redirected; point "${from}" straight to the final path.`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}
