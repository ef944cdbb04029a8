import { expect, test } from '@playwright/test';
import { readActors, readEvents, readSources } from './content';
import { editions } from '../../src/site.config';

const events = readEvents();
const actors = readActors();
const sources = readSources();
const sourceById = new Map(sources.map((s) => [s.id, s]));

test('every event permalink loads and links to its actors and sources', async ({ page }) => {
  for (const [i, event] of events.entries()) {
    const response = await page.goto(`/events/${event.id}/`);
    expect(response?.status(), event.id).toBe(200);
    await expect(page.locator('h1')).toHaveText(event.title);
    const actorLinks = await page
      .locator('main header a[href^="/actors/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(actorLinks).toEqual(event.actors.map((a) => `/actors/${a}/`));
    const items = page.locator('section[aria-labelledby="sources"] ol > li');
    await expect(items).toHaveCount(event.sources.length);
    for (const [n, id] of event.sources.entries()) {
      const item = items.nth(n);
      await expect(item).toHaveAttribute('id', `source-${id}`);
      const source = sourceById.get(id)!;
      if (source.url)
        await expect(item.locator(`a[href="${source.url}"]`)).toHaveAttribute(
          'rel',
          'noopener noreferrer',
        );
      else await expect(item).toContainText('no link available');
    }
    const prev = page.locator('a[rel="prev"]');
    const next = page.locator('a[rel="next"]');
    if (i > 0) await expect(prev).toHaveAttribute('href', `/events/${events[i - 1]!.id}/`);
    else await expect(prev).toHaveCount(0);
    if (i < events.length - 1)
      await expect(next).toHaveAttribute('href', `/events/${events[i + 1]!.id}/`);
    else await expect(next).toHaveCount(0);
  }
});

test('every citation number in an event text points to its numbered source', async ({ page }) => {
  for (const event of events) {
    await page.goto(`/events/${event.id}/`);
    const cites = await page
      .locator('sup.cite a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent })));
    for (const cite of cites) {
      const id = cite.href.replace('#source-', '');
      const n = event.sources.indexOf(id) + 1;
      expect(n, `${event.id} cites ${id}`).toBeGreaterThan(0);
      expect(cite.text).toMatch(new RegExp(`^\\[${n}(,|\\])`));
    }
  }
});

test('every actor page lists exactly that actor’s events', async ({ page }) => {
  for (const actor of actors) {
    const response = await page.goto(`/actors/${actor.id}/`);
    expect(response?.status(), actor.id).toBe(200);
    await expect(page.locator('h1')).toHaveText(actor.name);
    const listed = await page
      .locator('section[aria-labelledby="events"] li article h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const expected = events
      .filter((e) => e.actors.includes(actor.id))
      .map((e) => `/events/${e.id}/`);
    expect(listed, actor.id).toEqual(expected);
  }
});

test('/actors/ lists every actor once, under its kind', async ({ page }) => {
  await page.goto('/actors/');
  const hrefs = await page
    .locator('main section[aria-labelledby^="kind-"] li > a[href^="/actors/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(actors.map((a) => `/actors/${a.id}/`).sort());
});

test('/sources/ lists each source once, with the events that cite it', async ({ page }) => {
  await page.goto('/sources/');
  const ids = await page.locator('main li[id]').evaluateAll((lis) => lis.map((li) => li.id));
  expect([...ids].sort()).toEqual(sources.map((s) => s.id).sort());
  for (const source of sources) {
    const citing = await page
      .locator(`li[id="${source.id}"] a[href^="/events/"]`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(citing, source.id).toEqual(
      events.filter((e) => e.sources.includes(source.id)).map((e) => `/events/${e.id}/`),
    );
  }
});

test('an unknown address gets the 404 page, which leads to the timeline', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the timeline' })).toHaveAttribute('href', '/');
});

test("an unknown address under an edition's prefix gets that edition's 404 page, in its language", async ({
  page,
}) => {
  for (const edition of editions.slice(1)) {
    const response = await page.goto(`/${edition.code}/events/no-such-event/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.code);
    await expect(page.locator('html')).toHaveAttribute('dir', edition.direction);
    await expect(page.locator('h1')).toHaveText(edition.words.ui.notFound.heading);
    await expect(
      page.getByRole('link', { name: edition.words.ui.notFound.back, exact: true }),
    ).toHaveAttribute('href', `/${edition.code}/`);
  }
  // An address that only starts like an edition's prefix is the site's own.
  await page.goto('/arabic/');
  await expect(page.locator('html')).toHaveAttribute('lang', editions[0]!.locale);
});

test('every source page shows its record and exactly the events that cite it', async ({ page }) => {
  for (const source of sources) {
    const response = await page.goto(`/sources/${source.id}/`);
    expect(response?.status(), source.id).toBe(200);
    if (source.url) await expect(page.locator(`main dd a[href="${source.url}"]`)).toHaveCount(1);
    else await expect(page.locator('main dl')).toContainText('not yet been confirmed');
    const citing = await page
      .locator('section[aria-labelledby="cited-by"] li article h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(citing, source.id).toEqual(
      events.filter((e) => e.sources.includes(source.id)).map((e) => `/events/${e.id}/`),
    );
  }
});

test('every year page lists exactly the events that start in that year', async ({ page }) => {
  const years = [...new Set(events.map((e) => e.date.start.first.slice(0, 4)))];
  for (const year of years) {
    await page.goto(`/years/${year}/`);
    const listed = await page
      .locator('main li > article :is(h2, h3, h4) > a:not(.anchor-link)')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed, year).toEqual(
      events.filter((e) => e.date.start.first.startsWith(year)).map((e) => `/events/${e.id}/`),
    );
  }
});
