/**
 * Claim-level sourcing on the built pages: citation numbers and back-links agree, quotations
 * reach their speakers' pages, disputes show every side with sources, and each source page lists
 * exactly the places in the text that cite it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readEvents, readSources } from './content';
import { listLimits } from '../../src/site.config';

const events = readEvents();
const sources = readSources();
const root = process.env.CONTENT_DIR ?? 'content';

/** Quotations as written in the MDX files: speaker and words. */
function quotesInContent(): { by: string; text: string; event: string }[] {
  return readdirSync(join(root, 'events')).flatMap((file) => {
    const text = readFileSync(join(root, 'events', file), 'utf8');
    return [...text.matchAll(/<Quote\s+by="([^"]+)"[^>]*>([\s\S]*?)<\/Quote>/g)].map((m) => ({
      by: m[1]!,
      text: m[2]!.trim().replace(/\s+/g, ' '),
      event: file.replace(/\.mdx?$/, ''),
    }));
  });
}

test('citation numbers and back-links agree on every event page', async ({ page }) => {
  for (const event of events) {
    await page.goto(`/events/${event.id}/`);
    const cites = await page.locator('sup.cite').evaluateAll((sups) =>
      sups.map((s) => ({
        id: s.id,
        targets: [...s.querySelectorAll('a')].map((a) => a.getAttribute('href')!.slice(1)),
      })),
    );
    expect(cites.length, `${event.id} has citations`).toBeGreaterThan(0);
    for (const [n, sourceId] of event.sources.entries()) {
      const item = page.locator(`li[id="source-${sourceId}"]`);
      const back = await item
        .locator('a.backlink')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      const expected = cites
        .filter((c) => c.targets.includes(`source-${sourceId}`))
        .map((c) => c.id);
      expect(back, `${event.id}: back-links of source ${n + 1}`).toEqual(expected);
    }
  }
});

test('every quotation appears under Statements on its speaker’s page (or the page of all their statements), linked to its citation', async ({
  page,
}) => {
  const quotes = quotesInContent();
  expect(quotes.length).toBeGreaterThan(0);
  const speakers = [...new Set(quotes.map((q) => q.by))];
  const statementsOn = () =>
    page.locator('section[aria-labelledby="statements"] li.statement').evaluateAll((lis) =>
      lis.map((li) => ({
        text: li.querySelector('blockquote')!.textContent.trim().replace(/\s+/g, ' '),
        href: li.querySelector('figcaption a')!.getAttribute('href')!,
      })),
    );
  for (const speaker of speakers) {
    await page.goto(`/actors/${speaker}/`);
    let shown = await statementsOn();
    // More than the actor page quotes (listLimits.statements): it links the pages of all of them.
    const all = page.locator('section[aria-labelledby="statements"] a', {
      hasText: /^All \d+ statements$/,
    });
    if ((await all.count()) > 0) {
      expect(shown.length).toBe(listLimits.statements);
      shown = [];
      let href: string | null = await all.getAttribute('href');
      while (href) {
        await page.goto(href);
        shown.push(...(await statementsOn()));
        const next = page.locator('a[rel="next"]');
        href = (await next.count()) > 0 ? await next.getAttribute('href') : null;
      }
    }
    const mine = quotes.filter((q) => q.by === speaker);
    // Typographic quotes are the renderer's (smart punctuation); the words must be the same.
    const plain = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    expect(shown.map((s) => plain(s.text)).sort(), speaker).toEqual(
      mine.map((q) => plain(q.text)).sort(),
    );
    for (const s of shown) expect(s.href).toMatch(/^\/events\/[^/]+\/#cite-\d+$/);
  }
});

test('an actor with no quotation has no Statements section', async ({ page }) => {
  const speakers = new Set(quotesInContent().map((q) => q.by));
  const silent = readdirSync(join(root, 'actors'))
    .map((f) => f.replace(/\.mdx?$/, ''))
    .find((id) => !speakers.has(id))!;
  await page.goto(`/actors/${silent}/`);
  await expect(page.locator('section[aria-labelledby="statements"]')).toHaveCount(0);
});

test('every dispute shows at least two accounts, each with its actor and its sources', async ({
  page,
}) => {
  let disputes = 0;
  for (const event of events) {
    await page.goto(`/events/${event.id}/`);
    const blocks = await page.locator('section.accounts').evaluateAll((sections) =>
      sections.map((s) =>
        [...s.querySelectorAll('.account')].map((a) => ({
          actor: a.querySelector('a[href^="/actors/"]') !== null,
          cites: a.querySelectorAll('sup.cite a').length,
        })),
      ),
    );
    for (const accounts of blocks) {
      disputes += 1;
      expect(accounts.length, event.id).toBeGreaterThanOrEqual(2);
      for (const a of accounts) {
        expect(a.actor, `${event.id}: an account without its actor`).toBe(true);
        expect(a.cites, `${event.id}: an account without a source`).toBeGreaterThan(0);
      }
    }
  }
  expect(disputes).toBeGreaterThanOrEqual(7);
});

test('each source page lists exactly the places in the text that cite it', async ({ page }) => {
  const citedAt = new Map<string, string[]>();
  for (const event of events) {
    await page.goto(`/events/${event.id}/`);
    const cites = await page.locator('sup.cite').evaluateAll((sups) =>
      sups.map((s) => ({
        id: s.id,
        targets: [...s.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
      })),
    );
    for (const c of cites)
      for (const t of c.targets) {
        const source = t.replace('#source-', '');
        citedAt.set(source, [...(citedAt.get(source) ?? []), `/events/${event.id}/#${c.id}`]);
      }
  }
  for (const source of sources) {
    await page.goto(`/sources/${source.id}/`);
    const claims = await page
      .locator('p.claims a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(claims.sort(), source.id).toEqual((citedAt.get(source.id) ?? []).sort());
  }
});
