/**
 * The visual timeline and the site's design: the time-scaled axis on the timeline and on
 * actor pages, eras, the actor map, dark mode (switch, memory, no flash, the OS preference without
 * JavaScript), print and reduced motion. Expectations come from content/, read independently of
 * the site's data layer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { readActors, readEvents, readSources } from './content';
import { formatEventDate } from '../../src/lib/content/dates';
import { english } from '../../src/lib/i18n';

const root = process.env.CONTENT_DIR ?? 'content';
const events = readEvents();
const actors = readActors();
const eras = (() => {
  try {
    return readdirSync(join(root, 'eras')).map(
      (name) => parse(readFileSync(join(root, 'eras', name), 'utf8')) as { name: string },
    );
  } catch {
    return [];
  }
})();
const nameOf = (e: (typeof events)[number]) =>
  `${formatEventDate(e.date, english.dates)}: ${e.title}`;

/** Relative luminance of a computed `rgb(…)` colour (0 black … 1 white). */
async function background(page: Page): Promise<number> {
  const rgb = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => Number(v) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

test.describe('the time-scaled axis', () => {
  test('the timeline draws one mark per event, named by date and title, linked to its entry', async ({
    page,
  }) => {
    await page.goto('/');
    const marks = page.locator('.axis-wide svg.axis a.axis-mark');
    await expect(marks).toHaveCount(events.length);
    for (const event of events) {
      const mark = page.locator(`.axis-wide svg.axis a[data-event="${event.id}"]`);
      await expect(mark).toHaveCount(1);
      await expect(mark).toHaveAttribute('aria-label', nameOf(event));
      expect(await mark.getAttribute('href')).toMatch(new RegExp(`#${event.id}$`));
      await expect(page.locator(`[id="${event.id}"]`)).toHaveCount(1);
    }
  });

  test('marks stand in time order on each scale, the busiest weeks enlarged on their own scale', async ({
    page,
  }) => {
    await page.goto('/');
    const panels = await page.locator('.axis-wide svg.axis g.axis-panel').evaluateAll((gs) =>
      gs.map((g) => ({
        key: g.getAttribute('class'),
        marks: [...g.querySelectorAll('a.axis-mark')].map((a) => ({
          id: a.getAttribute('data-event')!,
          x: Number(
            a.querySelector('circle')?.getAttribute('cx') ??
              a.querySelector('rect:not(.axis-hit)')!.getAttribute('x'),
          ),
        })),
      })),
    );
    expect(panels.length).toBeGreaterThanOrEqual(1);
    const first = new Map(events.map((e) => [e.id, e.date.start.first]));
    for (const panel of panels) {
      const byX = [...panel.marks].sort((a, b) => a.x - b.x).map((m) => first.get(m.id)!);
      expect(byX, `${panel.key}: marks out of time order`).toEqual([...byX].sort());
    }
    const zoom = panels.find((p) => p.key?.includes('axis-zoom'));
    if (zoom) {
      // The enlarged panel of this story holds the August–September 2025 events.
      expect(zoom.marks.length).toBeGreaterThanOrEqual(5);
      for (const m of zoom.marks)
        expect(first.get(m.id)! >= '2025-08-01' && first.get(m.id)! <= '2025-09-30', m.id).toBe(
          true,
        );
    }
  });

  test('the axis names exactly the eras defined in content (none when there are none)', async ({
    page,
  }) => {
    await page.goto('/');
    const names = await page.locator('.axis-wide svg.axis g.axis-era text').allTextContents();
    expect(new Set(names)).toEqual(new Set(eras.map((era) => era.name)));
  });

  test('hovering or focusing a mark shows its title; without either it is hidden', async ({
    page,
  }) => {
    await page.goto('/');
    const mark = page.locator('.axis-wide svg.axis a.axis-mark').first();
    const label = mark.locator('.axis-label');
    await expect(label).toBeHidden();
    await mark.focus();
    await expect(label).toBeVisible();
    await mark.blur();
    await expect(label).toBeHidden();
    await mark.locator('.axis-hit').hover();
    await expect(label).toBeVisible();
  });

  test('on a phone the whole period fits the screen at full size, every event still one named link', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('.axis-wide')).toBeHidden();
    const narrow = page.locator('.axis-narrow svg.axis');
    await expect(narrow).toBeVisible();
    const box = (await narrow.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Drawn at about 1:1, so text and targets keep their size.
    expect(box.width).toBeGreaterThanOrEqual(340);
    await expect(narrow.locator('a.axis-mark')).toHaveCount(events.length);
    for (const event of events)
      await expect(narrow.locator(`a[data-event="${event.id}"]`)).toHaveAttribute(
        'aria-label',
        nameOf(event),
      );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await context.close();
  });

  test('between phone and desktop widths the wide drawing keeps a legible size and scrolls sideways', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
    const page = await context.newPage();
    await page.goto('/');
    const sizes = await page.locator('.axis-wide').evaluate((el) => ({
      client: el.clientWidth,
      scroll: el.scrollWidth,
      svg: el.querySelector('svg')!.getBoundingClientRect().width,
    }));
    expect(sizes.svg).toBeGreaterThanOrEqual(760);
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await context.close();
  });

  test('an actor page draws that actor’s events on the axis, each linked to its permalink', async ({
    page,
  }) => {
    const actor = actors
      .map((a) => ({ ...a, events: events.filter((e) => e.actors.includes(a.id)) }))
      .sort((a, b) => b.events.length - a.events.length)[0]!;
    await page.goto(`/actors/${actor.id}/`);
    const marks = page.locator('.axis-wide svg.axis a.axis-mark');
    await expect(marks).toHaveCount(actor.events.length);
    for (const event of actor.events) {
      const mark = page.locator(`.axis-wide svg.axis a[data-event="${event.id}"]`);
      await expect(mark).toHaveAttribute('href', `/events/${event.id}/`);
      await expect(mark).toHaveAttribute('aria-label', nameOf(event));
    }
  });
});

