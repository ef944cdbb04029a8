/**
 * The words of the site's own frame in the Arabic and Hebrew editions: the site's name and
 * tagline (header, <title>, JSON-LD, feed titles, citations), the citation style chooser and the
 * embeds' language switcher are in the edition's language, never the English left in place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { editions, site } from '../../src/site.config';
import { dist } from './site-pages';

for (const edition of editions.slice(1)) {
  const { name, tagline } = edition.words.site;

  test(`${edition.code}: the home page names the site in its language, in the header, title, JSON-LD and feed links`, async ({
    page,
  }) => {
    await page.goto(`/${edition.code}/`);
    await expect(page.locator('header').first()).toContainText(name);
    await expect(page).toHaveTitle(name);
    await expect(page.locator('#main')).toContainText(tagline);
    // The site card is the edition's own, so its alt text names the site in its language too.
    const head = await page.locator('head').innerHTML();
    expect(head).not.toContain(site.name);
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(jsonLd.join('\n')).toContain(JSON.stringify(name).slice(1, -1));
    const feedTitles = await page
      .locator('head link[rel="alternate"][type*="xml"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('title') ?? ''));
    expect(feedTitles.length).toBeGreaterThan(0);
    for (const title of feedTitles) expect(title).toContain(name);
  });

  test(`${edition.code}: tags read in its language and keep their English addresses`, async ({
    page,
  }) => {
    const label = (tag: string) =>
      /label: "([^"]+)"/.exec(
        readFileSync(join('content', 'translations', edition.code, 'tags', `${tag}.yaml`), 'utf8'),
      )![1]!;
    await page.goto(`/${edition.code}/events/2025-09-25-microsoft-cuts-off-unit-8200-services/`);
    const link = page.locator(`#main a[href$="/${edition.code}/tags/termination/"]`).first();
    await expect(link).toHaveText(label('termination'));
    expect(await link.getAttribute('lang')).toBeNull();
    await page.goto(`/${edition.code}/tags/`);
    const names = await page.locator('#main ul a').allTextContents();
    expect(names).toContain(label('surveillance'));
    expect(names).not.toContain('surveillance');
    await page.goto(`/${edition.code}/tags/surveillance/`);
    await expect(page.locator('h1')).toContainText(label('surveillance'));
    await page.goto(`/${edition.code}/`);
    const options = await page.locator('select[name="tag"] option').allTextContents();
    expect(options).toContain(label('ai'));
  });

  test(`${edition.code}: its feed is titled with the site's name in its language`, () => {
    const feed = readFileSync(join(dist, edition.code, 'feeds', 'events.atom.xml'), 'utf8');
    expect(feed).toContain(name);
    expect(feed).not.toContain(site.name);
  });

  test(`${edition.code}: Cite this names the styles in its words and the site in its language`, async ({
    page,
  }) => {
    await page.goto(`/${edition.code}/`);
    const labels = await page.locator('[aria-labelledby="cite-this"] summary').allTextContents();
    expect(labels.map((l) => l.trim())).toEqual(Object.values(edition.words.citeStyles));
    expect(await page.locator('#citation-apa').textContent()).toContain(name);
  });

  test(`${edition.code}: an embed offers its page in every edition, in its frame`, async ({
    page,
  }) => {
    await page.goto(`/${edition.code}/embed/`);
    const switcher = page.getByRole('group', { name: edition.words.ui.editions.switcher });
    for (const e of editions) {
      const link = switcher.locator(`a[hreflang="${e.locale}"]`);
      await expect(link).toHaveAttribute(
        'href',
        e === editions[0] ? '/embed/' : `/${e.code}/embed/`,
      );
      await expect(link).toHaveAttribute('target', '_self');
    }
    await expect(page.locator('h1')).toHaveText(name);
  });
}

test('an actor page and its card name one actor’s kind in the singular, in every edition', async ({
  page,
}) => {
  for (const edition of editions) {
    const prefix = edition === editions[0] ? '' : `${edition.code}/`;
    await page.goto(`/${prefix}actors/brad-smith/`);
    const kind = edition.words.actorKindSingular.person;
    expect(kind).not.toBe(edition.words.actorKindText.person);
    await expect(page.locator('#main header p').first()).toHaveText(kind);
    const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
    expect(alt, edition.code).toContain(`: ${kind}`);
  }
});
