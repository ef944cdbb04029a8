/**
 * Accessibility gates on every built page: axe-core with the WCAG 2.2 A and AA rules, in the
 * light colour scheme on every page of the source edition (and the translated editions' pages
 * chosen below) and in the dark one on a page of each type (below); and keyboard use on each page type: a working skip link, a visible
 * focus on every interactive element, and headings that never skip a level.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  builtPages,
  editionOfPath,
  groupName,
  onePageOfEachType,
  pageTypeOf,
  pageTypes,
} from './site-pages';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/**
 * Pages checked one after another in one browser page, a few to a test: fewer tests to start, and
 * still small enough that the two workers end together. Axe takes one to three seconds a page.
 */
const PAGES_PER_TEST = 4;

/**
 * Every page in the light scheme. The dark scheme changes colours only (the same markup, the same
 * names and roles), so what it can break is colour contrast: it is checked on one page of each
 * type, and on every evidence-status page, where each status colour is shown.
 */
/**
 * Translated editions render the same components around translated text: each is checked on a
 * page of each type and on every event page (where the translated body, its quotes and its
 * notices are), rather than on all of their pages again.
 */
const lightPages = [
  ...builtPages().filter((p) => editionOfPath(p) === ''),
  ...new Set([
    ...onePageOfEachType().filter((p) => editionOfPath(p) !== ''),
    ...builtPages().filter((p) => editionOfPath(p) !== '' && /^\/\w+\/events\/[^/]+\/$/.test(p)),
  ]),
];
const schemes = {
  light: lightPages,
  dark: [
    ...new Set([...onePageOfEachType(), ...builtPages().filter((p) => p.startsWith('/status/'))]),
  ],
};

for (const [scheme, pages] of Object.entries(schemes)) {
  test.describe(`axe, ${scheme}`, () => {
    test.use({ colorScheme: scheme as 'light' | 'dark' });
    for (let i = 0; i < pages.length; i += PAGES_PER_TEST) {
      const group = pages.slice(i, i + PAGES_PER_TEST);
      test(`${groupName(group)}: no WCAG 2.2 A/AA violations (${scheme})`, async ({ page }) => {
        test.setTimeout(30_000 + group.length * 15_000);
        const found: string[] = [];
        for (const path of group) {
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          for (const v of violations)
            found.push(
              `${path}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
            );
        }
        expect(found).toEqual([]);
      });
    }
  });
}

test('the dark scheme is checked on every page type and every evidence-status page', () => {
  expect(schemes.dark.length).toBeGreaterThan(Object.keys(pageTypes()).length);
  for (const path of Object.values(pageTypes()))
    expect(
      schemes.dark.some((p) => pageTypeOf(p) === pageTypeOf(path)),
      path,
    ).toBe(true);
  expect(schemes.dark.filter((p) => p.startsWith('/status/')).length).toBeGreaterThan(1);
});

for (const [type, path] of Object.entries(pageTypes())) {
  test(`${type} page: the first Tab reaches a skip link that moves focus to the main content`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('href', '#main');
    await expect(focused).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('#main')).toBeFocused();
  });

  test(`${type} page: every interactive element shows a visible focus indicator`, async ({
    page,
  }) => {
    await page.goto(path);
    const count = await page
      .locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')
      .count();
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          key: `${el.tagName} ${el.getAttribute('href') ?? ''} ${i0(el)}`,
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          visible: r.width > 0 && r.height > 0,
        };
        function i0(e: Element) {
          return Array.from(document.querySelectorAll('*')).indexOf(e);
        }
      });
      if (!style) continue;
      seen.add(style.key);
      expect(style.outline, `${style.key} has no visible focus outline`).toBe(true);
      expect(style.visible, `${style.key} is focused but not visible`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  test(`${type} page: one h1, and headings never skip a level`, async ({ page }) => {
    await page.goto(path);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0)
        expect(
          level - levels[i - 1]!,
          `heading ${i} jumps from h${levels[i - 1]} to h${level}`,
        ).toBeLessThanOrEqual(1);
    });
  });
}
