// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { site, urls } from './src/site.config.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { sourcingPlugin } from './src/build/sourcing-plugin.ts';
import { CSP_DIRECTIVES } from './src/lib/publishing/headers.ts';
import { searchAndSitemap } from './src/build/search-and-sitemap.ts';
import { existsSync, readFileSync } from 'node:fs';
import { parseRedirects } from './src/lib/content/permalinks.ts';
import { cacheDirFor } from './src/build/build-cache.ts';

// A renamed entry keeps its old address: <content>/redirects.json maps old site paths to new ones
// (README, "Permalinks"). Astro writes a page at each old path that sends readers to the new one.
const redirectsFile = resolve(process.env.CONTENT_DIR ?? 'content', 'redirects.json');
const redirects = existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, 'utf8'), redirectsFile) : {};

// Where the site lives comes from the environment (SITE_URL, BASE_PATH); see src/site.config.ts.
export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  redirects,
  // OUT_DIR and CACHE_DIR let tests and benchmarks build other content folders side by side
  // without sharing the content-layer cache of the real site.
  outDir: process.env.OUT_DIR ?? './dist',
  // Each content folder gets its own cache, so a build of a fixture never leaves stale entries
  // behind for the real site's build. The same folder holds our build cache (src/build/build-cache.ts).
  cacheDir: cacheDirFor(),
  // Stylesheets stay files (never inlined) so the header CSP can allow styles from 'self' alone.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A Content-Security-Policy <meta> on every page, with hashes for any inline script or style.
  // public/_headers sends the same policy as a header, plus what a <meta> cannot carry.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
    },
  },
  // Two content entries with the same id stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  // Sätteri is Astro 7's default Markdown/MDX processor; our plugin checks and numbers citations.
  // No syntax highlighting: the story has no code, and Shiki's inline styles would break the CSP.
  markdown: { processor: satteri({ mdastPlugins: [sourcingPlugin()] }), syntaxHighlight: false },
  // searchAndSitemap: the Pagefind search index and sitemap.xml, made from the built site.
  integrations: [mdx(), searchAndSitemap({ urls })],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Scripts are always files, never inlined into the page: the CSP allows scripts from 'self' only.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro's content layer marks each MDX entry's asset module with its own internal directive
        // "use astro:head-inject", which Astro consumes before bundling; Rolldown then warns once per
        // MDX file that the directive "may not be preserved". That one message is dropped, and only
        // for that directive: every other warning, including other module-level directives, is kept.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
