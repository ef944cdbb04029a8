/**
 * Sätteri (Astro 7's Markdown and MDX processor) plugin that applies the rules of
 * `src/lib/story/event-body.ts` while an entry's MDX is compiled, the same function
 * `npm run check:content` runs:
 * - checks every `<Cite>`, `<Quote>` and `<Account>` (sources listed, speaker an existing actor,
 *   quotations word for word an excerpt of their source) and stops the build with
 *   `file:line:column: message (fix)` for every broken one;
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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { quotedStrings } from '../lib/story/quotes.ts';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { isSourcingComponent, type CitationRef, type QuoteRef } from '../lib/story/sourcing.ts';
import { checkBody, type BodyNode } from '../lib/story/event-body.ts';
import { contentDir } from './content-dir.ts';
import { quotedSource } from './quoted-sources.ts';

interface JsxNode {
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

/** The English event a translation file translates (`…/translations/<code>/events/<id>.mdx`). */
function translationOf(ctx: {
  fileURL: URL | undefined;
}): { code: string; id: string } | undefined {
  if (!ctx.fileURL) return undefined;
  const match = /[\\/]translations[\\/]([a-z]{2,3})[\\/]events[\\/]([^\\/]+)\.mdx?$/.exec(
    fileURLToPath(ctx.fileURL),
  );
  return match ? { code: match[1]!, id: match[2]! } : undefined;
}

/** The listed sources of an English event and the strings its text quotes; `undefined` if none. */
function englishEvent(
  folder: string,
  id: string,
): { sources: string[]; quotations: string[] } | undefined {
  const file = resolve(folder, 'events', `${id}.mdx`);
  if (!existsSync(file)) return undefined;
  const raw = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  const data = (match ? parseYaml(match[1]!) : {}) as { sources?: unknown };
  const sources = Array.isArray(data.sources) ? data.sources.map(String) : [];
  return { sources, quotations: quotedStrings(match?.[2] ?? raw) };
}

/** Creates the plugin. */
export function sourcingPlugin() {
  let citations: CitationRef[] = [];
  let quotes: QuoteRef[] = [];
  let numbers: number[][] = [];
  let next = 0;
  const fileOf = (ctx: { fileURL: URL | undefined }) =>
    ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an MDX file';
  const isEvent = (ctx: { fileURL: URL | undefined; sourceFormat: string }) =>
    ctx.sourceFormat === 'mdx' &&
    ctx.fileURL !== undefined &&
    /[\\/]events[\\/][^\\/]+$/.test(fileURLToPath(ctx.fileURL));
  // The long pages of the site (content/pages/) use their own components, and no sourcing ones.
  const isPage = (ctx: { fileURL: URL | undefined }) =>
    ctx.fileURL !== undefined && /[\\/]pages[\\/][^\\/]+$/.test(fileURLToPath(ctx.fileURL));
  const visit = (node: Readonly<JsxNode>) => {
    if (!isSourcingComponent(node.name)) return;
    const ref = `cite-${next + 1}`;
    const own = numbers[next] ?? [];
    next += 1;
    // Sätteri cannot set `attributes` in place; returning a copy replaces the node, children kept.
    return {
      ...node,
      attributes: [
        ...node.attributes.filter((a) => a.name !== 'numbers' && a.name !== 'refId'),
        { type: 'mdxJsxAttribute', name: 'numbers', value: own.join(' ') },
        { type: 'mdxJsxAttribute', name: 'refId', value: ref },
      ],
    };
  };
  return defineMdastPlugin({
    name: 'timeline-sourcing',
    options: { position: true },
    before(root, ctx) {
      next = 0;
      const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
      const frontmatter = astro?.frontmatter ?? {};
      let listed = Array.isArray(frontmatter.sources) ? frontmatter.sources.map(String) : [];
      // A translation of an event lists no sources of its own: it cites the English event's, and
      // may quote (in <Q>) what the English text quotes.
      const translation = translationOf(ctx);
      let englishQuotations: string[] | undefined;
      if (translation) {
        const english = englishEvent(contentDir(), translation.id);
        if (!english)
          throw new Error(
            `${fileOf(ctx)}: file name: translates an event "${translation.id}" that does not exist in ${contentDir()}/events/ (name the file after an English event, or remove it)`,
          );
        listed = english.sources;
        englishQuotations = english.quotations;
      }
      // The speaker must be an actor and a quotation an excerpt of its source: both read from
      // <content folder>/actors and /sources (CONTENT_DIR, see `src/build/content-dir.ts`), named
      // in messages the way the editor set the folder.
      const folder = contentDir();
      const result = checkBody(root as unknown as BodyNode, {
        isEvent: isEvent(ctx),
        isPage: isPage(ctx),
        listed,
        isActor: (id) =>
          ['md', 'mdx'].some((ext) => existsSync(resolve(folder, 'actors', `${id}.${ext}`))),
        actorIds: () =>
          readdirSync(resolve(folder, 'actors'))
            .filter((f) => /\.mdx?$/.test(f))
            .map((f) => f.replace(/\.mdx?$/, '')),
        actorFile: (id) => `${folder}/actors/${id}.md`,
        source: (id) => quotedSource(folder, id),
        englishQuotations,
      });
      if (result.problems.length > 0) {
        const file = fileOf(ctx);
        throw new Error(
          result.problems
            .map(
              (p) =>
                `${file}${p.field === 'sources' ? '' : `:${p.line}:${p.column}`}: ${p.message}${p.fix ? ` (${p.fix})` : ''}`,
            )
            .join('\n'),
        );
      }
      ({ citations, quotes, numbers } = result);
      // Pages read these through render()'s remarkPluginFrontmatter.
      if (astro?.frontmatter) {
        astro.frontmatter.citations = citations;
        astro.frontmatter.quotes = quotes;
      }
    },
    mdxJsxFlowElement: visit as never,
    mdxJsxTextElement: visit as never,
  });
}
