/**
 * Anchors readers can link to inside a page. Headings in event bodies get their ids from Sätteri
 * (github-slugger of the heading text, counted within the one document, so the same heading text
 * gives the same id on every page); a quoted passage can carry an explicit id with
 * `<Claim id="…">…</Claim>`. This module checks explicit ids.
 */

/**
 * Ids the event page itself uses (its sections, and the header's search box and theme switch); a
 * claim or a heading may not take one: it would break the page's own links.
 */
export const RESERVED_IDS = ['main', 'sources', 'corrections', 'cite-this', 'theme-switch', 'header-search-q'] as const;
/** Id shapes the page generates: citations (`cite-3`), sources (`source-…`), corrections, citation texts. */
const GENERATED = [/^cite-\d+$/, /^source-/, /^correction-\d+$/, /^citation-/];
const CLAIM_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Why an id the page would get from the text (a heading's) clashes with the page's own ids, or
 * `null` when it does not.
 */
export function pageIdProblem(id: string): string | null {
  if ((RESERVED_IDS as readonly string[]).includes(id) || GENERATED.some((p) => p.test(id))) {
    return `which the page uses itself (${RESERVED_IDS.join(', ')}, cite-<n>, source-…, correction-<n>, citation-…).`;
  }
  return null;
}

/**
 * Why an explicit claim id cannot be used, or `null` when it can.
 * @param id the `id` attribute as written (anything).
 * @returns a sentence naming what was found and what is allowed.
 */
export function claimIdProblem(id: unknown): string | null {
  if (typeof id !== 'string' || id === '') return 'needs an id: <Claim id="short-words-joined-by-hyphens">.';
  if (!CLAIM_ID.test(id)) return `id "${id}" must be lower-case words joined by hyphens, starting with a letter (e.g. "storage-in-netherlands").`;
  if ((RESERVED_IDS as readonly string[]).includes(id) || GENERATED.some((p) => p.test(id))) {
    return `id "${id}" is one the page uses itself (${RESERVED_IDS.join(', ')}, cite-<n>, source-…, correction-<n>, citation-…); choose another.`;
  }
  return null;
}
