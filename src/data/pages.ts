/**
 * The long pages of the site (content/pages/): the about page and any method page. The page route
 * renders the entry's body; its title and description come from the front matter.
 */
import { getEntry, render } from 'astro:content';
import { fill } from '../lib/i18n/format';
import { site } from '../site.config';

/**
 * The page `id` (the file name in content/pages/ without `.mdx`), rendered, with `{site}` in its
 * description replaced by the site's name.
 * @throws Error naming the file to create when there is no such page.
 */
export async function getPage(id: string) {
  const entry = await getEntry('pages', id);
  if (!entry)
    throw new Error(
      `content/pages/${id}.mdx is missing: the /${id}/ page needs it (front matter: title, description; the body is the page's text).`,
    );
  const { Content } = await render(entry);
  return {
    title: entry.data.title,
    description: fill(entry.data.description, { site: site.name }),
    Content,
  };
}
