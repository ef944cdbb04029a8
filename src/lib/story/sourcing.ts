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
 * Pure functions; `src/build/sourcing-plugin.ts` applies them while MDX is compiled.
 */

/**
 * The only components editors may write in content (registered by the event page). Anything else
 * in angle brackets, raw HTML above all (`<script>`), stops the build: content is Markdown.
 */
export const EDITOR_COMPONENTS = [
  'Cite',
  'Quote',
  'Accounts',
  'Account',
  'EditorsNote',
  'Claim',
  // In translations only: a phrase the English text quotes, kept in English beside its translation.
  'Q',
] as const;

/**
 * The only components the site's long pages (content/pages/, registered by their route) may use:
 * a section heading with its anchor, a link to another page, the evidence-status definitions and
 * the embed code.
 */
export const PAGE_COMPONENTS = [
  'Heading',
  'PageLink',
  'StatusDefinitions',
  'EmbedSnippet',
] as const;

/**
 * Checks a JSX element name found in an event or actor entry.
 * @returns `null` when allowed, else the message for the editor.
 */
export function checkElementName(name: string | null | undefined): string | null {
  return elementProblem(name, EDITOR_COMPONENTS);
}

/**
 * Checks a JSX element name found in a long page (content/pages/).
 * @returns `null` when allowed, else the message for the editor.
 */
export function checkPageElementName(name: string | null | undefined): string | null {
  return elementProblem(name, PAGE_COMPONENTS);
}

function elementProblem(
  name: string | null | undefined,
  allowed: readonly string[],
): string | null {
  if (allowed.includes(name ?? '')) return null;
  const list = allowed.map((c) => `<${c}>`).join(', ');
  if (!name || /^[a-z]/.test(name)) {
    return `raw HTML (<${name ?? ''}>) is not allowed in content: write Markdown, and use only ${list}.`;
  }
  return `<${name}> is not a component editors can use here; use only ${list}.`;
}

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
    throw new Error(
      `<${name}> needs source="source-id": one or more ids from this event's front-matter "sources", separated by spaces.`,
    );
  }
  if (SPEAKING.has(name) && (typeof attributes.by !== 'string' || attributes.by.trim() === '')) {
    throw new Error(
      `<${name}> needs by="actor-id": the id of the actor who says it (a file name in content/actors/).`,
    );
  }
  const ids = splitIds(raw);
  const numbers = ids.map((id) => {
    const index = listed.indexOf(id);
    if (index === -1) {
      const known = listed.length ? listed.map((s) => `"${s}"`).join(', ') : 'none';
      throw new Error(
        `<${name} source="${raw}">: "${id}" is not in this event's front-matter "sources" (listed: ${known}). Add it to "sources" or fix the id.`,
      );
    }
    return index + 1;
  });
  return { ids, numbers };
}

/** A node of a Markdown syntax tree, as far as the citation rules need it. */
export interface TreeNode {
  type: string;
  name?: string | null;
  children?: readonly TreeNode[];
}

/**
 * Does a paragraph carry a citation (a `<Cite>` anywhere inside it, emphasis included)?
 * Rule: every factual paragraph of an event ends with, or contains, at least one citation
 * (issue "Claim-level sourcing"); quotes and accounts carry their own sources, and editorial
 * notes (`<EditorsNote>`) state no facts, so neither is a paragraph at the top level.
 */
export function hasCitation(node: TreeNode): boolean {
  if (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
    node.name === 'Cite'
  )
    return true;
  return (node.children ?? []).some(hasCitation);
}

/** A quotation in an event's text, collected for the speaker's page. */
export interface QuoteRef {
  /** Anchor id of the quotation's citation on the event page (`cite-3`). */
  ref: string;
  /** Actor id of the speaker. */
  by: string;
  sources: string[];
  /** The quoted words as plain text. */
  text: string;
}
