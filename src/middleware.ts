/**
 * Sets `Astro.locals.edition` on every page from its address (`/ar/…` is the Arabic edition), so
 * pages and components render the reader's edition through `editionOf(Astro.locals)` and the
 * route files stay one per page type. Runs while pages are prerendered, and in `astro dev`.
 */
import { defineMiddleware } from 'astro:middleware';
import { editionAt } from './site.config';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.edition = editionAt(context.url.pathname);
  return next();
});
