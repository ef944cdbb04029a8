/**
 * Footnotes always lead somewhere: every numbered source on an event page links to that source's
 * own page on this site, with or without a web address, and the page lists the event.
 */
import { expect, test } from '@playwright/test';
import { readEvents } from './content';

const events = readEvents();

test('every numbered source links to its source page, which lists the event', async ({ page }) => {
  for (const event of events) {
    await page.goto(`/events/${event.id}/`);
    const items = page.locator('section[aria-labelledby="sources"] ol > li');
    await expect(items).toHaveCount(event.sources.length);
    for (const [n, id] of event.sources.entries()) {
      await expect(
        items.nth(n).locator('a.source-page'),
        `${event.id}, source ${n + 1}`,
      ).toHaveAttribute('href', `/sources/${id}/`);
    }
  }
  // Each source page, once: it loads and links back to every event that cites it.
  const citing = new Map<string, string[]>();
  for (const event of events)
    for (const id of event.sources) citing.set(id, [...(citing.get(id) ?? []), event.id]);
  for (const [id, eventIds] of citing) {
    const response = await page.goto(`/sources/${id}/`);
    expect(response?.status(), id).toBe(200);
    for (const eventId of eventIds.slice(0, 5))
      await expect(page.locator(`main a[href="/events/${eventId}/"]`).first()).toBeVisible();
  }
});
