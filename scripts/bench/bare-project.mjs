/**
 * Writes a bare Astro + MDX project that builds the same content folder with nothing but Astro's
 * defaults: the baseline the real site's build time is compared with. It has permissive schemas,
 * a home page listing every event, one page per event rendering its MDX (with trivial stand-ins
 * for Cite, Quote, Accounts and Account) and one page per actor listing their events. It uses
 * the project's node_modules through a symlink, and keeps its caches inside its own folder.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The files of the bare project, by path; `__CONTENT_DIR__` is replaced by the content folder. */
const FILES = {
  'astro.config.mjs': `
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
  devToolbar: { enabled: false },
});
`,
  'src/content.config.ts': `
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const root = __CONTENT_DIR__;
const any = z.object({}).passthrough();
export const collections = {
  events: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: root + '/events' }), schema: any }),
  actors: defineCollection({ loader: glob({ pattern: '**/*.md', base: root + '/actors' }), schema: any }),
  sources: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: root + '/sources' }), schema: any }),
};
`,
  'src/components/Cite.astro': `<sup>[{Astro.props.source}]</sup>\n`,
  'src/components/Quote.astro': `<blockquote><slot /><footer>{Astro.props.by}</footer></blockquote>\n`,
  'src/components/Accounts.astro': `<div><slot /></div>\n`,
  'src/components/Account.astro': `<div><slot /></div>\n`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const events = (await getCollection('events')).sort((a, b) => String(a.data.date).localeCompare(String(b.data.date)));
---
<html lang="en"><head><meta charset="utf-8" /><title>Timeline</title></head><body>
<h1>Timeline</h1>
<ol>{events.map((e) => <li><a href={\`/events/\${e.id}/\`}>{e.data.title}</a> <time>{e.data.date}</time></li>)}</ol>
</body></html>
`,
  'src/pages/events/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Cite from '../../components/Cite.astro';
import Quote from '../../components/Quote.astro';
import Accounts from '../../components/Accounts.astro';
import Account from '../../components/Account.astro';
export async function getStaticPaths() {
  return (await getCollection('events')).map((event) => ({ params: { id: event.id }, props: { event } }));
}
const { event } = Astro.props;
const { Content } = await render(event);
---
<html lang="en"><head><meta charset="utf-8" /><title>{event.data.title}</title></head><body>
<h1>{event.data.title}</h1><p>{event.data.date}</p>
<Content components={{ Cite, Quote, Accounts, Account }} />
</body></html>
`,
  'src/pages/actors/[id].astro': `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  const events = await getCollection('events');
  const ids = (e) => e.data.actors.map((a) => (typeof a === 'string' ? a : a.actor));
  return (await getCollection('actors')).map((actor) => ({
    params: { id: actor.id },
    props: { actor, events: events.filter((e) => ids(e).includes(actor.id)) },
  }));
}
const { actor, events } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>{actor.data.name}</title></head><body>
<h1>{actor.data.name}</h1><p>{actor.data.description}</p>
<ul>{events.map((e) => <li><a href={\`/events/\${e.id}/\`}>{e.data.title}</a> <time>{e.data.date}</time></li>)}</ul>
</body></html>
`,
};

/**
 * Creates the bare project.
 * @param {string} dir the project folder to create.
 * @param {string} contentDir the content folder it builds (absolute, or relative to the cwd).
 * @param {string} nodeModules the node_modules folder to link to.
 */
export function writeBareProject(dir, contentDir, nodeModules) {
  for (const [path, text] of Object.entries(FILES)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      text.replace('__CONTENT_DIR__', JSON.stringify(resolve(contentDir))).trimStart(),
    );
  }
  symlinkSync(resolve(nodeModules), join(dir, 'node_modules'), 'dir');
}
