/**
 * Gives each edition's 404 page the name web servers and hosts look for: Astro writes a page
 * made by a dynamic route as `/404/index.html` and `/<code>/404/index.html`, and this moves them to
 * `/404.html` and `/<code>/404.html`, beside the edition's pages. Cloudflare Pages serves the nearest `404.html`
 * up the path on its own; nginx, Caddy and Netlify are told by the generated configuration
 * (src/lib/publishing/hosting.ts). Runs before the search index and sitemap read the build, so
 * no `/<code>/404/` address is ever listed or served.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Creates the integration.
 * @param prefixes every edition's path prefix, `''` for the source edition (`['', 'ar', 'he']`).
 * @throws Error at the end of the build naming the page when an edition has no 404 page.
 */
export function notFoundPages(prefixes: readonly string[]): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const prefix of prefixes) {
          const built = join(outDir, prefix, '404', 'index.html');
          if (!existsSync(built))
            throw new Error(
              `not-found-pages: ${built} was not built; src/pages/[...edition]/404.astro must list every edition in getStaticPaths.`,
            );
          renameSync(built, join(outDir, prefix, '404.html'));
          rmdirSync(join(outDir, prefix, '404'));
        }
      },
    },
  };
}
