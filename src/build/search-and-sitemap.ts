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
import {
  inSitemap,
  lastModifiedFor,
  sitemapEvents,
  sitemapXml,
  splitEdition,
} from '../lib/publishing/sitemap';
import { isRedirectPage } from '../lib/content/permalinks';
import {
  INDEX_EXCLUDED_SELECTORS,
  indexedText,
  prepareForIndex,
  searchRecords,
} from '../lib/publishing/search-index';
import { indexFormsFor } from '../lib/i18n/hebrew-prefixes';
import { formatEventDate, parseEventDate } from '../lib/content/dates';
import type { EvidenceStatus } from '../lib/content/schema';
import type { Edition } from '../lib/i18n';
import { tallies, tallyLine } from './build-stats.ts';
import type { SiteUrls } from '../lib/urls';

/** An edition as the index and the sitemap need it: its words, language and URL prefix. */
export interface IndexedEdition {
  edition: Edition;
  /** `''` for the source edition, else its code (`ar`). */
  prefix: string;
}

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
export function searchAndSitemap(options: {
  urls: SiteUrls;
  editions: readonly IndexedEdition[];
}): AstroIntegration {
  return {
    name: 'search-and-sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);

        const data = (file: string) => JSON.parse(readFileSync(join(outDir, 'data', file), 'utf8'));
        const eventsDoc = data('events.json');

        // Pagefind keeps one index per language, read from each page's `<html lang>`, and stems
        // words by it; the search page's own `lang` makes it load its edition's index alone.
        // Not content: INDEX_EXCLUDED_SELECTORS (src/lib/publishing/search-index.ts) says what and why.
        const { index, errors } = await pagefind.createIndex({
          excludeSelectors: [...INDEX_EXCLUDED_SELECTORS],
        });
        if (!index || errors.length)
          throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // The data files speak English; each edition's results show its own status words and dates.
        type Dated = { date: { edtf: string; label: string } };
        const redate = <T extends Dated>(item: T, edition: Edition): T => ({
          ...item,
          date: {
            ...item.date,
            label: formatEventDate(parseEventDate(item.date.edtf), edition.dates),
          },
        });
        const records = options.editions.flatMap(({ edition, prefix }) => {
          const forms = indexFormsFor(edition.locale);
          return searchRecords(
            {
              events: eventsDoc.events.map((e: Dated & { status: EvidenceStatus }) => ({
                ...redate(e, edition),
                statusLabel: edition.words.statusText[e.status].label,
              })),
              actors: data('actors.json').actors,
              sources: data('sources.json').sources.map((s: Dated) => redate(s, edition)),
            },
            edition.words.ui.search,
          ).map((r) => ({ ...r, path: prefix ? `${prefix}/${r.path}` : r.path, forms }));
        });
        const indexing = performance.now();
        for (const record of records) {
          const html = readFileSync(join(outDir, record.path, 'index.html'), 'utf8');
          // A language that joins particles to words (Hebrew) also gets the bare forms of its
          // words, in a metadata field: Pagefind searches metadata but never shows it in an
          // excerpt, so "הולנד" finds a page that writes "בהולנד" and the excerpt stays the page's.
          const bare = record.forms?.(indexedText(html, INDEX_EXCLUDED_SELECTORS, record.path));
          const meta = bare?.length ? { ...record.meta, forms: bare.join(' ') } : record.meta;
          // Below the base path: the search script passes the base to Pagefind as its baseUrl, which it puts in front.
          const added = await index.addHTMLFile({
            url: `/${record.path}`,
            content: prepareForIndex(html, { ...record, meta }),
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
        const prefixes = options.editions.map((e) => e.prefix);
        const within = (p: string) => splitEdition(p, prefixes).path;
        const pages = builtPages(outDir)
          .filter((p) => inSitemap(within(p)))
          .filter(isPage)
          .sort();
        const built = new Set(pages);
        const absolute = (p: string) => options.urls.absolute(options.urls.page(p));
        const xml = sitemapXml(
          pages.map((p) => {
            const path = within(p);
            const versions = options.editions
              .map(({ edition, prefix }) => ({
                edition,
                page: prefix ? `${prefix}/${path}` : path,
              }))
              .filter((v) => built.has(v.page));
            return {
              loc: absolute(p),
              lastmod: lastModifiedFor(path, events),
              alternates:
                versions.length > 1
                  ? [
                      ...versions.map((v) => ({
                        hreflang: v.edition.locale,
                        href: absolute(v.page),
                      })),
                      { hreflang: 'x-default', href: absolute(path) },
                    ]
                  : undefined,
            };
          }),
        );
        writeFileSync(join(outDir, 'sitemap.xml'), xml);
        logger.info(`sitemap.xml lists ${pages.length} pages.`);
        // For the build benchmark: where the time went (seconds summed over threads).
        logger.info(tallyLine());
      },
    },
  };
}
