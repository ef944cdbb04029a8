/**
 * The long pages of the site (content/pages/): the about page and any method page. The page route
 * renders the entry's body; its title and description come from the front matter.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { hasTranslations } from '../content.config';
import { fill } from '../lib/i18n/format';
import { english, type Edition } from '../lib/i18n';
import type { TranslationState } from './story';

/**
 * The page `id` (the file name in content/pages/ without `.mdx`), rendered, with `{site}` in its
 * description replaced by the site's name (in the page's language); in another edition, its translation
 * (`translations/<code>/pages/<id>.mdx`) when there is one, else the English page.
 * @returns also `translation` (see `TranslationState`): `undefined` in the source edition, `null`
 *   when the English text stands in for a missing translation.
 * @throws Error naming the file to create when there is no such page.
 */
export async function getPage(id: string, edition: Edition = english) {
  const entry = await getEntry('pages', id);
  if (!entry)
    throw new Error(
      `content/pages/${id}.mdx is missing: the /${id}/ page needs it (front matter: title, description; the body is the page's text).`,
    );
  // Looked up in the collection, not with getEntry, which warns about every page not translated.
  const translated =
    edition === english || !hasTranslations('pages')
      ? undefined
      : (await getCollection('pageTranslations')).find((e) => e.id === `${edition.code}/${id}`);
  const shown = translated ?? entry;
  const { Content } = await render(shown);
  const translation: TranslationState =
    edition === english
      ? undefined
      : translated
        ? { review: translated.data.review, outdated: false }
        : null;
  return {
    title: shown.data.title,
    // The untranslated page is English: it names the site in English; a translation, in its language.
    description: fill(shown.data.description, {
      site: translated ? edition.words.site.name : english.words.site.name,
    }),
    Content,
    translation,
  };
}
