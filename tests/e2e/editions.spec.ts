/**
 * The Arabic and Hebrew editions as readers get them: the home page and an event page of each, at
 * a phone's and a desktop's width, light and dark. Each must have its language and direction,
 * pass axe, not scroll sideways, offer the same page in every edition (switcher and hreflang), and
 * on a translated or untranslated event say so with a link to the English. No English interface
 * word may show on them (English marked lang="en", such as a quotation, is not interface). The
 * Arabic search must find an event by an Arabic word of its translation, the Hebrew one by a Hebrew
 * word, also by the bare form of a word written with a particle.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editions } from '../../src/site.config';
import { readEvents } from './content';
import { INDEX_EXCLUDED_SELECTORS, indexedText } from '../../src/lib/publishing/search-index';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const english = editions[0]!;
const others = editions.slice(1);
const event = readEvents()[0]!;
const contentDir = process.env.CONTENT_DIR ?? 'content';

/** Every text of a dictionary, by its dotted key (functions are left out: their words vary). */
function texts(words: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof words === 'string') found.set(path, words);
  else if (words && typeof words === 'object')
    for (const [key, value] of Object.entries(words))
      for (const [k, v] of texts(value, path ? `${path}.${key}` : key)) found.set(k, v);
  return found;
}

/** The page's visible and screen-reader text, leaving out everything marked as English. */
const textWithoutEnglish = (page: Page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    // Also left out: "Cite this", whose citations name the English work by its English title.
    copy.querySelectorAll('[lang^="en"], script, style, [data-cite]').forEach((e) => e.remove());
    // A filtered address quoted in a sentence (`?actor=microsoft`, a word joiner perhaps after
    // its "?") is an address, not a word.
    return (copy.textContent ?? '').replace(/[?&]\u2060?[a-z]+=[^\s)]*/g, ' ');
  });

for (const edition of others) {
  const pages = { home: `/${edition.code}/`, event: `/${edition.code}/events/${event.id}/` };
  for (const width of [390, 1280])
    for (const scheme of ['light', 'dark'] as const)
      test.describe(`${edition.code} at ${width} px, ${scheme}`, () => {
        test.use({ viewport: { width, height: 900 }, colorScheme: scheme });
        for (const [kind, path] of Object.entries(pages))
          test(`${kind} page: lang and dir, axe 0, no sideways scroll, switcher and hreflang`, async ({
            page,
          }) => {
            await page.goto(path);
            const html = page.locator('html');
            await expect(html).toHaveAttribute('lang', edition.locale);
            await expect(html).toHaveAttribute('dir', edition.direction);
            const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
            expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
            // The switcher leads to this page in every edition, this one marked current.
            const switcher = page.getByRole('navigation', {
              name: edition.words.ui.editions.switcher,
            });
            for (const e of editions) {
              const href =
                e === english
                  ? path.slice(edition.code.length + 1)
                  : `/${e.code}${path.slice(edition.code.length + 1)}`;
              await expect(switcher.locator(`a[hreflang="${e.locale}"]`)).toHaveAttribute(
                'href',
                href,
              );
            }
            await expect(switcher.locator('[aria-current="page"]')).toHaveAttribute(
              'lang',
              edition.locale,
            );
            const alternates = await page
              .locator('head link[rel="alternate"][hreflang]')
              .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
            expect(alternates.sort()).toEqual(
              [...editions.map((e) => e.locale), 'x-default'].sort(),
            );
            if (kind === 'event') {
              const notice = page.locator('.translation-notice');
              await expect(notice).toBeVisible();
              await expect(notice.locator('a')).toHaveAttribute('href', `/events/${event.id}/`);
            }
          });
      });

  test(`${edition.code}: no English interface word on its pages`, async ({ page }) => {
    const theirs = texts(edition.words);
    // Words the edition writes as English does (BibTeX, RIS, APA 7) are not English left over.
    const englishOnly = [...texts(english.words)]
      .filter(([key, value]) => theirs.get(key) !== value && /[A-Za-z]{3}/.test(value))
      .map(([, value]) => value.trim());
    expect(
      englishOnly.length,
      `src/lib/i18n/${edition.code}.ts returns only English words`,
    ).toBeGreaterThan(0);
    for (const path of Object.values(pages)) {
      await page.goto(path);
      const text = await textWithoutEnglish(page);
      // Whole words only: "Source" is not found in "Sourced".
      const left = englishOnly.filter(
        (w) =>
          w.length > 3 &&
          new RegExp(`(?<![A-Za-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`).test(
            text,
          ),
      );
      expect(left, path).toEqual([]);
    }
  });
}

/** Each edition's search finds an event by a word of its translation, in its own script. */
const scripts = [
  { code: 'ar', name: 'Arabic', letters: /[^\u0600-\u06FF]+/ },
  { code: 'he', name: 'Hebrew', letters: /[^\u0590-\u05FF]+/ },
];
for (const { code, name, letters } of scripts) {
  test(`the ${name} search finds an event by a word of its translation`, async ({ page }) => {
    const folder = join(contentDir, 'translations', code, 'events');
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.mdx')) : [];
    expect(files.length, `${name} event translations in ${folder}`).toBeGreaterThan(0);
    const file = files[0]!;
    const id = file.replace(/\.mdx$/, '');
    const body = readFileSync(join(folder, file), 'utf8').split(/\n---\n/)[1] ?? '';
    // A long word of the text (outside the components' attributes, which are not indexed).
    const word = body
      .replace(/<[^>]*>/g, ' ')
      .split(letters)
      .filter((w) => w.length >= 6)
      .at(0)!;
    await page.goto(`/${code}/search/?q=${encodeURIComponent(word)}`);
    await expect(page.locator(`#search-results a[href="/${code}/events/${id}/"]`)).toBeVisible();
    // The edition's page searches its own index only: no English page among the results.
    await expect(page.locator('#search-results a[href^="/events/"]')).toHaveCount(0);
  });
}

/**
 * Hebrew joins particles to words (בהולנד, "in Holland"): the Hebrew search finds an event by the
 * bare word (הולנד) though its page only writes it with a particle, and still finds a word that
 * merely begins like one (מיקרוסופט) as written.
 */
test('the Hebrew search finds an event by a bare word its page writes only with a particle', async ({
  page,
}) => {
  const id = '2025-08-07-data-leaves-netherlands';
  const html = readFileSync(join('dist', 'he', 'events', id, 'index.html'), 'utf8');
  const words = indexedText(html, INDEX_EXCLUDED_SELECTORS).split(/\s+/);
  const trim = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  // The page writes בהולנד and never the bare word: only the prefix rule can find it.
  expect(words.map(trim)).toContain('בהולנד');
  expect(words.map(trim)).not.toContain('הולנד');
  await page.goto(`/he/search/?q=${encodeURIComponent('הולנד')}`);
  await expect(page.locator(`#search-results a[href="/he/events/${id}/"]`)).toBeVisible();
  // The excerpt is the page's own text, never the index-only forms (ולנד is no word of the page).
  const excerpt = await page
    .locator(`#search-results li:has(a[href="/he/events/${id}/"]) p.measure`)
    .innerText();
  const own = new Set(words.map(trim));
  expect(
    excerpt
      .split(/\s+/)
      .map(trim)
      .filter(Boolean)
      .filter((w) => !own.has(w)),
  ).toEqual([]);
  await page.goto(`/he/search/?q=${encodeURIComponent('מיקרוסופט')}`);
  await expect(page.locator(`#search-results a[href="/he/events/${id}/"]`)).toBeVisible();
});
