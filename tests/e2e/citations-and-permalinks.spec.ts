/**
 * Citations against the built site: head metadata on each page type, JSON-LD that parses
 * with the promised fields, "Cite this" readable without JavaScript and copyable with it, the
 * .bib/.ris downloads, the corrections page, archived copies of sources, unique ids on every page,
 * and the permalink registry (every registered address still in the build).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, dist, pageTypes } from './site-pages';
import { readEvents, readSources } from './content';
import { missingPaths, parseRegistry, publicPaths } from '../../src/lib/content/permalinks';
import { contentDir } from '../../src/build/content-dir';

const types = pageTypes() as Record<
  'event' | 'actor' | 'actors' | 'sources' | 'source' | 'year' | 'about',
  string
>;
const events = readEvents();

const meta = (page: Page, key: string) =>
  page.locator(`head meta[name="${key}"], head meta[property="${key}"]`);
async function jsonLd(page: Page): Promise<Record<string, any>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.flatMap((t) => {
    const value = JSON.parse(t);
    return value['@graph'] ?? [value];
  });
}

test.describe('head metadata', () => {
  test('event page: Highwire, Open Graph article, Twitter card and a NewsArticle that match the entry', async ({
    page,
  }) => {
    const event = events.find((e) => types.event === `/events/${e.id}/`)!;
    await page.goto(types.event);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`/events/${event.id}/$`));
    await expect(meta(page, 'citation_title')).toHaveAttribute('content', event.title);
    await expect(meta(page, 'citation_author')).toHaveAttribute('content', /\S/);
    await expect(meta(page, 'citation_publisher')).toHaveAttribute('content', /\S/);
    await expect(meta(page, 'citation_publication_date')).toHaveAttribute(
      'content',
      /^\d{4}\/\d{2}\/\d{2}$/,
    );
    await expect(meta(page, 'citation_online_date')).toHaveAttribute(
      'content',
      /^\d{4}\/\d{2}\/\d{2}$/,
    );
    await expect(meta(page, 'citation_public_url')).toHaveAttribute('content', canonical!);
    await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
    await expect(meta(page, 'og:url')).toHaveAttribute('content', canonical!);
    await expect(meta(page, 'article:published_time')).toHaveAttribute(
      'content',
      /^\d{4}-\d{2}-\d{2}T00:00:00Z$/,
    );
    await expect(meta(page, 'article:modified_time')).toHaveAttribute(
      'content',
      /^\d{4}-\d{2}-\d{2}T00:00:00Z$/,
    );
    await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');

    const [article] = await jsonLd(page);
    expect(article!['@type']).toBe('NewsArticle');
    expect(article!.headline).toBe(event.title);
    expect(article!.url).toBe(canonical);
    expect(article!.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(article!.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(article!.image).toEqual([await meta(page, 'og:image').getAttribute('content')]);
    expect(article!.author.url).toMatch(/\/about\/$/);
    expect(article!.about[0]['@type']).toBe('Event');
    expect(article!.publisher.name).toBe(
      await meta(page, 'citation_publisher').getAttribute('content'),
    );
    expect(article!.about.length).toBeGreaterThan(0);
    expect(article!.mentions).toHaveLength(event.actors.length);
    for (const m of article!.mentions) expect(['Organization', 'Person']).toContain(m['@type']);
    expect(article!.citation).toHaveLength(event.sources.length);
    const sources = new Map(readSources().map((s) => [s.id, s]));
    event.sources.forEach((id, i) => {
      const work = article!.citation[i];
      expect(work['@type']).toBe('CreativeWork');
      expect(work.publisher.name).toMatch(/\S/);
      expect(work.datePublished).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(work.url).toBe(sources.get(id)!.url);
    });
  });

  test('timeline: WebSite and an ItemList of every listed event, in timeline order', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(meta(page, 'og:type')).toHaveAttribute('content', 'website');
    await expect(page.locator('head meta[name^="citation_"]')).toHaveCount(0);
    const ld = await jsonLd(page);
    expect(ld.map((o) => o['@type'])).toEqual(['WebSite', 'ItemList']);
    const listed = await page
      .locator('main ol li[id] h2 a, main ol li[id] h3 a, main ol li[id] h4 a')
      .evaluateAll((as) =>
        as.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.includes('/events/')),
      );
    expect(ld[1]!.itemListElement.map((i: { url: string }) => new URL(i.url).pathname)).toEqual(
      listed.map((h) => new URL(h).pathname),
    );
  });

  test('actor page: an Organization or Person named as the page', async ({ page }) => {
    await page.goto(types.actor);
    const [thing] = await jsonLd(page);
    expect(['Organization', 'Person']).toContain(thing!['@type']);
    expect(thing!.name).toBe((await page.locator('h1').textContent())!.trim());
  });

  for (const type of ['actors', 'sources', 'source', 'year', 'about'] as const) {
    test(`${type} page: canonical, no citation tags, Open Graph website, Twitter card`, async ({
      page,
    }) => {
      await page.goto(types[type]);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(types[type]);
      await expect(page.locator('head meta[name^="citation_"]')).toHaveCount(0);
      await expect(meta(page, 'og:type')).toHaveAttribute('content', 'website');
      await expect(meta(page, 'og:url')).toHaveAttribute('content', canonical!);
      await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
    });
  }

  test('only events and their versions are citable works: citation tags and exactly one COinS object there, none elsewhere', () => {
    // An event's permalink and each of its version pages (/events/<id>/v/<n>/), which cite that
    // version, in every edition (/ar/events/<id>/ is the same work in Arabic).
    const eventPage = /^\/(?:[a-z]{2,3}\/)?events\/[^/]+\/(v\/\d+\/)?$/;
    let citable = 0;
    for (const path of builtPages()) {
      const html = readFileSync(
        join(dist, path.endsWith('/') ? `${path}index.html` : path),
        'utf8',
      );
      const coins = html.match(/<span class="Z3988" title="[^"]+"><\/span>/g) ?? [];
      const citationTags = html.match(/<meta name="citation_/g) ?? [];
      if (eventPage.test(path)) {
        citable++;
        expect(coins, path).toHaveLength(1);
        expect(coins[0], path).toContain('rft.aucorp=');
        expect(citationTags.length, path).toBeGreaterThan(0);
      } else {
        expect(coins, path).toEqual([]);
        expect(citationTags, path).toEqual([]);
      }
    }
    expect(citable).toBe(builtPages().filter((p) => eventPage.test(p)).length);
    expect(citable).toBeGreaterThanOrEqual(events.length * 2);
  });

  test('every JSON-LD block on every page parses, and its text cannot close the script element', () => {
    for (const path of builtPages()) {
      const html = readFileSync(
        join(dist, path.endsWith('/') ? `${path}index.html` : path),
        'utf8',
      );
      for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(() => JSON.parse(m[1]!), path).not.toThrow();
        expect(m[1], path).not.toContain('<');
      }
    }
  });
});

test.describe('cite this', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('an event page shows every style as selectable text, and no copy button', async ({
      page,
    }) => {
      await page.goto(types.event);
      const section = page.locator('section[aria-labelledby="cite-this"]');
      await expect(section.locator('[data-cite-group="latest"] summary')).toHaveText([
        'APA (7th edition)',
        'MLA (9th edition)',
        'Chicago (17th edition, notes and bibliography)',
        'Harvard (Cite Them Right, 12th edition)',
        'BibTeX',
        'RIS',
        'CSL-JSON',
      ]);
      const url = await page.locator('link[rel="canonical"]').getAttribute('href');
      await section.locator('[data-cite-group="latest"] summary', { hasText: 'APA' }).click();
      await expect(page.locator('#citation-apa')).toBeVisible();
      await expect(page.locator('#citation-apa')).toContainText(url!);
      await expect(section.locator('button[data-copy]').first()).toBeHidden();
      for (const id of [
        'citation-mla',
        'citation-chicago-note',
        'citation-chicago-bibliography',
        'citation-harvard',
        'citation-bibtex',
        'citation-ris',
        'citation-csl-json',
      ]) {
        expect((await page.locator(`#${id}`).textContent())!.length, id).toBeGreaterThan(20);
      }
      JSON.parse((await page.locator('#citation-csl-json').textContent())!);
    });

    test('the timeline can be cited as a whole', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('#cite-this')).toBeVisible();
      await expect(page.locator('#citation-apa')).toContainText(
        (await page.locator('link[rel="canonical"]').getAttribute('href'))!,
      );
    });
  });

  test('with JavaScript, one click copies a citation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(types.event);
    await page.locator('[data-cite-group="latest"] summary', { hasText: 'BibTeX' }).click();
    const button = page.locator('button[data-copy="citation-bibtex"]');
    await expect(button).toBeVisible();
    await button.click();
    await expect(button).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('#citation-bibtex').textContent(),
    );
  });

  test('each event offers its citation as .bib and .ris files matching the page', async ({
    page,
    request,
  }) => {
    for (const event of events) {
      const bib = await request.get(`/events/${event.id}/cite.bib`);
      expect(bib.status()).toBe(200);
      expect(await bib.text()).toMatch(new RegExp(`^@misc\\{${event.id},`));
      expect(bib.headers()['content-type']).toBe('application/x-bibtex; charset=utf-8');
      const ris = await request.get(`/events/${event.id}/cite.ris`);
      expect(ris.status()).toBe(200);
      expect(ris.headers()['content-type']).toBe(
        'application/x-research-info-systems; charset=utf-8',
      );
      const text = await ris.text();
      expect(text).toMatch(/^TY {2}- ELEC\r\n/);
      expect(text).toContain(`ID  - ${event.id}\r\n`);
    }
    await page.goto(types.event);
    const href = await page
      .locator('[data-cite-group="latest"] a[download]', { hasText: '.bib' })
      .getAttribute('href');
    const file = await (await request.get(href!)).text();
    expect(file.trim()).toBe((await page.locator('#citation-bibtex').textContent())!.trim());
  });
});

test('corrections: the page lists corrections newest first, or says there are none, and the footer links it', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('footer a', { hasText: /^Corrections$/ }).click();
  await expect(page).toHaveURL(/\/corrections\/$/);
  await expect(page.locator('h1')).toHaveText('Corrections');
  const items = page.locator('main ol > li time');
  const dates = await items.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  if (dates.length === 0)
    await expect(page.locator('main')).toContainText(
      'No correction has been made to any event yet.',
    );
  expect(dates).toEqual([...dates].sort().reverse());
});

test('sources: each linked source offers its archived copies; one without an address says why', async ({
  page,
}) => {
  const event = events.find((e) =>
    e.sources.some((id) => readSources().find((s) => s.id === id)?.url),
  )!;
  await page.goto(`/events/${event.id}/`);
  const sources = new Map(readSources().map((s) => [s.id, s]));
  for (const id of event.sources) {
    const item = page.locator(`#source-${id}`);
    const url = sources.get(id)!.url;
    if (url) {
      const archived = item.locator('a', { hasText: 'archived copies' });
      await expect(archived).toHaveAttribute('href', `https://web.archive.org/web/*/${url}`);
      await expect(archived).toHaveAttribute('rel', 'noopener noreferrer');
    } else {
      await expect(item).toContainText('address not yet confirmed');
    }
  }
});

test('timeline entries have a "link to this" control that appears on focus', async ({ page }) => {
  await page.goto('/');
  const first = events.at(-1)!;
  const link = page.locator(`li[id="${first.id}"] a.anchor-link`);
  await expect(link).toHaveAttribute('href', `#${first.id}`);
  await expect(link).toHaveCSS('opacity', '0');
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(link).toHaveCSS('opacity', '1');
});

test('no id repeats on any page', () => {
  const repeated: string[] = [];
  for (const path of builtPages()) {
    const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) repeated.push(`${path}#${id}`);
      seen.add(id);
    }
  }
  expect(repeated).toEqual([]);
});

test('permalink registry: every registered address is still in the build (or redirected)', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [relative(dist, join(dir, n))],
    );
  // The registry of the content folder that was built: every published story keeps one.
  const registered = parseRegistry(readFileSync(join(contentDir(), 'permalinks.txt'), 'utf8'));
  expect(registered.length).toBeGreaterThan(events.length);
  expect(
    missingPaths(registered, publicPaths(files(dist))),
    'restore these addresses, or add a redirect (README, "Permalinks")',
  ).toEqual([]);
});
