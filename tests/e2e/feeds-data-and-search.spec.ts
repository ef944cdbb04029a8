/**
 * Feeds, search and reuse on the built site: feeds, sitemap and robots.txt, open data (validated against the
 * published schemas with ajv), the TimelineJS export's format rules, filter pages, the search
 * index and social cards. Compared with the content folder as editors wrote it (./content.ts).
 */
import { editionPrefixes, editions } from '../../src/site.config';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import Ajv from 'ajv';
import { builtPages, dist } from './site-pages';
import { readActors, readEvents, readSources } from './content';
import { parseCsv } from '../support/csv';
import { listLimits } from '../../src/site.config';

const events = readEvents();
const file = (p: string) => readFileSync(join(dist, p), 'utf8');
const json = (p: string) => JSON.parse(file(p));
const origin = (json('data/events.json') as { homepage: string }).homepage;
const permalink = (id: string) => `${origin}events/${id}/`;
const ajv = new Ajv({
  allErrors: true,
  strict: false,
  formats: { uri: (s: string) => URL.canParse(s) },
});

test.describe('feeds', () => {
  for (const name of ['events', 'corrections'] as const) {
    test(`${name} feeds are well-formed RSS 2.0, Atom 1.0 and JSON Feed`, async ({ page }) => {
      await page.goto('/about/');
      for (const [path, root] of [
        [`feeds/${name}.rss.xml`, 'rss'],
        [`feeds/${name}.atom.xml`, 'feed'],
      ] as const) {
        const result = await page.evaluate((xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          return {
            error: doc.querySelector('parsererror')?.textContent ?? null,
            root: doc.documentElement.localName,
          };
        }, file(path));
        expect(result.error, path).toBeNull();
        expect(result.root, path).toBe(root);
      }
      const feed = json(`feeds/${name}.json`);
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(Array.isArray(feed.items)).toBe(true);
    });
  }

  test('the events feeds have one item per event (up to the feed limit), linking to its exact permalink, newest change first', () => {
    const ids = new Set(events.map((e) => e.id));
    const expected = [...ids].map(permalink).sort();
    const rssLinks = [
      ...file('feeds/events.rss.xml').matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g),
    ].map((m) => m[1]!);
    const atomLinks = [
      ...file('feeds/events.atom.xml').matchAll(/<entry>[\s\S]*?<link href="([^"]+)"\/>/g),
    ].map((m) => m[1]!);
    const jsonItems = json('feeds/events.json').items as {
      url: string;
      date_modified: string;
      summary?: string;
      content_text?: string;
    }[];
    for (const links of [rssLinks, atomLinks, jsonItems.map((i) => i.url)]) {
      // Each a different event's permalink, as many as the story has up to the feed's limit.
      expect(links).toHaveLength(Math.min(ids.size, listLimits.feedItems));
      expect(new Set(links).size).toBe(links.length);
      for (const link of links) expect(expected).toContain(link);
    }
    expect(rssLinks).toEqual(jsonItems.map((i) => i.url));
    const modified = jsonItems.map((i) => i.date_modified);
    expect(modified).toEqual([...modified].sort().reverse());
  });

  test('the corrections feed lists every correction of every event, up to the feed limit', () => {
    const data = json('data/events.json') as { events: { corrections: unknown[] }[] };
    const count = data.events.reduce((n, e) => n + e.corrections.length, 0);
    expect(json('feeds/corrections.json').items).toHaveLength(
      Math.min(count, listLimits.feedItems),
    );
  });

  test('every page links each feed with <link rel="alternate">', () => {
    for (const path of ['/', '/about/', `/events/${events[0]!.id}/`]) {
      const html = file(`${path.slice(1)}index.html`);
      for (const href of [
        'feeds/events.rss.xml',
        'feeds/events.atom.xml',
        'feeds/events.json',
        'feeds/corrections.rss.xml',
        'feeds/corrections.atom.xml',
        'feeds/corrections.json',
      ]) {
        expect(html, `${path} → ${href}`).toMatch(
          new RegExp(
            `<link rel="alternate" type="application/[a-z+]+"[^>]*href="/${href.replace('.', '\\.')}"`,
          ),
        );
      }
    }
  });
});

