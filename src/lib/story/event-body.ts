/**
 * Every rule on what editors write in the text of an entry, applied to its Markdown syntax tree
 * (mdast with MDX nodes, as Sätteri parses it): the components allowed, each `<Cite>`, `<Quote>`
 * and `<Account>` (sources listed, speaker an actor), every quotation word for word an excerpt
 * of its source (`./quotes.ts`), every block of an event that states facts cited (see
 * {@link checkBody}), every listed source cited somewhere, every anchor unique on the page, no raw
 * HTML, expressions or imports.
 *
 * One function, two callers: the build's sourcing plugin (`src/build/sourcing-plugin.ts`), which
 * stops the build on the problems it returns, and `npm run check:content`, which reports them with
 * every other problem at once. So the two can never disagree.
 */
import GithubSlugger from 'github-slugger';
import { claimIdProblem, pageIdProblem } from '../content/anchors.ts';
import { closestId } from '../content/integrity.ts';
import { checkQuotation, normaliseQuotation, quotedStrings, type QuotedSource } from './quotes.ts';

/** "did you mean …" for a mistyped speaker, when one actor id is close. */
function suggestion(by: string, ids: Iterable<string> | undefined): string | undefined {
  const best = ids && closestId(by, ids);
  return best ? `did you mean by="${best}"? Otherwise add the actor` : undefined;
}
import {
  checkElementName,
  checkPageElementName,
  hasCitation,
  isSourcingComponent,
  numberSources,
  type CitationRef,
  type QuoteRef,
  type TreeNode,
} from './sourcing.ts';

/** A node of the syntax tree, as far as these rules read it. */
export interface BodyNode {
  type: string;
  name?: string | null | undefined;
  value?: unknown;
  attributes?: readonly { type: string; name?: string | undefined; value?: unknown }[] | undefined;
  children?: readonly BodyNode[] | undefined;
  position?: { start: { line: number; column: number } } | undefined;
}

/** One broken rule in the text, at its place in the file (1-based line and column). */
export interface BodyProblem {
  line: number;
  column: number;
  /** What the problem is in: `text`, `<Quote>`, `sources` (a listed source never cited). */
  field: string;
  message: string;
  /** How to fix it; empty when the message already says. */
  fix: string;
  /** For a misquotation, the excerpt it comes closest to (not reported again as unused). */
  excerpt?: { source: string; text: string } | undefined;
}

/** What the rules need to know about the rest of the story. */
export interface BodyContext {
  /** True for an event's text: its paragraphs must be cited and its listed sources used. */
  isEvent: boolean;
  /** A long page of the site (content/pages/): its own components (Heading, PageLink, …) are allowed. */
  isPage?: boolean;
  /** The entry's front-matter `sources`, in order (their numbers on the page). */
  listed: readonly string[];
  /** Whether an actor id exists. */
  isActor: (id: string) => boolean;
  /** Every actor id, to suggest the closest one for a typo (absent: no suggestion). */
  actorIds?: (() => Iterable<string>) | undefined;
  /** Whether an actor is a draft, which a published entry may not quote (absent: none is). */
  isDraftActor?: ((id: string) => boolean) | undefined;
  /** Where an unknown speaker's file would go, for the message (`content/actors/<id>.md`). */
  actorFile: (id: string) => string;
  /** A source's date and recorded excerpts, or `undefined` for an unknown id. */
  source: (id: string) => QuotedSource | undefined;
  /**
   * For a translation: the strings the English text quotes ("…"), which a `<Q>` may repeat
   * verbatim besides its source's excerpts. Absent for an English entry.
   */
  englishQuotations?: readonly string[] | undefined;
}

/** What the text cites and quotes, for source and actor pages. */
export interface BodyResult {
  problems: BodyProblem[];
  /** Every `<Cite>`, `<Quote>` and `<Account>` in reading order, with its anchor `cite-<n>`. */
  citations: CitationRef[];
  /** Every `<Quote>`, in reading order. */
  quotes: QuoteRef[];
  /** Each sourcing element's source numbers, in reading order (the `numbers` attribute to set). */
  numbers: number[][];
}

/** The plain text of a node: its text and inline code, paragraphs joined by a space. */
export function textOf(node: BodyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  const parts = (node.children ?? []).map(textOf);
  return node.type === 'paragraph'
    ? parts.join('')
    : parts.join(node.children?.some((c) => c.type === 'paragraph') ? ' ' : '');
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function attributesOf(node: BodyNode): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const a of node.attributes ?? [])
    if (a.type === 'mdxJsxAttribute' && a.name) attributes[a.name] = a.value;
  return attributes;
}

/**
 * Blocks whose contents need no citation of their own: quotations and accounts carry their own
 * sources, an editor's note states no fact of the story. Headings introduce and are not checked.
 */
const SELF_SOURCED = new Set(['Quote', 'Account', 'Accounts', 'EditorsNote']);

