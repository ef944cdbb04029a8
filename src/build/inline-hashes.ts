/**
 * The hashes of the inline scripts and styles the build emitted, for the Content-Security-Policy.
 *
 * The stylesheet and the theme script are inlined into every page's `<head>` (astro.config.mjs,
 * BaseLayout), so the first screen paints after one response. A browser runs an inline element
 * only if every policy on the response lists its hash: Astro's `<meta>` policy (the only one
 * GitHub Pages delivers) and the header policy the hosts send (src/lib/publishing/headers.ts). The
 * header policy gets its hashes here, read from the pages as written; the `<meta>` of each page is
 * checked to list its own. Bad output stops the build, naming the page.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InlineHashes } from '../lib/publishing/headers.ts';
import { metaPolicy, pageInlineHashes, policyProblems } from '../lib/publishing/inline-hashes.ts';

/** Every `.html` file below a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * The hash Astro's `security.csp` expects for a file that a page inlines as it is
 * (`sha256-<base64>`, without quotes): the theme script, whose bytes go into the page unchanged.
 * {@link builtInlineHashes} checks afterwards that the emitted bytes hash the same.
 * @param file the file's path.
 */
export function fileCspHash(file: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(readFileSync(file)).digest('base64')}`;
}

/** What {@link builtInlineHashes} found. */
export interface BuiltInlineHashes {
  /** Every inline script's and style's hash across the pages, for the header policy. */
  union: InlineHashes;
  /** How many pages were read, and how many distinct sets of hashes they carry. */
  pages: number;
  distinctSets: number;
}

/**
 * Reads every page of a build, hashes its inline scripts and styles, and checks that the page's
 * own CSP `<meta>` lists each of them and no 'unsafe-inline'.
 * @param outDir the build folder.
 * @returns the union of the hashes (the header policy's), and how many distinct sets there are.
 * @throws Error naming each page whose `<meta>` policy misses one of its inline elements (or has
 *   none while the page has inline elements), with the fix.
 */
export async function builtInlineHashes(outDir: string): Promise<BuiltInlineHashes> {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const sets = new Set<string>();
  const problems: string[] = [];
  const files = htmlFiles(outDir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const hashes = await pageInlineHashes(html);
    if (hashes.scripts.length === 0 && hashes.styles.length === 0) continue;
    hashes.scripts.forEach((h) => scripts.add(h));
    hashes.styles.forEach((h) => styles.add(h));
    sets.add(JSON.stringify(hashes));
    const meta = metaPolicy(html);
    // Astro's redirect stand-in pages carry no policy and no inline code; any other page must.
    const found = meta === undefined ? ['it has no CSP <meta>'] : policyProblems(meta, hashes);
    for (const problem of found) problems.push(`${relative(outDir, file)}: ${problem}`);
  }
  if (problems.length > 0)
    throw new Error(
      `Inline scripts or styles the page's Content-Security-Policy <meta> does not allow:\n${problems
        .slice(0, 20)
        .map((p) => `  ${p}`)
        .join(
          '\n',
        )}\nFix: inline only what astro.config.mjs hashes (security.csp: Astro's own styles and scripts, plus scriptDirective.hashes for the theme script), and never edit a page after Astro wrote its <meta>.`,
    );
  return {
    union: { scripts: [...scripts].sort(), styles: [...styles].sort() },
    pages: files.length,
    distinctSets: sets.size,
  };
}
