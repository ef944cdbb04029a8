/**
 * What the site publishes for machines and other sites: feeds, the sitemap, open data and its
 * JSON Schemas, the search index's records, head metadata (Highwire, Open Graph, JSON-LD),
 * and how hosts serve it (headers with the Content-Security-Policy, content types, cache rules,
 * redirects) in each host's own format. Pure: records in, documents out.
 */
export * from './feeds.ts';
export * from './headers.ts';
export * from './hosting.ts';
export * from './inline-hashes.ts';
export * from './metadata.ts';
export * from './open-data-schema.ts';
export * from './open-data.ts';
export * from './sitemap.ts';
