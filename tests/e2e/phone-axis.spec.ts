/**
 * The drawing to scale on a phone: drawn on the server, readable without JavaScript, every mark a
 * target of at least 24 × 24 px (WCAG 2.2, 2.5.8) that jumps to its event on the timeline, era
 * names at 16 px or more, and the same events and eras as the desktop drawing.
 */
import { expect, test } from '@playwright/test';
import { readEvents } from './content';

const events = readEvents();

for (const width of [320, 390]) {
  for (const javaScriptEnabled of [true, false]) {
    test(`at ${width} px ${javaScriptEnabled ? 'with' : 'without'} JavaScript every mark is at least 24 × 24 px and every era name at least 16 px`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width, height: 844 },
        javaScriptEnabled,
      });
      const page = await context.newPage();
      await page.goto('/');
      const svg = page.locator('.axis-narrow svg.axis');
      await expect(svg).toBeVisible();
      await expect(page.locator('.axis-wide')).toBeHidden();
      const box = (await svg.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      const targets = await svg
        .locator('a.axis-mark .axis-hit')
        .evaluateAll((rects) =>
          rects.map((r) => [r.getBoundingClientRect().width, r.getBoundingClientRect().height]),
        );
      expect(targets).toHaveLength(events.length);
      for (const [w, h] of targets) {
        expect(w).toBeGreaterThanOrEqual(24);
        expect(h).toBeGreaterThanOrEqual(24);
      }
      // Rendered size: the font size in drawing units times the drawing's scale on screen.
      const eraSizes = await svg.evaluate((el) => {
        const drawing = el as SVGSVGElement;
        const scale = drawing.getBoundingClientRect().width / drawing.viewBox.baseVal.width;
        return [...drawing.querySelectorAll('.axis-era text')].map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
        );
      });
      for (const size of eraSizes) expect(size).toBeGreaterThanOrEqual(16);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await context.close();
    });
  }
}

test('on a phone a mark jumps to its event on the timeline', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  const marks = page.locator('.axis-narrow a.axis-mark');
  for (const mark of await marks.all()) {
    const id = (await mark.getAttribute('data-event'))!;
    await expect(mark).toHaveAttribute('href', `/#${id}`);
    await expect(page.locator(`li[id="${id}"]`)).toHaveCount(1);
  }
  const last = events.at(-1)!;
  await page.locator(`.axis-narrow a.axis-mark[data-event="${last.id}"] .axis-hit`).click();
  await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
  await expect(page.locator(`li[id="${last.id}"] article :is(h2, h3, h4)`)).toBeInViewport();
  await context.close();
});

test('the phone drawing shows the same events and eras as the desktop one', async ({ page }) => {
  await page.goto('/');
  const ids = (key: string) =>
    page
      .locator(`.axis-${key} a.axis-mark`)
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event')).sort());
  const eras = (key: string) =>
    page
      .locator(`.axis-${key} .axis-era`)
      .evaluateAll((bands) => bands.map((b) => b.getAttribute('data-era')).sort());
  expect(await ids('narrow')).toEqual(await ids('wide'));
  expect(await ids('narrow')).toEqual(events.map((e) => e.id).sort());
  expect(await eras('narrow')).toEqual(await eras('wide'));
});

for (const edition of ['/', '/ar/']) {
  for (const width of [320, 390]) {
    test(`at ${width} px on ${edition} every mark's focus label stays inside the drawing's scroll box`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      await page.goto(edition);
      const marks = page.locator('.axis-narrow a.axis-mark');
      expect(await marks.count()).toBe(events.length);
      for (const mark of await marks.all()) {
        await mark.focus();
        const label = mark.locator('.axis-label');
        await expect(label).toBeVisible();
        const { inside, scrollBox, labelBox } = await mark.evaluate((a) => {
          const scroller = a.closest('.axis-scroll')!;
          const s = scroller.getBoundingClientRect();
          const l = a.querySelector('.axis-label')!.getBoundingClientRect();
          return {
            inside: l.left >= s.left - 0.5 && l.right <= s.right + 0.5,
            scrollBox: [s.left, s.right],
            labelBox: [l.left, l.right],
          };
        });
        expect(
          inside,
          `${await mark.getAttribute('data-event')}: label ${labelBox} in ${scrollBox}`,
        ).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
      }
      await context.close();
    });
  }
}
