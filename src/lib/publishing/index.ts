/**
 * What the site publishes for machines and other sites: feeds, the sitemap, open data and its
 * JSON Schemas, the search index's records, head metadata (Highwire, Open Graph, JSON-LD), and
 * HTTP headers with the Content-Security-Policy. Pure: records in, documents out.
 */
export * from './feeds.ts';
export * from './headers.ts';
export * from './metadata.ts';
export * from './open-data-schema.ts';
export * from './open-data.ts';
export * from './sitemap.ts';
