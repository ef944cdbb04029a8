/**
 * Citing the site: one CSL-JSON record per entry, formatted with citation-js into APA, MLA,
 * Chicago, Harvard, BibTeX, RIS and CSL-JSON, and the CSL style trees the added styles come in.
 * Pure: the build reads the styles from disk and caches outputs (src/build/citations.ts).
 */
export * from './csl-style.ts';
export * from './formats.ts';