test.describe('the actor map', () => {
  test('links every actor that has events, names them, and lists the same connections in text', async ({
    page,
  }) => {
    await page.goto('/actors/');
    const withEvents = actors.filter((a) => events.some((e) => e.actors.includes(a.id)));
    await expect(page.locator('.actor-map-wide svg.actor-map a')).toHaveCount(withEvents.length);
    for (const actor of withEvents) {
      const n = events.filter((e) => e.actors.includes(actor.id)).length;
      const node = page.locator(`.actor-map-wide svg.actor-map a[data-actor="${actor.id}"]`);
      await expect(node).toHaveAttribute('href', `/actors/${actor.id}/`);
      await expect(node).toHaveAttribute(
        'aria-label',
        `${actor.name}: ${n} event${n === 1 ? '' : 's'}`,
      );
      // The text alternative names every actor this one shares an event with, and how many.
      const item = page.locator(`.actor-map-list li[data-actor="${actor.id}"]`);
      const text = await item.textContent();
      for (const other of actors) {
        if (other.id === actor.id) continue;
        const shared = events.filter(
          (e) => e.actors.includes(actor.id) && e.actors.includes(other.id),
        ).length;
        if (shared)
          expect(text, `${actor.id} → ${other.id}`).toContain(
            `${other.name} (${shared} shared event${shared === 1 ? '' : 's'})`,
          );
      }
    }
    // The layout is computed at build time: every coordinate is a number (the layout's own rules,
    // the same map whatever the input order, are in tests/unit/drawing/actor-map.test.ts).
    expect(
      await page.locator('.actor-map-wide svg.actor-map').evaluate((svg) => svg.outerHTML),
    ).not.toMatch(/NaN|Infinity/);
    const lines = await page.locator('.actor-map-wide svg.actor-map line').count();
    const pairs = new Set(
      events.flatMap((e) =>
        e.actors.flatMap((a) => e.actors.filter((b) => a < b).map((b) => `${a} ${b}`)),
      ),
    );
    expect(lines).toBe(pairs.size);
  });
});

