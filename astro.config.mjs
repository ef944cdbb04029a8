// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { editionPrefix, editionPrefixes, editions, site, urls } from './src/site.config.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { sourcingPlugin } from './src/build/sourcing-plugin.ts';
import { CSP_DIRECTIVES } from './src/lib/publishing/headers.ts';
import { searchAndSitemap } from './src/build/search-and-sitemap.ts';
import { hosting } from './src/build/hosting.ts';
import { buildLock } from './src/build/build-lock.ts';
import { versionLinkRules } from './src/build/revisions.ts';
import { FRAMEABLE_SECTIONS, SECTIONS } from './src/lib/urls/index.ts';
import { WASM_SECTIONS } from './src/lib/publishing/headers.ts';
import { contentCheck } from './src/build/content-check-integration.ts';
import { existsSync, readFileSync } from 'node:fs';
import {
  expandRedirects,
  inEveryEdition,
  parseRedirects,
  parseRegistry,
} from './src/lib/content/permalinks.ts';
import { permalinkRegistry } from './src/build/permalink-registry.ts';
import { notFoundPages } from './src/build/not-found-pages.ts';
import { contentDir } from './src/build/content-dir.ts';
import { cacheDirFor } from './src/build/build-cache.ts';
import { fileCspHash } from './src/build/inline-hashes.ts';

// A renamed entry keeps its old address: <content>/redirects.json maps old site paths to new ones
// (README, "Permalinks"). Astro writes a page at each old path that sends readers to the new one.
// The registry lists every address ever published (README, "Permalinks"); the build stops if one
// is neither built nor redirected, and hosts answer each renamed page and the files below it with
// a 301. Astro's own stand-in pages, for hosts that cannot redirect, point inside the base path.
const redirectsFile = `${contentDir()}/redirects.json`;
const registryFile = `${contentDir()}/permalinks.txt`;
// One rename moves the entry in every edition (`inEveryEdition`).
const redirects = inEveryEdition(
  existsSync(redirectsFile)
    ? parseRedirects(readFileSync(redirectsFile, 'utf8'), redirectsFile)
    : {},
  editionPrefixes,
);
const registered = existsSync(registryFile)
  ? parseRegistry(readFileSync(registryFile, 'utf8'))
  : [];
const redirectPages = Object.fromEntries(
  Object.entries(redirects).map(([from, to]) => [from, `${site.base}${to.slice(1)}`]),
);

// Where the site lives comes from the environment (SITE_URL, BASE_PATH); see src/site.config.ts.
export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  redirects: redirectPages,
  // OUT_DIR and CACHE_DIR let tests and benchmarks build other content folders side by side
  // without sharing the content-layer cache of the real site.
  outDir: process.env.OUT_DIR ?? './dist',
  // Each content folder gets its own cache, so a build of a fixture never leaves stale entries
  // behind for the real site's build. The same folder holds our build cache (src/build/build-cache.ts).
  cacheDir: cacheDirFor(),
  // Stylesheets are inlined into each page's <head>: the first screen paints after one response
  // instead of waiting a round trip for a render-blocking file. The CSP allows each by its hash.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // A Content-Security-Policy <meta> on every page, with hashes for the inline styles (Astro's own)
  // and the theme script (inlined as it is, so its file's hash is the hash of what the page holds).
  // The hosts send the same policy as a header, with the hashes read from the built pages, plus
  // what a <meta> cannot carry (src/build/hosting.ts, src/build/inline-hashes.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: [fileCspHash('./src/scripts/theme.js')] },
    },
  },
  // Two content entries with the same id stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  // Sätteri is Astro 7's default Markdown/MDX processor; our plugin checks and numbers citations.
  // No syntax highlighting: the story has no code, and Shiki's inline styles would break the CSP.
  markdown: { processor: satteri({ mdastPlugins: [sourcingPlugin()] }), syntaxHighlight: false },
  // contentCheck: the rules of `npm run check:content`, before the build and on every save in dev.
  // notFoundPages: each edition's 404 page at `/<code>/404.html`, before anything reads the build.
  // searchAndSitemap: the Pagefind search index and sitemap.xml, made from the built site.
  // hosting: _headers, _redirects, and nginx and Caddy configuration from one description.
  // buildLock: one build of this project at a time (see src/build/build-lock.ts for why).
  integrations: [
    buildLock(),
    contentCheck(),
    mdx(),
    notFoundPages(editions.map(editionPrefix)),
    searchAndSitemap({
      urls,
      editions: editions.map((edition) => ({ edition, prefix: editionPrefix(edition) })),
    }),
    hosting(
      {
        base: site.base,
        sections: SECTIONS,
        frameable: FRAMEABLE_SECTIONS,
        wasm: WASM_SECTIONS,
        redirects: expandRedirects(registered, redirects),
        editions: editions.map(editionPrefix).filter((p) => p !== ''),
      },
      urls.absolute(urls.sitemap()),
      () => versionLinkRules(urls),
    ),
    permalinkRegistry({ registered, redirects, registryFile, redirectsFile }),
  ],
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
          if (
            log.code === 'MODULE_LEVEL_DIRECTIVE' &&
            log.message.includes('use astro:head-inject')
          )
            return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
