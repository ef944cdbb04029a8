/**
 * Every address a page gives machines for itself (canonical link, `og:url`, `citation_public_url`,
 * the COinS `rft_id`, JSON-LD `url`) leads to a page of the build; a page without a canonical
 * address (the 404 page) tells search engines `noindex`, and no page both names itself canonical
 * and says `noindex` (an embed names the full page it stands for).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { isRedirectPage } from '../../src/lib/content/permalinks';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'data', 'events.json')))
  throw new Error(`No build in ${dist}: run \`npm run build\` first (npm test does).`);
const home = (
  JSON.parse(readFileSync(join(dist, 'data', 'events.json'), 'utf8')) as { homepage: string }
).homepage;

function pages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    return name.endsWith('.html') && !isRedirectPage(readFileSync(full, 'utf8')) ? [full] : [];
  });
}

/** The file an absolute address of this site is served from, or null when it is not one of ours. */
function fileOf(address: string): string | null {
  if (!address.startsWith(home)) return null;
  const path = decodeURIComponent(
    new URL(address).pathname.slice(new URL(home).pathname.length),
  ).replace(/#.*$/, '');
  return join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

test('every self-address on every page is a page of the build, and unaddressed pages say noindex', () => {
  const problems: string[] = [];
  const files = pages();
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const where = relative(dist, file);
    const addresses = [
      ...html.matchAll(/<link rel="canonical" href="([^"]+)"/g),
      ...html.matchAll(/<meta property="og:url" content="([^"]+)"/g),
      ...html.matchAll(/<meta name="citation_public_url" content="([^"]+)"/g),
    ].map((m) => m[1]!);
    for (const m of html.matchAll(/class="Z3988" title="([^"]+)"/g)) {
      const id = m[1]!
        .replace(/&amp;/g, '&')
        .split('&')
        .find((p) => p.startsWith('rft_id='));
      if (id) addresses.push(decodeURIComponent(id.slice(7)));
    }
    for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      const ld = JSON.parse(m[1]!) as Record<string, unknown>;
      for (const thing of (ld['@graph'] as Record<string, unknown>[] | undefined) ?? [ld])
        if (typeof thing.url === 'string') addresses.push(thing.url);
    }
    for (const address of addresses) {
      const target = fileOf(address);
      if (!target) problems.push(`${where}: ${address} is not an address of ${home}`);
      else if (!existsSync(target)) problems.push(`${where}: ${address} leads to no page`);
    }
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
    if (!canonical && !noindex) problems.push(`${where}: no canonical address and no noindex`);
    // An embed names the full page it stands for and is noindex; a page naming itself is indexable.
    if (canonical && noindex && fileOf(canonical) === file)
      problems.push(`${where}: canonical to itself and noindex at once`);
  }
  expect(problems).toEqual([]);
});
