/**
 * The content model: the Zod schemas of events, actors, sources and eras, EDTF dates at their
 * true precision, the id rules, the checks that span collections, anchors, and the permalink
 * registry's rules. Pure: values in, values out; the build wires them to files.
 */
export * from './anchors.ts';
export * from './dates.ts';
export * from './integrity.ts';
export * from './permalinks.ts';
export * from './schema.ts';
export * from './scaffold.ts';
