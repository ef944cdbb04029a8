/**
 * Astro integration for the steps that need the whole built site, run at the end of
 * every build (`npm run build`, the tests' builds, the benchmarks):
 * 1. the Pagefind search index, written to `<outDir>/pagefind/` with Pagefind's Node API; only the
 *    content marked `data-pagefind-body` is indexed (events, actors, sources), never navigation;
 * 2. `sitemap.xml`, listing every built page (see `inSitemap`) with its last-modified day, read
 *    from the built `/data/events.json` (see src/lib/publishing/sitemap.ts for the rule).
 * A failure in either step stops the build with a message saying what failed.
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { inSitemap, lastModifiedFor, sitemapEvents, sitemapXml } from '../lib/publishing/sitemap';
import { isRedirectPage } from '../lib/content/permalinks';
import { prepareForIndex, searchRecords } from '../lib/publishing/search-index';
import { english, ui } from '../lib/i18n';
import { tallies, tallyLine } from './build-stats.ts';
import type { SiteUrls } from '../lib/urls';

/** Every HTML page under `dir`, as a path below the base (`events/x/`, `404.html`, `` for home). */
function builtPages(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return builtPages(full, root);
    return name.endsWith('.html')
      ? [
          relative(root, full)
            .replace(/\\/g, '/')
            .replace(/(^|\/)index\.html$/, '$1'),
        ]
      : [];
  });
}

/**
 * The integration.
 * @param options.urls the site's URL builders: sitemap addresses are made absolute with them.
 */
export function searchAndSitemap(options: { urls: SiteUrls }): AstroIntegration {
  return {
    name: 'search-and-sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);

        const data = (file: string) => JSON.parse(readFileSync(join(outDir, 'data', file), 'utf8'));
        const eventsDoc = data('events.json');

        // Pagefind stems words by the edition's language (the language subtag: `en` for `en-GB`).
        // Not content: navigation inside an article (previous/next), screen-reader-only labels,
        // buttons, the "cite this page" block, the status legend, and in the numbered sources the
        // "^ a b" links back to each citation and the "Source page" links, which would otherwise
        // fill the excerpts readers see with the same words on every result.
        const { index, errors } = await pagefind.createIndex({
          forceLanguage: new Intl.Locale(english.locale).language,
          excludeSelectors: [
            'nav',
            '.sr-only',
            'button',
            '[data-cite]',
            '.status-legend',
            '.backlinks',
            '.source-page',
          ],
        });
        if (!index || errors.length)
          throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const records = searchRecords(
          {
            events: eventsDoc.events,
            actors: data('actors.json').actors,
            sources: data('sources.json').sources,
          },
          ui.search,
        );
        const indexing = performance.now();
        for (const record of records) {
          const html = readFileSync(join(outDir, record.path, 'index.html'), 'utf8');
          // Below the base path: the search script passes the base to Pagefind as its baseUrl, which it puts in front.
          const added = await index.addHTMLFile({
            url: `/${record.path}`,
            content: prepareForIndex(html, record),
          });
          if (added.errors.length)
            throw new Error(`Pagefind could not index ${record.path}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The site draws its own results (src/scripts/search.ts): Pagefind's ready-made interfaces
        // (about 400 KB) would only be dead weight in the deploy.
        for (const name of readdirSync(join(outDir, 'pagefind'))) {
          if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name))
            rmSync(join(outDir, 'pagefind', name));
        }
        const search = tallies().search;
        search.items += records.length;
        search.ms += performance.now() - indexing;
        logger.info(`Pagefind indexed ${records.length} pages (events, actors, sources).`);

        const events = sitemapEvents(eventsDoc);
        // Astro's stand-in pages at renamed addresses only send readers on: not pages to list.
        const isPage = (path: string) =>
          !isRedirectPage(
            readFileSync(join(outDir, path.endsWith('.html') ? path : `${path}index.html`), 'utf8'),
          );
        const pages = builtPages(outDir).filter(inSitemap).filter(isPage).sort();
        const xml = sitemapXml(
          pages.map((p) => ({
            loc: options.urls.absolute(options.urls.page(p)),
            lastmod: lastModifiedFor(p, events),
          })),
        );
        writeFileSync(join(outDir, 'sitemap.xml'), xml);
        logger.info(`sitemap.xml lists ${pages.length} pages.`);
        // For the build benchmark: where the time went (seconds summed over threads).
        logger.info(tallyLine());
      },
    },
  };
}
