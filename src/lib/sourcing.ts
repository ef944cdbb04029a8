/**
 * The sourcing rules for what editors write inside an event's text:
 * `<Cite source="id other-id" at="para. 4" />`, `<Quote by="actor" source="id">…</Quote>`,
 * `<Account by="actor" source="id">…</Account>`.
 *
 * - Every source id must be in the event's front-matter `sources`. A source cited in the text but
 *   missing there is rejected (not added silently), so the list an editor reads in the front
 *   matter is always the whole list.
 * - Each cited id is numbered by its position in `sources` (1-based), so the numbers in the text
 *   match the numbered list on the page.
 * - `Quote` and `Account` must say who speaks (`by`).
 *
 * Pure functions; `./sourcing-plugin.ts` applies them while MDX is compiled.
 */

/** Components whose `source` attribute is checked and numbered. */
export const SOURCING_COMPONENTS = ['Cite', 'Quote', 'Account'] as const;
export type SourcingComponent = (typeof SOURCING_COMPONENTS)[number];
const SPEAKING: ReadonlySet<string> = new Set(['Quote', 'Account']);

/** Splits a `source` attribute value into ids ("a b" or "a, b"). */
export function splitIds(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** Is this JSX element name one the sourcing rules apply to? */
export function isSourcingComponent(name: string | null | undefined): name is SourcingComponent {
  return (SOURCING_COMPONENTS as readonly (string | null | undefined)[]).includes(name);
}

/** A citation in the text: its anchor id (`cite-1`, in reading order) and the source ids it cites. */
export interface CitationRef {
  ref: string;
  sources: string[];
}

/**
 * Checks one sourcing element and numbers its sources.
 * @param name the component (`Cite`, `Quote`, `Account`).
 * @param attributes its string attributes (`source`, `by`); non-string values count as missing.
 * @param listed the event's front-matter `sources`, in order.
 * @returns the cited ids and their 1-based numbers.
 * @throws Error with a message that says what is wrong and how to fix it (the caller adds file and line).
 */
export function numberSources(
  name: SourcingComponent,
  attributes: Record<string, unknown>,
  listed: readonly string[],
): { ids: string[]; numbers: number[] } {
  const raw = attributes.source;
  if (typeof raw !== 'string' || splitIds(raw).length === 0) {
    throw new Error(`<${name}> needs source="source-id": one or more ids from this event's front-matter "sources", separated by spaces.`);
  }
  if (SPEAKING.has(name) && (typeof attributes.by !== 'string' || attributes.by.trim() === '')) {
    throw new Error(`<${name}> needs by="actor-id": the id of the actor who says it (a file name in content/actors/).`);
  }
  const ids = splitIds(raw);
  const numbers = ids.map((id) => {
    const index = listed.indexOf(id);
    if (index === -1) {
      const known = listed.length ? listed.map((s) => `"${s}"`).join(', ') : 'none';
      throw new Error(`<${name} source="${raw}">: "${id}" is not in this event's front-matter "sources" (listed: ${known}). Add it to "sources" or fix the id.`);
    }
    return index + 1;
  });
  return { ids, numbers };
}
