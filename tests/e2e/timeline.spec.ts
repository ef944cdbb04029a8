import { expect, test } from '@playwright/test';
import { readEvents } from './content';
import { formatEventDate } from '../../src/lib/content/dates';
import { english } from '../../src/lib/i18n';

const events = readEvents();

test('the timeline lists every event once, oldest first', async ({ page }) => {
  await page.goto('/');
  const ids = await page
    .locator('main li[id] > article')
    .evaluateAll((articles) => articles.map((a) => a.parentElement!.id));
  expect(ids).toEqual(events.map((e) => e.id));
});

test('each timeline entry shows its date at its precision, its linked title, status in words and source count', async ({
  page,
}) => {
  await page.goto('/');
  for (const event of events) {
    const entry = page.locator(`li[id="${event.id}"]`);
    await expect(entry.locator('time').first()).toHaveText(
      formatEventDate(event.date, english.dates),
    );
    await expect(entry.locator('time').first()).toHaveAttribute('datetime', event.date.start.iso);
    await expect(entry.getByRole('link', { name: event.title, exact: true })).toHaveAttribute(
      'href',
      `/events/${event.id}/`,
    );
    await expect(entry.locator('a[href="/about/#evidence-status"]')).toHaveText(
      new RegExp(`^Evidence status: ${event.status}$`, 'i'),
    );
    await expect(
      entry.getByText(`${event.sources.length} source${event.sources.length === 1 ? '' : 's'}`),
    ).toBeVisible();
  }
});

test('events are grouped under year headings in order', async ({ page }) => {
  await page.goto('/');
  const years = await page.locator('main h2[id^="year-"]').allTextContents();
  expect(years).toEqual([...new Set(events.map((e) => e.date.start.first.slice(0, 4)))]);
});
