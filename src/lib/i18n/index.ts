/**
 * Every word a reader sees, per edition: the dictionaries (en.ts), the editions made from them
 * (editions.ts), and the locale-bound formatters for plurals, lists and sorting (format.ts).
 * Components take their words from `editionOf(Astro.locals)`; code outside a page (data shaping,
 * build steps) takes the English edition's, exported here as `ui`, `statusText` and the rest.
 */
import { english } from './editions.ts';

export * from './direction.ts';
export * from './en.ts';
export * from './editions.ts';
export * from './fonts.ts';
export * from './format.ts';

/** The English edition's words, for code that renders no page of another edition. */
export const { ui, statusText, actorKindText, actorRoleText, sourceKindText } = english.words;
