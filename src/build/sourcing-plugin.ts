/**
 * Sätteri (Astro 7's Markdown and MDX processor) plugin that applies the sourcing rules of
 * `src/lib/story/sourcing.ts` while an event's MDX is compiled:
 * - checks every `<Cite>`, `<Quote>` and `<Account>` (sources listed, speaker an existing actor)
 *   and stops the build with `file:line: message` on a broken one;
 * - gives each a `numbers` attribute (the numbers of its sources) and a `refId` (`cite-1`, …,
 *   in reading order) for its anchor;
 * - stops the build on a top-level paragraph of an event with no `<Cite>` (file, line, paragraph
 *   number, first words): every factual paragraph is sourced; editorial notes go in
 *   `<EditorsNote>`, quotes and accounts carry their own sources;
 * - writes the citations and the quotations to the front matter as `citations` and `quotes`,
 *   which pages read through `render()`'s `remarkPluginFrontmatter`: back-links from each source,
 *   claims on source pages, statements on actor pages.
 * The paragraph rule applies to MDX files in an `events` folder only (actor profiles are not
 * claims about events).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { checkElementName, checkPageElementName, hasCitation, isSourcingComponent, numberSources, type CitationRef, type QuoteRef, type TreeNode } from '../lib/story/sourcing';
import { claimIdProblem } from '../lib/content/anchors';
import { contentDir } from './content-dir';

interface JsxNode {
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } } | undefined;
}

/** Creates the plugin. */
export function sourcingPlugin() {
  let citations: CitationRef[] = [];
  let quotes: QuoteRef[] = [];
  let paragraphs = 0;
  const where = (ctx: { fileURL: URL | undefined }, node: { position?: { start: { line: number } } | undefined }) =>
    `${ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an MDX file'}${node.position ? `:${node.position.start.line}` : ''}`;
  const isEvent = (ctx: { fileURL: URL | undefined; sourceFormat: string }) =>
    ctx.sourceFormat === 'mdx' && ctx.fileURL !== undefined && /[\\/]events[\\/][^\\/]+$/.test(fileURLToPath(ctx.fileURL));
  // The long pages of the site (content/pages/) use their own components, and no sourcing ones.
  const isPage = (ctx: { fileURL: URL | undefined }) => ctx.fileURL !== undefined && /[\\/]pages[\\/][^\\/]+$/.test(fileURLToPath(ctx.fileURL));
  const visit = (node: Readonly<JsxNode>, ctx: { fileURL: URL | undefined; data: Record<string, unknown>; textContent: (n: never) => string }) => {
    if (node.name === 'Claim') {
      // An explicit anchor for a quoted passage (`src/lib/content/anchors.ts`); its paragraphs are checked below.
      const problem = claimIdProblem(node.attributes.find((a) => a.name === 'id')?.value);
      if (problem) throw new Error(`${where(ctx, node)}: <Claim> ${problem}`);
      return;
    }
    const refused = isPage(ctx) ? checkPageElementName(node.name) : checkElementName(node.name);
    if (refused) throw new Error(`${where(ctx, node)}: ${refused}`);
    if (!isSourcingComponent(node.name)) return;
    const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
    const frontmatter = astro?.frontmatter ?? {};
    const listed = Array.isArray(frontmatter.sources) ? frontmatter.sources.map(String) : [];
    const attributes: Record<string, unknown> = {};
    for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name) attributes[a.name] = a.value;
    try {
      const { ids, numbers } = numberSources(node.name, attributes, listed);
      if (typeof attributes.by === 'string') {
        // The speaker must be an actor: <content folder>/actors/<id>.md (CONTENT_DIR, see
        // `src/build/content-dir.ts`), named in the message the way the editor set the folder.
        const folder = `${contentDir()}/actors`;
        if (!['md', 'mdx'].some((ext) => existsSync(resolve(folder, `${attributes.by}.${ext}`)))) {
          throw new Error(`<${node.name} by="${attributes.by}">: no actor "${attributes.by}" (no file ${folder}/${attributes.by}.md). Fix the id or add the actor.`);
        }
      }
      const ref = `cite-${citations.length + 1}`;
      citations.push({ ref, sources: ids });
      frontmatter.citations = citations;
      if (node.name === 'Quote') {
        quotes.push({ ref, by: String(attributes.by), sources: ids, text: ctx.textContent(node as never).trim() });
        frontmatter.quotes = quotes;
      }
      // Sätteri cannot set `attributes` in place; returning a copy replaces the node, children kept.
      return {
        ...node,
        attributes: [
          ...node.attributes.filter((a) => a.name !== 'numbers' && a.name !== 'refId'),
          { type: 'mdxJsxAttribute', name: 'numbers', value: numbers.join(' ') },
          { type: 'mdxJsxAttribute', name: 'refId', value: ref },
        ],
      };
    } catch (error) {
      throw new Error(`${where(ctx, node)}: ${(error as Error).message}`);
    }
  };
  return defineMdastPlugin({
    name: 'timeline-sourcing',
    options: { position: true },
    before(_root, ctx) {
      citations = [];
      quotes = [];
      paragraphs = 0;
      const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
      if (astro?.frontmatter) {
        astro.frontmatter.citations = citations;
        astro.frontmatter.quotes = quotes;
      }
    },
    paragraph(node, ctx) {
      const parent = ctx.parent(node) as { type?: string; name?: string | null } | undefined;
      // Top-level paragraphs, and those of a <Claim> (an anchored passage), must be sourced.
      if (!isEvent(ctx) || !(parent?.type === 'root' || (parent?.type === 'mdxJsxFlowElement' && parent.name === 'Claim'))) return;
      paragraphs += 1;
      if (!hasCitation(node as unknown as TreeNode)) {
        const words = ctx.textContent(node).trim().split(/\s+/).slice(0, 8).join(' ');
        throw new Error(
          `${where(ctx, node)}: paragraph ${paragraphs} ("${words}…") states facts without a citation. End it with <Cite source="source-id" />; if it is an editorial note, put it in <EditorsNote>…</EditorsNote>.`,
        );
      }
    },
    mdxJsxFlowElement: visit as never,
    mdxJsxTextElement: visit as never,
    // Content is Markdown: no raw HTML, no {expressions}, no import/export.
    html(node, ctx) {
      throw new Error(`${where(ctx, node)}: raw HTML is not allowed in content; write Markdown.`);
    },
    mdxFlowExpression(node, ctx) {
      throw new Error(`${where(ctx, node)}: {…} expressions are not allowed in content; write plain text (escape a brace as \\{).`);
    },
    mdxTextExpression(node, ctx) {
      throw new Error(`${where(ctx, node)}: {…} expressions are not allowed in content; write plain text (escape a brace as \\{).`);
    },
    mdxjsEsm(node, ctx) {
      throw new Error(`${where(ctx, node)}: import and export are not allowed in content; the components are provided by the site.`);
    },
    after(_root, ctx) {
      if (!isEvent(ctx)) return;
      const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
      const listed = Array.isArray(astro?.frontmatter?.sources) ? (astro!.frontmatter!.sources as unknown[]).map(String) : [];
      const cited = new Set(citations.flatMap((c) => c.sources));
      const uncited = listed.filter((s) => !cited.has(s));
      if (uncited.length > 0) {
        throw new Error(
          `${where(ctx, {})}: sources listed in the front matter but cited nowhere in the text: ${uncited.map((s) => `"${s}"`).join(', ')}. Cite each where it supports a claim (<Cite source="…" />), or remove it from "sources".`,
        );
      }
    },
  });
}
