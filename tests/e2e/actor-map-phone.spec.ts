/** The phone actor map: every name legible, none on top of another, in every edition. */
import { expect, test } from '@playwright/test';

for (const edition of ['/', '/ar/', '/he/']) {
  for (const width of [320, 390]) {
    test(`at ${width} px on ${edition}actors/ no two names on the actor map overlap`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${edition}actors/`);
      const svg = page.locator('.actor-map-narrow svg.actor-map');
      await expect(svg).toBeVisible();
      const boxes = await svg.locator('.actor-map-node text').evaluateAll((texts) =>
        texts.map((t) => {
          const b = t.getBoundingClientRect();
          return {
            name: t.textContent ?? '',
            left: b.left,
            right: b.right,
            top: b.top,
            bottom: b.bottom,
          };
        }),
      );
      expect(boxes.length).toBeGreaterThan(10);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const apart =
            a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `${a.name} / ${b.name}`).toBe(true);
        }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await context.close();
    });
  }
}
