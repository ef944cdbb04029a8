/**
 * Accessibility gates on every built page: axe-core with the WCAG 2.2 A and AA rules, in light
 * and dark colour schemes; and keyboard use on each page type: a working skip link, a visible
 * focus on every interactive element, and headings that never skip a level.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, pageTypes } from './site-pages';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    for (const path of builtPages()) {
      test(`${path} has no WCAG 2.2 A/AA violations (${scheme})`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

for (const [type, path] of Object.entries(pageTypes())) {
  test(`${type} page: the first Tab reaches a skip link that moves focus to the main content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('href', '#main');
    await expect(focused).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('#main')).toBeFocused();
  });

  test(`${type} page: every interactive element shows a visible focus indicator`, async ({ page }) => {
    await page.goto(path);
    const count = await page.locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').count();
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
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!, `heading ${i} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(1);
    });
  });
}