test.describe('dark mode', () => {
  test('without JavaScript the page follows the operating system, and the switch is not shown', async ({
    browser,
  }) => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto('/');
      const lum = await background(page);
      if (scheme === 'dark') expect(lum).toBeLessThan(0.05);
      else expect(lum).toBeGreaterThan(0.8);
      await expect(page.locator('#theme-switch')).toBeHidden();
      await context.close();
    }
  });

  test('a stored dark choice applies before the first paint (no flash), over a light OS', async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      if (!localStorage.getItem('theme')) localStorage.setItem('theme', 'dark');
      const w = window as unknown as { __atBody?: string; __themes: (string | null)[] };
      w.__themes = [];
      new MutationObserver((records) => {
        for (const r of records)
          if (r.type === 'attributes' && r.attributeName === 'data-theme')
            w.__themes.push(document.documentElement.getAttribute('data-theme'));
        if (document.body && w.__atBody === undefined)
          w.__atBody = document.documentElement.getAttribute('data-theme') ?? 'none';
      }).observe(document, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['data-theme'],
      });
    });
    const page = await context.newPage();
    await page.goto('/events/' + events.at(-1)!.id + '/');
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __atBody?: string; __themes: string[] };
      return {
        atBody: w.__atBody,
        themes: w.__themes,
        paints: performance.getEntriesByType('paint').length,
      };
    });
    // The theme is on <html> before <body> exists, so nothing is painted in the other theme,
    // and it is set once (never light first, then dark).
    expect(seen.atBody).toBe('dark');
    expect(seen.themes).toEqual(['dark']);
    expect(await background(page)).toBeLessThan(0.05);
    await context.close();
  });

  test('the switch changes the theme, remembers it across pages, and "System" returns to the OS', async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/');
    const group = page.locator('#theme-switch');
    await expect(group).toBeVisible();
    await expect(group.getByRole('button', { name: 'System' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await group.getByRole('button', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(group.getByRole('button', { name: 'Dark' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
    expect(await background(page)).toBeLessThan(0.05);

    await page.goto('/actors/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBeLessThan(0.05);
    await expect(
      page.locator('#theme-switch').getByRole('button', { name: 'Dark' }),
    ).toHaveAttribute('aria-pressed', 'true');

    await page.locator('#theme-switch').getByRole('button', { name: 'Light' }).click();
    expect(await background(page)).toBeGreaterThan(0.8);
    await page.locator('#theme-switch').getByRole('button', { name: 'System' }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBeLessThan(0.05);
    await context.close();
  });
});

test.describe('print', () => {
  const withUrl = new Set(
    readSources()
      .filter((s) => s.url)
      .map((s) => s.id),
  );
  const event = events.find((e) => e.sources.some((s) => withUrl.has(s)))!;

  test('an event page prints without navigation, in light colours, with source addresses and the permalink', async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const page = await context.newPage();
    await page.goto(`/events/${event.id}/`);
    await page.emulateMedia({ media: 'print' });
    // The main navigation and the language switcher alike.
    expect(await page.locator('body > header nav').count()).toBeGreaterThan(1);
    for (const nav of await page.locator('body > header nav').all()) await expect(nav).toBeHidden();
    await expect(page.locator('#theme-switch')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    expect(await background(page)).toBeGreaterThan(0.8);
    const after = await page
      .locator('main a[href^="http"]')
      .first()
      .evaluate((a) => ({
        href: a.getAttribute('href'),
        content: getComputedStyle(a, '::after').content,
      }));
    expect(after.content).toContain(after.href!);
    const footer = page.locator('.print-footer');
    await expect(footer).toBeVisible();
    await expect(footer).toContainText(`/events/${event.id}/`);
    await expect(footer).toContainText(/\d{4}/);
    await page.emulateMedia({ media: 'screen' });
    await expect(footer).toBeHidden();
    await context.close();
  });

  test('the timeline prints without navigation, the axis fitted to the page', async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    // The main navigation and the language switcher alike.
    expect(await page.locator('body > header nav').count()).toBeGreaterThan(1);
    for (const nav of await page.locator('body > header nav').all()) await expect(nav).toBeHidden();
    const fits = await page
      .locator('.axis-wide svg.axis')
      .evaluate((svg) => svg.getBoundingClientRect().width <= document.documentElement.clientWidth);
    expect(fits).toBe(true);
    await expect(
      page.locator('.axis-wide svg.axis a.axis-mark').first().locator('.axis-label'),
    ).toBeHidden();
  });
});

test('motion: with reduced motion asked for, nothing transitions or animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('a, button, svg *')]
      .slice(0, 200)
      .map((el) => getComputedStyle(el))
      .map((s) => [s.transitionDuration, s.animationDuration])
      .flat(),
  );
  for (const d of durations)
    expect(parseFloat(d) * (d.endsWith('ms') ? 1 : 1000)).toBeLessThanOrEqual(0.01);
});