test.describe('sitemap and robots.txt', () => {
  test('sitemap.xml lists every built page (but the 404 page, embeds and noindex version pages) once, each with a lastmod', () => {
    const xml = file('sitemap.xml');
    // Each page may name its language versions (xhtml:link hreflang) after its lastmod.
    const locs = [
      ...xml.matchAll(
        /<url><loc>([^<]+)<\/loc><lastmod>(\d{4}-\d{2}-\d{2})<\/lastmod>(?:<xhtml:link [^>]+\/>)*<\/url>/g,
      ),
    ].map((m) => m[1]!);
    expect(locs.length).toBe((xml.match(/<url>/g) ?? []).length);
    // The same rule in every edition: an edition's page is its path under its prefix (/ar/…).
    const within = (p: string) => {
      const first = p.split('/')[1] ?? '';
      return first !== '' && editionPrefixes.includes(first) ? p.slice(first.length + 1) : p;
    };
    const expected = builtPages()
      .filter((page) => {
        const p = within(page);
        return (
          p !== '/404.html' && !p.startsWith('/embed/') && !/^\/events\/[^/]+\/v\/\d+\/$/.test(p)
        );
      })
      .map((p) => `${origin}${p.slice(1)}`);
    expect([...locs].sort()).toEqual([...expected].sort());
  });
  test('an event page’s lastmod is its updated (or published) day', () => {
    const data = json('data/events.json') as {
      events: {
        id: string;
        published: string;
        updated: string | null;
        corrections: { date: string }[];
      }[];
    };
    const xml = file('sitemap.xml');
    for (const e of data.events) {
      const day = [e.published, e.updated ?? e.published, ...e.corrections.map((c) => c.date)]
        .sort()
        .at(-1);
      expect(xml).toContain(`<loc>${permalink(e.id)}</loc><lastmod>${day}</lastmod>`);
    }
  });
  test('robots.txt points to the sitemap', () => {
    expect(file('robots.txt')).toContain(`Sitemap: ${origin}sitemap.xml`);
  });
});

