/**
 * The first screen: a reader who opens the timeline sees the story, not the page's chrome. On a
 * 390 × 844 phone the first event's date and headline are on screen before any scrolling, and on a
 * 1280 × 800 desktop the first three headlines are; the site name is shown once, the theme switch
 * and the drawing's caption wait further down, and without JavaScript a shared, filtered link
 * says near the top why every event is listed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readEvents } from './content';
import { pageTypes } from './site-pages';

const events = readEvents();
const headlines = (page: Page) => page.locator('main li[data-status] article :is(h2, h3, h4)');
const dates = (page: Page) => page.locator('main li[data-status] article > p:first-child');
/** Distance of an element's top edge from the top of the viewport, in CSS pixels. */
const topOf = (element: Locator): Promise<number> =>
  element.evaluate((el) => el.getBoundingClientRect().top);

for (const javaScriptEnabled of [true, false]) {
  const js = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`at 390 × 844 (${js}) the first event's date and headline show without scrolling`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled,
    });
    const page = await context.newPage();
    await page.goto('/');
    const date = dates(page).first();
    const headline = headlines(page).first();
    await expect(headline).toContainText(events[0]!.title);
    expect(await topOf(date)).toBeGreaterThanOrEqual(0);
    const top = await topOf(headline);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(844);
    // The date line ends above the headline, so it is on screen too.
    expect(await date.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(top + 1);
    await context.close();
  });

  test(`at 1280 × 800 (${js}) the first three headlines show without scrolling`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled,
    });
    const page = await context.newPage();
    await page.goto('/');
    const shown = Math.min(3, events.length);
    for (let i = 0; i < shown; i++) {
      const headline = headlines(page).nth(i);
      await expect(headline).toContainText(events[i]!.title);
      const top = await topOf(headline);
      expect(top, `headline ${i + 1}`).toBeGreaterThanOrEqual(0);
      expect(top, `headline ${i + 1}`).toBeLessThan(800);
    }
    await context.close();
  });
}

test('the site name is shown once on the home page, as its heading in the header', async ({
  page,
}) => {
  await page.goto('/');
  const name = (await page.locator('header h1').textContent())!.trim();
  expect(name.length).toBeGreaterThan(0);
  await expect(page.locator('h1')).toHaveCount(1);
  const main = (await page.locator('main').innerText()).split('\n').map((l) => l.trim());
  expect(main).not.toContain(name);
});

test('at 390 × 844 the theme switch, the axis caption and the open legend stay off the first screen', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  const firstHeadline = await topOf(headlines(page).first());
  await expect(page.locator('#theme-switch')).toBeVisible();
  expect(await topOf(page.locator('#theme-switch'))).toBeGreaterThan(844);
  expect(await topOf(page.locator('.axis-figure figcaption').first())).toBeGreaterThan(
    firstHeadline,
  );
  // The legend and the filter are collapsed: one line each until a reader opens them.
  for (const details of await page.locator('main details').all()) {
    if ((await topOf(details)) < firstHeadline)
      expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
  }
  await context.close();
});

test('without JavaScript, a shared filtered link says near the top that it shows every event', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(`/?actor=${events[0]!.actors[0]}&status=${events[0]!.status}`);
  const notice = page.locator('[data-filter-nojs]');
  await expect(notice).toBeVisible();
  const top = await topOf(notice);
  expect(top).toBeLessThan(await topOf(headlines(page).first()));
  expect(top).toBeLessThan(844 / 2);
  await context.close();
});

test('with JavaScript, a shared filtered link opens the collapsed filter to show what applies', async ({
  page,
}) => {
  const status = events[0]!.status;
  await page.goto(`/?status=${status}`);
  const form = page.locator('#timeline-filter');
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Evidence status')).toHaveValue(status);
  await page.goto('/');
  await expect(form).toBeHidden();
  await page.locator('summary', { hasText: 'Filter the timeline' }).click();
  await expect(form).toBeVisible();
});

// The first-screen layout at a phone's and a desktop's width, in both schemes, passes axe.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    test(`home, event, actor and actors pages at ${width} px (${colorScheme}): no WCAG 2.2 A/AA violations`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme });
      const page = await context.newPage();
      const types = pageTypes();
      for (const path of [types.timeline!, types.event!, types.actor!, types.actors!]) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(
          violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
        ).toEqual([]);
      }
      await context.close();
    });
  }
}