/**
 * Checks the text of one entry.
 *
 * The sourcing rule covers every block an editor can write that states facts: each paragraph
 * (at the top level, inside a `<Claim>` or a block quotation), each list item (anywhere inside
 * it: a nested list is part of its item) and each table row but the header row. Exempt: headings,
 * and everything inside {@link SELF_SOURCED} elements.
 * @param root the document's syntax tree (with positions; a missing position reads as 1:1).
 * @param context the entry's listed sources and lookups into the story.
 * @returns every problem (in reading order, an unused listed source last), and what the text cites
 *   and quotes. Nothing is thrown: the caller decides to stop the build or to report.
 */
export function checkBody(root: BodyNode, context: BodyContext): BodyResult {
  const problems: BodyProblem[] = [];
  const citations: CitationRef[] = [];
  const quotes: QuoteRef[] = [];
  const numbers: number[][] = [];
  let paragraphs = 0;
  // Anchors: headings get github-slugger ids, counted through the document as Sätteri gives them.
  const slugger = new GithubSlugger();
  const anchors = new Map<string, string>();
  const claimAnchor = (id: string, what: string, node: BodyNode) => {
    const earlier = anchors.get(id);
    if (earlier)
      report(
        node,
        what.startsWith('heading') ? 'heading' : '<Claim id>',
        `${what} gives the id "${id}", which ${earlier} already has: a link to #${id} would land on the first.`,
        'reword the heading or choose another claim id',
      );
    else anchors.set(id, what);
  };
  const uncited = (node: BodyNode, kind: string) => {
    const text =
      node.type === 'tableRow' ? (node.children ?? []).map(textOf).join(' | ') : textOf(node);
    const words = text.trim().split(/\s+/).slice(0, 8).join(' ');
    report(
      node,
      'text',
      `${kind} ("${words}…") states facts without a citation.`,
      'end it with <Cite source="source-id" />; if it is an editorial note, put it in <EditorsNote>…</EditorsNote>',
    );
  };
  const at = (node: BodyNode) => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  const report = (node: BodyNode, field: string, message: string, fix = '') =>
    problems.push({ ...at(node), field, message, fix });

  const checkQuote = (
    node: BodyNode,
    text: string,
    sources: string[],
    kind: 'Quote' | 'Account',
    date: unknown,
  ) => {
    const problem = checkQuotation(
      { text, sources, kind, date: typeof date === 'string' ? date : undefined },
      context.source,
    );
    if (problem)
      problems.push({
        ...at(node),
        field: `<${kind}>`,
        message: problem.message,
        fix: problem.fix,
        excerpt: problem.nearest,
      });
  };

  // A <Q> (translations only) keeps a phrase the English text quotes, verbatim in English: the
  // words must be what the English quotes, or an excerpt of the source it names.
  const checkInlineQuote = (node: BodyNode, attributes: Record<string, unknown>) => {
    const source = attributes.source;
    const words = normaliseQuotation(textOf(node));
    if (typeof source !== 'string' || !context.listed.includes(source)) {
      report(
        node,
        '<Q source>',
        `<Q source=${JSON.stringify(source)}>: expected one of the event's sources (${context.listed.join(', ')}).`,
        'name the source the English sentence cites for these words',
      );
      return;
    }
    if (typeof attributes.translation !== 'string' || attributes.translation.trim() === '')
      report(node, '<Q translation>', '<Q> needs translation="…".', 'add the translated words');
    const excerpts = context.source(source)?.excerpts ?? [];
    const known = [...(context.englishQuotations ?? []), ...excerpts.map((e) => e.text)].map(
      normaliseQuotation,
    );
    if (!known.includes(words))
      report(
        node,
        '<Q>',
        `<Q> quotes "${words}", which the English text does not quote and "${source}" has no such excerpt.`,
        'copy the English words exactly as the English text quotes them, inside <Q>; put the translation in translation="…"',
      );
  };

  // `covered`: an enclosing block is already checked for a citation, or needs none.
  const visit = (node: BodyNode, parent: BodyNode | undefined, covered = false) => {
    switch (node.type) {
      case 'paragraph': {
        if (context.isEvent && !covered) {
          paragraphs += 1;
          if (!hasCitation(node as TreeNode)) uncited(node, `paragraph ${paragraphs}`);
        }
        break;
      }
      case 'listItem': {
        if (context.isEvent && !covered && !hasCitation(node as TreeNode))
          uncited(node, 'a list item');
        for (const child of node.children ?? []) visit(child, node, true);
        return;
      }
      case 'table': {
        (node.children ?? []).forEach((row, i) => {
          // The first row is the header: it names the columns and states nothing.
          if (context.isEvent && !covered && i > 0 && !hasCitation(row as TreeNode))
            uncited(row, `table row ${i}`);
          for (const child of row.children ?? []) visit(child, row, true);
        });
        return;
      }
      case 'heading': {
        const id = slugger.slug(textOf(node));
        const problem = pageIdProblem(id);
        if (problem)
          report(
            node,
            'heading',
            `the heading "${textOf(node)}" gets the id "${id}", ${problem}`,
            'reword the heading',
          );
        else claimAnchor(id, `the heading "${textOf(node)}"`, node);
        break;
      }
      case 'html':
        report(node, 'text', 'raw HTML is not allowed in content.', 'write Markdown');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          'text',
          '{…} expressions are not allowed in content.',
          'write plain text (escape a brace as \\{)',
        );
        return;
      case 'mdxjsEsm':
        report(
          node,
          'text',
          'import and export are not allowed in content.',
          'remove the line: the components are provided by the site',
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes = attributesOf(node);
        if (node.name === 'Claim') {
          const problem = claimIdProblem(attributes.id);
          if (problem) report(node, '<Claim>', `<Claim> ${problem}`);
          else claimAnchor(String(attributes.id), `<Claim id="${String(attributes.id)}">`, node);
          break;
        }
        const refused = context.isPage
          ? checkPageElementName(node.name)
          : checkElementName(node.name);
        if (refused) {
          report(node, 'text', refused);
          return;
        }
        if (node.name === 'Accounts') {
          // Where accounts differ, each side is shown: two or more, under a topic.
          const accounts = (node.children ?? []).filter((c) => c.name === 'Account').length;
          if (typeof attributes.topic !== 'string' || attributes.topic.trim() === '') {
            report(
              node,
              '<Accounts>',
              '<Accounts> needs topic="…": what the accounts differ on.',
              'add topic="What the CEO knew" (in your own words)',
            );
          }
          if (accounts < 2) {
            report(
              node,
              '<Accounts>',
              `<Accounts> holds ${accounts} <Account>; a dispute shows at least two sides.`,
              'add the other side with its source, or write a single account as a cited paragraph',
            );
          }
        }
        if (node.name === 'Account' && parent?.name !== 'Accounts') {
          report(
            node,
            '<Account>',
            '<Account> stands outside <Accounts>.',
            'put the accounts that differ together inside <Accounts topic="…">…</Accounts>',
          );
        }
        if (
          node.name === 'Quote' &&
          attributes.date !== undefined &&
          !(typeof attributes.date === 'string' && DAY.test(attributes.date))
        ) {
          report(
            node,
            '<Quote date>',
            `<Quote date=${JSON.stringify(attributes.date)}>: expected a day, YYYY-MM-DD.`,
            'write date="2025-08-26", or leave date out when the words are from the source\'s own date',
          );
        }
        if (node.name === 'Q') {
          checkInlineQuote(node, attributes);
          break;
        }
        if (!isSourcingComponent(node.name)) break;
        try {
          const cited = numberSources(node.name, attributes, context.listed);
          const by = attributes.by;
          if (typeof by === 'string' && !context.isActor(by)) {
            report(
              node,
              `<${node.name} by>`,
              `<${node.name} by="${by}">: no actor "${by}" (no file ${context.actorFile(by)}).`,
              suggestion(by, context.actorIds?.()) ?? 'fix the id or add the actor',
            );
          } else if (typeof by === 'string' && context.isDraftActor?.(by)) {
            report(
              node,
              `<${node.name} by>`,
              `<${node.name} by="${by}">: "${by}" is a draft actor (draft: true), left out of the published site.`,
              'publish the actor first (remove draft: true from its file), or mark this entry draft: true too',
            );
          }
          const ref = `cite-${citations.length + 1}`;
          citations.push({ ref, sources: cited.ids });
          numbers.push(cited.numbers);
          if (node.name === 'Quote') {
            const text = textOf(node).trim();
            quotes.push({ ref, by: String(by), sources: cited.ids, text });
            checkQuote(node, text, cited.ids, 'Quote', attributes.date);
          } else if (node.name === 'Account') {
            for (const quoted of quotedStrings(textOf(node)))
              checkQuote(node, quoted, cited.ids, 'Account', undefined);
          }
        } catch (error) {
          numbers.push([]);
          citations.push({ ref: `cite-${citations.length + 1}`, sources: [] });
          report(node, `<${node.name}>`, (error as Error).message);
        }
        break;
      }
      default:
        break;
    }
    const coversChildren =
      covered ||
      ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        SELF_SOURCED.has(node.name ?? ''));
    for (const child of node.children ?? []) visit(child, node, coversChildren);
  };
  visit(root, undefined);

  if (context.isEvent) {
    const cited = new Set(citations.flatMap((c) => c.sources));
    const uncited = context.listed.filter((s) => !cited.has(s));
    if (uncited.length > 0) {
      problems.push({
        line: 1,
        column: 1,
        field: 'sources',
        message: `sources listed in the front matter but cited nowhere in the text: ${uncited.map((s) => `"${s}"`).join(', ')}.`,
        fix: 'cite each where it supports a claim (<Cite source="…" />), or remove it from "sources"',
      });
    }
  }
  return { problems, citations, quotes, numbers };
}