test.describe('open data', () => {
  const validate = (data: string, schema: string) => {
    const check = ajv.compile(json(`data/${schema}`));
    const doc = json(`data/${data}`);
    expect(check(doc), `${data}: ${ajv.errorsText(check.errors)}`).toBe(true);
    return doc;
  };
  test('events.json validates against events.schema.json and holds every event, in timeline order', () => {
    const doc = validate('events.json', 'events.schema.json');
    expect(doc.count).toBe(events.length);
    expect(doc.events.map((e: { id: string }) => e.id)).toEqual(events.map((e) => e.id));
    for (const [i, e] of events.entries()) {
      expect(doc.events[i].url).toBe(permalink(e.id));
      expect(doc.events[i].status).toBe(e.status);
      expect(doc.events[i].actors.map((a: { id: string }) => a.id)).toEqual(e.actors);
      expect(doc.events[i].sources.map((s: { id: string }) => s.id)).toEqual(e.sources);
    }
  });
  test('actors.json and sources.json validate and count every entry', () => {
    const actors = validate('actors.json', 'actors.schema.json');
    expect(actors.actors.map((a: { id: string }) => a.id).sort()).toEqual(
      readActors()
        .map((a) => a.id)
        .sort(),
    );
    const sources = validate('sources.json', 'sources.schema.json');
    expect(sources.sources.map((s: { id: string }) => s.id).sort()).toEqual(
      readSources()
        .map((s) => s.id)
        .sort(),
    );
    expect(sources.count).toBe(readSources().length);
  });
  test('events.csv has a header and one row per event', () => {
    const rows = parseCsv(file('data/events.csv'));
    expect(rows[0]!.slice(0, 3)).toEqual(['id', 'url', 'title']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(events.map((e) => e.id));
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });
  test('timelinejs.json follows TimelineJS 3’s JSON format rules', () => {
    // From timeline.knightlab.com/docs/json-format: an `events` list; each slide has a start_date
    // with a year (month 1–12 and day 1–31 optional, a day only with a month), optional end_date
    // of the same shape, optional text {headline, text}, unique_id unique and usable in a URL.
    const dateObject = {
      type: 'object',
      required: ['year'],
      properties: {
        year: { type: 'integer' },
        month: { type: 'integer', minimum: 1, maximum: 12 },
        day: { type: 'integer', minimum: 1, maximum: 31 },
        display_date: { type: 'string' },
      },
      dependencies: { day: ['month'] },
    };
    const text = {
      type: 'object',
      properties: { headline: { type: 'string' }, text: { type: 'string' } },
      additionalProperties: false,
    };
    const slide = {
      type: 'object',
      required: ['start_date', 'text', 'unique_id'],
      properties: {
        start_date: dateObject,
        end_date: dateObject,
        text,
        unique_id: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' },
        group: { type: 'string' },
        display_date: { type: 'string' },
      },
      additionalProperties: false,
    };
    const schema = {
      type: 'object',
      required: ['events'],
      properties: {
        title: { type: 'object', required: ['text'], properties: { text } },
        events: { type: 'array', minItems: 1, items: slide },
      },
      additionalProperties: false,
    };
    const tl = json('data/timelinejs.json');
    const check = ajv.compile(schema);
    expect(check(tl), ajv.errorsText(check.errors)).toBe(true);
    const ids = tl.events.map((e: { unique_id: string }) => e.unique_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(events.map((e) => e.id).sort());
    for (const slide of tl.events as {
      unique_id: string;
      start_date: { year: number; month?: number; day?: number };
      end_date?: { year: number; month?: number; day?: number };
    }[]) {
      const e = events.find((x) => x.id === slide.unique_id)!;
      const [y, m, d] = e.date.start.first.split('-').map(Number);
      expect(slide.start_date.year).toBe(y);
      if (e.date.start.precision === 'year') expect(slide.start_date.month).toBeUndefined();
      else expect(slide.start_date.month).toBe(m);
      if (e.date.start.precision === 'day') expect(slide.start_date.day).toBe(d);
      else expect(slide.start_date.day).toBeUndefined();
      if (slide.end_date) {
        const key = (x: { year: number; month?: number; day?: number }) =>
          x.year * 10000 + (x.month ?? 0) * 100 + (x.day ?? 0);
        expect(key(slide.end_date)).toBeGreaterThanOrEqual(key(slide.start_date));
      }
    }
  });
  test('the /data/ page links every file and states the licence', () => {
    const html = file('data/index.html');
    for (const f of [
      'events.json',
      'events.schema.json',
      'events.csv',
      'actors.json',
      'sources.json',
      'timelinejs.json',
    ]) {
      expect(html).toContain(`href="/data/${f}"`);
      expect(existsSync(join(dist, 'data', f))).toBe(true);
    }
    expect(html).toContain('rel="license noopener noreferrer"');
  });
});

test.describe('filters', () => {
  // Timeline entries: a heading whose link is the event's permalink.
  const listed = (path: string) =>
    [
      ...file(`${path.slice(1)}index.html`).matchAll(/<h[2-4][^>]*><a href="\/events\/([^/]+)\/"/g),
    ].map((m) => m[1]!);
  const tagsOf = (id: string) =>
    (json('data/events.json').events as { id: string; tags: string[] }[]).find((e) => e.id === id)!
      .tags;

  test('each tag page lists exactly the events with that tag, oldest first', () => {
    const tags = [...new Set(events.flatMap((e) => tagsOf(e.id)))].sort();
    expect(
      readdirSync(join(dist, 'tags'))
        .filter((n) => n !== 'index.html')
        .sort(),
    ).toEqual(tags);
    for (const tag of tags)
      expect(listed(`/tags/${tag}/`), tag).toEqual(
        events.filter((e) => tagsOf(e.id).includes(tag)).map((e) => e.id),
      );
    for (const tag of tags) expect(file('tags/index.html')).toContain(`href="/tags/${tag}/"`);
  });

  test('each evidence status page lists exactly the events with that status, oldest first', () => {
    for (const status of ['confirmed', 'reported', 'alleged', 'disputed', 'denied']) {
      expect(listed(`/status/${status}/`), status).toEqual(
        events.filter((e) => e.status === status).map((e) => e.id),
      );
    }
  });

  test('each year page lists exactly the events starting in that year', () => {
    for (const year of new Set(events.map((e) => e.date.start.first.slice(0, 4)))) {
      expect(listed(`/years/${year}/`), year).toEqual(
        events.filter((e) => e.date.start.first.startsWith(year)).map((e) => e.id),
      );
    }
  });

  test('an event page links its tags and its status page', () => {
    const e = events.find((x) => tagsOf(x.id).length > 0)!;
    const html = file(`events/${e.id}/index.html`);
    for (const tag of tagsOf(e.id)) expect(html).toContain(`href="/tags/${tag}/"`);
    expect(html).toContain(`href="/status/${e.status}/"`);
  });

  test('with JavaScript, the timeline filters in place and keeps the filter in the URL', async ({
    page,
  }) => {
    const status = events[0]!.status;
    const expected = events.filter((e) => e.status === status).map((e) => e.id);
    await page.goto('/');
    const form = page.locator('#timeline-filter');
    // Collapsed with the other tools until the reader opens it.
    await expect(form).toBeHidden();
    await page.locator('summary', { hasText: 'Filter the timeline' }).click();
    await expect(form).toBeVisible();
    await form.getByLabel('Evidence status').selectOption(status);
    await expect(page).toHaveURL(new RegExp(`\\?status=${status}$`));
    const visible = () =>
      page.locator('li[data-status]:visible').evaluateAll((lis) => lis.map((li) => li.id));
    expect(await visible()).toEqual(expected);
    await expect(form.locator('[data-filter-count]')).toHaveText(
      `Showing ${expected.length} of ${events.length} events.`,
    );
    await expect(page.locator('[data-filter-nojs]')).toBeHidden();

    const actor = events[0]!.actors[0]!;
    await page.goto(`/?actor=${actor}&status=${status}`);
    await expect(form.getByLabel('Actor')).toHaveValue(actor);
    expect(await visible()).toEqual(
      events.filter((e) => e.status === status && e.actors.includes(actor)).map((e) => e.id),
    );
    await form.getByRole('link', { name: 'Show all events' }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(await visible()).toHaveLength(events.length);

    // A mistyped or outdated link: the page says which part it cannot use.
    await page.goto(`/?actor=no-such-actor&status=${status}`);
    await expect(form.locator('[data-filter-count]')).toHaveText(
      `Actor “no-such-actor” is not on this timeline, so the link’s filter leaves it out. Showing ${expected.length} of ${events.length} events.`,
    );
  });

  test('without JavaScript, the filter form stays hidden, the page says a filtered link shows every event, and the filter pages are linked', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/?status=confirmed');
    await expect(page.locator('#timeline-filter')).toBeHidden();
    expect(await page.locator('li[data-status]:visible').count()).toBe(events.length);
    await expect(page.locator('[data-filter-nojs]')).toBeVisible();
    await expect(page.locator('[data-filter-nojs]')).toContainText('needs JavaScript');
    // The filter pages are one tap away: <details> opens without JavaScript.
    await page.locator('summary', { hasText: 'Filter the timeline' }).click();
    await expect(page.locator('main a[href="/tags/"]')).toBeVisible();
    await expect(page.locator('main a[href="/status/"]')).toBeVisible();
    await expect(page.locator('main a[href="/actors/"]')).toBeVisible();
    const years = [...new Set(events.map((e) => e.date.start.first.slice(0, 4)))];
    for (const year of years)
      await expect(page.locator(`main nav a[href="/years/${year}/"]`)).toBeVisible();
    await context.close();
  });
});

test.describe('search', () => {
  const fragments = () => {
    const dir = join(dist, 'pagefind', 'fragment');
    return readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as {
        url: string;
        content: string;
        meta: Record<string, string>;
        filters: Record<string, string[]>;
      };
    });
  };

  test('the index covers every event, actor and source page, and nothing else', () => {
    const urls = fragments()
      .map((f) => f.url)
      .sort();
    // Each edition's pages, under its prefix; Pagefind keeps one index per language.
    const expected = editionPrefixes
      .flatMap((prefix) =>
        [
          ...events.map((e) => `/events/${e.id}/`),
          ...readActors().map((a) => `/actors/${a.id}/`),
          ...readSources().map((s) => `/sources/${s.id}/`),
        ].map((path) => (prefix ? `/${prefix}${path}` : path)),
      )
      .sort();
    expect(urls).toEqual(expected);
  });

  test('an event is indexed from its article only, with type, date and status, and filters', () => {
    const e = events[0]!;
    const f = fragments().find((x) => x.url === `/events/${e.id}/`)!;
    expect(f.meta.title).toBe(e.title);
    expect(f.meta.type).toBe('Event');
    expect(f.meta.status?.toLowerCase()).toBe(e.status);
    expect(f.meta.date).toBeTruthy();
    expect(f.filters.year).toEqual([e.date.start.first.slice(0, 4)]);
    expect(f.filters.actor!.length).toBe(e.actors.length);
    // Navigation (header, footer, previous/next) is not content.
    expect(f.content).not.toContain('Skip to content');
    expect(f.content).not.toContain('No cookies, no tracking');
    expect(f.content).not.toContain('Previous event');
    // Nor are the citations in seven styles, the status definitions every page repeats, or the
    // links around each numbered source ("^ a b", "Source page").
    expect(f.content).not.toContain('BibTeX');
    expect(f.content).not.toContain('What the evidence statuses mean');
    expect(f.content).not.toContain('Source page');
    expect(f.content).not.toMatch(/\^ a b/);
    expect(f.content).toContain(e.title);
  });

  test('a word from an event’s body finds the event; filters narrow the results; the URL keeps the query', async ({
    page,
  }) => {
    const e = events.find((x) => x.status === 'confirmed') ?? events[0]!;
    const body = fragments().find((x) => x.url === `/events/${e.id}/`)!.content;
    const word = body
      .split(/[^A-Za-z]+/)
      .filter((w) => w.length > 7)
      .at(-1)!;
    await page.goto(`/search/?q=${encodeURIComponent(word)}`);
    await expect(page.locator('#search-nojs')).toBeHidden();
    const results = page.locator('#search-results li');
    await expect(results.first()).toBeVisible();
    await expect(page.locator(`#search-results a[href="/events/${e.id}/"]`)).toBeVisible();
    const item = page.locator('#search-results li', {
      has: page.locator(`a[href="/events/${e.id}/"]`),
    });
    await expect(item).toContainText('Event ·');
    await page.getByLabel('Type').selectOption('Source');
    await expect(page).toHaveURL(/type=Source/);
    await expect(page.locator(`#search-results a[href="/events/${e.id}/"]`)).toHaveCount(0);
  });

  test('the header search box is a GET form to /search/ that works without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/about/');
    const box = page.getByRole('search', { name: 'Search' });
    await box.getByRole('searchbox').fill('Azure');
    await box.getByRole('button').click();
    await expect(page).toHaveURL(/\/search\/\?q=Azure$/);
    await expect(page.locator('#search-nojs')).toBeVisible();
    await context.close();
  });

  test('the index loads only on the search page; what it loads is measured', async ({ page }) => {
    const loaded: { url: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      loaded.push({ url: new URL(r.url()).pathname, bytes: body.length });
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(loaded.filter((l) => l.url.includes('/pagefind/'))).toEqual([]);
    loaded.length = 0;
    await page.goto('/search/?q=Microsoft');
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const total = loaded.reduce((n, l) => n + l.bytes, 0);
    const index = loaded
      .filter((l) => l.url.includes('/pagefind/'))
      .reduce((n, l) => n + l.bytes, 0);
    test.info().annotations.push({
      type: 'search page bytes',
      description: `${total} B in ${loaded.length} responses, of which Pagefind ${index} B`,
    });
    console.log(
      `search page "Microsoft": ${total} B in ${loaded.length} responses (uncompressed), Pagefind ${index} B:\n${loaded.map((l) => `  ${l.bytes}\t${l.url}`).join('\n')}`,
    );
    expect(loaded.some((l) => l.url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(loaded.some((l) => l.url.includes('pagefind-ui'))).toBe(false);
  });
});

test.describe('embeds', () => {
  const embedPages = () => builtPages().filter((p) => p.startsWith('/embed/'));

  test('there is an embed of the whole timeline and one per actor', () => {
    expect(embedPages().sort()).toEqual(
      ['/embed/', ...readActors().map((a) => `/embed/actors/${a.id}/`)].sort(),
    );
  });

  test('embeds have no header, navigation or footer, a language switcher, every other link opens in the top window, and the whole timeline lists every event', () => {
    for (const path of embedPages()) {
      const html = file(`${path.slice(1)}index.html`);
      expect(html, path).not.toMatch(/<header|<nav|<footer/);
      expect(html, path).toContain('<meta name="robots" content="noindex">');
      const links = [...html.matchAll(/<a\s[^>]*>/g)].map((m) => m[0]);
      expect(links.length, path).toBeGreaterThan(0);
      // The language switcher alone stays in the frame: it changes the embed's language.
      for (const link of links)
        expect(link, path).toContain(
          link.includes('hreflang=') ? 'target="_self"' : 'target="_top"',
        );
      expect(
        links.filter((l) => l.includes('hreflang=')).length,
        `${path}: a link to the embed in every edition`,
      ).toBe(editions.length);
    }
    const whole = file('embed/index.html');
    expect([...whole.matchAll(/href="\/events\/([^/]+)\/"/g)].map((m) => m[1])).toEqual(
      events.map((e) => e.id),
    );
  });

  test('the about page’s snippet frames the embed; a link in the frame opens the permalink in the top window', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/about/');
    const snippet = await page.locator('#embed-snippet').inputValue();
    expect(snippet).toContain(`src="${origin}embed/"`);
    const src = `${baseURL}/embed/`;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(
      `<!doctype html><title>host</title><body>${snippet.replace(/src="[^"]+"/, `src="${src}"`)}</body>`,
    );
    const frame = page.frameLocator('iframe');
    const first = frame.locator('main a').first();
    await expect(first).toBeVisible();
    expect(requests.filter((u) => !u.startsWith(`${baseURL}/`))).toEqual([]);
    await first.click();
    await expect(page).toHaveURL(`${baseURL}/events/${events[0]!.id}/`);
  });
});

