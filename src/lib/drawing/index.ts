/**
 * Geometry of what the site draws: the time-scaled axis, the actor map and the social cards'
 * layout (satori) and pixels (resvg). Pure and deterministic: the same input gives the same
 * drawing on every build.
 */
export * from './actor-map.ts';
export * from './axis.ts';
export * from './direction.ts';
export * from './social-card.ts';
export * from './status-colours.ts';
