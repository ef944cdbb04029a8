/**
 * Astro integration that writes, at the end of every build, the files hosts read to serve the site
 * as it intends (src/lib/publishing/hosting.ts): `_headers` and `_redirects` into the build for
 * Netlify and Cloudflare Pages, and the nginx include files and Caddyfile snippet into the folder
 * beside it, `<outDir>-hosting/`, so that server configuration is never published as a page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  buildHostingPolicy,
  formatCaddyfile,
  formatHeadersFile,
  formatNginx,
  formatRedirectsFile,
  type SiteShape,
} from '../lib/publishing/hosting';
import type { HeaderRule } from '../lib/publishing/headers';
import { builtInlineHashes } from './inline-hashes';

/** The folder beside a build that holds its server configuration: `dist` → `dist-hosting`. */
export function hostingDirFor(outDir: string): string {
  return join(dirname(outDir), `${basename(outDir)}-hosting`);
}

/**
 * @param shape the site's base path, sections and renamed permalinks (site paths without base).
 * @param sitemap the sitemap's absolute URL, which the host root's robots.txt must name when the
 *   site lives under a sub-path.
 * @param pageHeaders the rules of single pages, read at the end of the build (each event's version
 *   `Link` headers, from its revision history).
 */
export function hosting(
  shape: SiteShape,
  sitemap: string,
  pageHeaders: () => Promise<HeaderRule[]> = async () => [],
): AstroIntegration {
  return {
    name: 'hosting',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        // The header policy allows the inline scripts and styles the pages were written with.
        const inline = await builtInlineHashes(outDir);
        const policy = buildHostingPolicy({ ...shape, inline: inline.union }, await pageHeaders());
        writeFileSync(join(outDir, '_headers'), formatHeadersFile(policy));
        writeFileSync(join(outDir, '_redirects'), formatRedirectsFile(policy));
        const configDir = hostingDirFor(outDir);
        mkdirSync(configDir, { recursive: true });
        const nginx = formatNginx(policy);
        writeFileSync(join(configDir, 'nginx-http.conf'), nginx.http);
        writeFileSync(join(configDir, 'nginx-server.conf'), nginx.server);
        writeFileSync(join(configDir, 'Caddyfile'), formatCaddyfile(policy));
        if (shape.base !== '/') {
          // Crawlers read robots.txt only at the root of a host, never under a sub-path.
          logger.info(
            `The site lives under ${shape.base}: its ${shape.base}robots.txt is not read by crawlers. The robots.txt at the root of the host must carry the line "Sitemap: ${sitemap}".`,
          );
        }
        logger.info(
          `Content-Security-Policy hashes: ${inline.union.scripts.length} inline script(s), ${inline.union.styles.length} inline style(s), ${inline.distinctSets} distinct set(s) over ${inline.pages} pages.`,
        );
        logger.info(
          `_headers, _redirects (${policy.redirects.length} renamed permalinks); nginx and Caddy configuration in ${configDir}.`,
        );
      },
    },
  };
}
