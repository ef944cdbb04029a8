/**
 * A 320 px screen (the narrowest phones in use, and 1280 px at 400 % zoom, WCAG 1.4.10) never
 * scrolls sideways: every page type fits, the actor map and the drawing to scale included.
 */
import { expect, test } from '@playwright/test';
import { builtPages, onePageOfEachType, pageTypes } from './site-pages';

const pages = builtPages();
const find = (pattern: RegExp) => pages.find((p) => pattern.test(p));
/** The page types a reader meets, named, then one page of every other type the build has. */
const named: Record<string, string | undefined> = {
  ...pageTypes(),
  tags: '/tags/',
  tag: find(/^\/tags\/[^/]+\/$/),
  statuses: '/status/',
  status: find(/^\/status\/[^/]+\/$/),
  years: find(/^\/years\/[^/]+\/$/),
  corrections: '/corrections/',
  search: '/search/',
  data: '/data/',
  embed: '/embed/',
  embedActor: find(/^\/embed\/actors\/[^/]+\/$/),
};
const visits = [
  ...new Set([
    ...Object.values(named).filter((p): p is string => Boolean(p)),
    ...onePageOfEachType(),
  ]),
];

test('every named page type exists in the build', () => {
  for (const [type, path] of Object.entries(named)) expect(path, type).toBeTruthy();
});

for (const javaScriptEnabled of [true, false]) {
  test(`at 320 px ${javaScriptEnabled ? 'with' : 'without'} JavaScript no page scrolls sideways`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      javaScriptEnabled,
    });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of visits) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
}

test('at 320 px the actor map is drawn whole, inside the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/actors/');
  // The drawing shown at this width (the other is display: none).
  const map = page.locator('svg.actor-map:visible');
  await expect(map).toHaveCount(1);
  const box = (await map.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  // Every actor's mark and name is inside the screen: nothing hides in a sideways scroll.
  const clipped = await map.locator('a').evaluateAll((nodes) =>
    nodes
      .map((n) => ({ id: n.getAttribute('data-actor'), r: n.getBoundingClientRect() }))
      .filter(({ r }) => r.left < 0 || r.right > 320)
      .map(({ id }) => id),
  );
  expect(clipped).toEqual([]);
  await context.close();
});

test('at 320 px the opened timeline tools stay inside the page margins', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/?status=confirmed');
  await page
    .locator('main details')
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const edge =
      main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
    return [...document.querySelectorAll('.timeline-tools *')]
      .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
      .map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''));
  });
  expect(overflow).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await context.close();
});