test.describe('social cards', () => {
  const size = (path: string) => {
    const png = readFileSync(join(dist, path));
    expect(png.subarray(1, 4).toString('ascii'), path).toBe('PNG');
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };
  test('every event, every actor and the site have a 1200×630 PNG card', () => {
    expect(size('social/site.png')).toEqual([1200, 630]);
    for (const e of events) expect(size(`social/events/${e.id}.png`)).toEqual([1200, 630]);
    for (const a of readActors()) expect(size(`social/actors/${a.id}.png`)).toEqual([1200, 630]);
  });
  test('pages reference their card in og:image and twitter:image, with alt text', () => {
    const image = (path: string) => {
      const html = file(`${path.slice(1)}index.html`);
      const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(/<meta name="twitter:image" content="([^"]+)"/.exec(html)?.[1], path).toBe(og);
      expect(
        /<meta property="og:image:alt" content="([^"]+)"/.exec(html)?.[1]?.length,
        path,
      ).toBeGreaterThan(10);
      expect(
        /<meta name="twitter:image:alt" content="([^"]+)"/.exec(html)?.[1]?.length,
        path,
      ).toBeGreaterThan(10);
      expect(existsSync(join(dist, og!.slice(origin.length))), og).toBe(true);
      return og;
    };
    const e = events[0]!;
    expect(image(`/events/${e.id}/`)).toBe(`${origin}social/events/${e.id}.png`);
    const alt = /<meta property="og:image:alt" content="([^"]+)"/
      .exec(file(`events/${e.id}/index.html`))![1]!
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(alt).toContain(`Event. ${e.title}`);
    expect(alt.toLowerCase()).toContain(e.status);
    const a = readActors()[0]!;
    expect(image(`/actors/${a.id}/`)).toBe(`${origin}social/actors/${a.id}.png`);
    expect(image('/')).toBe(`${origin}social/site.png`);
    expect(image('/about/')).toBe(`${origin}social/site.png`);
  });
});

test.describe('accessibility of the enhanced states', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`search results and the filtered timeline have no WCAG 2.2 A/AA violations (${scheme})`, async ({
      page,
    }) => {
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      await page.emulateMedia({ colorScheme: scheme });
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
      await page.goto('/search/?q=Microsoft');
      await expect(page.locator('#search-results li').first()).toBeVisible();
      expect(
        (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id),
      ).toEqual([]);
      await page.goto(`/?status=${events[0]!.status}`);
      await expect(page.locator('#timeline-filter')).toBeVisible();
      expect(
        (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id),
      ).toEqual([]);
    });
  }
});
