/**
 * The story's own rules: sourcing (every claim cited, quotes and accounts attributed), actors and
 * their affiliation chains, sources and who cites them, corrections, the timeline's order and
 * grouping, filters, and paging lists that must exist when empty. Pure.
 */
export * from './actors.ts';
export * from './corrections.ts';
export * from './filters.ts';
export * from './paging.ts';
export * from './sources.ts';
export * from './sourcing.ts';
export * from './timeline.ts';
export * from './quotes.ts';
export * from './event-body.ts';
