/**
 * URLs: every address the site makes, with the base path, in site-relative and absolute form.
 * The site's own instance is `urls` in `src/site.config.ts`.
 */
export * from './urls.ts';
