/**
 * Sätteri (Astro 7's Markdown and MDX processor) plugin that applies the sourcing rules of
 * `./sourcing.ts` while an event's MDX is compiled:
 * - checks every `<Cite>`, `<Quote>` and `<Account>` (sources listed, speaker an existing actor)
 *   and stops the build with `file:line: message` on a broken one;
 * - gives each a `numbers` attribute (the numbers of its sources) and a `refId` (`cite-1`, …,
 *   in reading order) for its anchor;
 * - writes the list of citations to the front matter as `citations`, which the event page reads
 *   (through `render()`'s `remarkPluginFrontmatter`) to link each source back to where it is cited.
 * Files outside an events folder are left alone.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { isSourcingComponent, numberSources, type CitationRef } from './sourcing';

interface JsxNode {
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } } | undefined;
}

/** Creates the plugin. */
export function sourcingPlugin() {
  let citations: CitationRef[] = [];
  const visit = (node: Readonly<JsxNode>, ctx: { fileURL: URL | undefined; data: Record<string, unknown> }) => {
    if (!isSourcingComponent(node.name)) return;
    const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
    const frontmatter = astro?.frontmatter ?? {};
    const listed = Array.isArray(frontmatter.sources) ? frontmatter.sources.map(String) : [];
    const attributes: Record<string, unknown> = {};
    for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name) attributes[a.name] = a.value;
    try {
      const { ids, numbers } = numberSources(node.name, attributes, listed);
      if (typeof attributes.by === 'string' && ctx.fileURL) {
        // The speaker must be an actor: content/actors/<id>.md beside this events folder.
        const actors = join(dirname(fileURLToPath(ctx.fileURL)), '..', 'actors');
        if (!['md', 'mdx'].some((ext) => existsSync(join(actors, `${attributes.by}.${ext}`)))) {
          throw new Error(`<${node.name} by="${attributes.by}">: no actor "${attributes.by}" (no file content/actors/${attributes.by}.md). Fix the id or add the actor.`);
        }
      }
      const ref = `cite-${citations.length + 1}`;
      citations.push({ ref, sources: ids });
      frontmatter.citations = citations;
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
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an MDX file';
      const line = node.position ? `:${node.position.start.line}` : '';
      throw new Error(`${file}${line}: ${(error as Error).message}`);
    }
  };
  return defineMdastPlugin({
    name: 'timeline-sourcing',
    options: { position: true },
    before(_root, ctx) {
      citations = [];
      const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
      if (astro?.frontmatter) astro.frontmatter.citations = citations;
    },
    mdxJsxFlowElement: visit as never,
    mdxJsxTextElement: visit as never,
  });
}
