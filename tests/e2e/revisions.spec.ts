/**
 * Version and history pages in the browser: axe (WCAG 2.2 A and AA) and html-validate on a
 * version page and a history page in both colour schemes; the banner, noindex and version links;
 * the current page's version line and "cite this version"; the word-level marks readable without
 * JavaScript, underlined and struck through (not colour alone), with enough contrast in both
 * schemes; and each TimeMap served as application/link-format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate/node';
import LinkHeader from 'http-link-header';
import { builtPages, dist } from './site-pages';
import htmlValidateConfig from '../../.htmlvalidate.mjs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = builtPages();
const versionPage = pages.find((p) => /^\/events\/[^/]+\/v\/1\/$/.test(p))!;
const eventId = versionPage.split('/')[2]!;
const historyPage = `/events/${eventId}/history/`;
const eventPage = `/events/${eventId}/`;

test('every event has a version 1 page and a history page', () => {
  const events = pages.filter((p) => /^\/events\/[^/]+\/$/.test(p));
  expect(events.length).toBeGreaterThan(0);
  for (const e of events) {
    expect(pages, e).toContain(`${e}v/1/`);
    expect(pages, e).toContain(`${e}history/`);
  }
});

test('version and history pages are valid HTML', async () => {
  const validator = new HtmlValidate(htmlValidateConfig as never);
  const problems: string[] = [];
  for (const path of [versionPage, historyPage]) {
    const report = await validator.validateFile(join(dist, path, 'index.html'));
    for (const result of report.results)
      for (const m of result.messages)
        problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

/**
 * The history page with a difference in it. The story's events have one version each so far, so
 * the built history pages show no difference yet (tests/content/revisions.test.ts builds one with
 * two); here the same markup RevisionDiff.astro writes is put into the real page, with the real
 * stylesheet, to check how the marks look and read.
 */
const DIFF =
  '<section class="mt-6"><h3 class="text-xl font-bold">From version 1 to version 2</h3><div class="revision-diff mt-3 rounded-sm border border-rule p-3 text-base" data-revision-diff>Microsoft said on <del><span class="sr-only">[removed: </span>15<span class="sr-only">]</span></del><ins><span class="sr-only">[added: </span>16<span class="sr-only">]</span></ins> May that it <ins><span class="sr-only">[added: </span>had <span class="sr-only">]</span></ins>found no evidence.</div></section>';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of [versionPage, historyPage]) {
      test(`${path} has no WCAG 2.2 A/AA violations (${scheme})`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(
          violations.map(
            (v) =>
              `${v.id}: ${v.help} — ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
          ),
        ).toEqual([]);
      });
    }

    /** Opens the history page with `DIFF` in it. */
    const withDiff = async (
      browser: import('@playwright/test').Browser,
      baseURL: string,
      javaScriptEnabled: boolean,
    ) => {
      const context = await browser.newContext({ javaScriptEnabled, colorScheme: scheme, baseURL });
      const page = await context.newPage();
      const real = readFileSync(join(dist, historyPage, 'index.html'), 'utf8');
      await page.route(`**${historyPage}`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: real.replace('</article>', `${DIFF}</article>`),
        }),
      );
      await page.goto(historyPage);
      return { context, page };
    };

    test(`the differences are marked without JavaScript, not by colour alone (${scheme})`, async ({
      browser,
      baseURL,
    }) => {
      const { context, page } = await withDiff(browser, baseURL!, false);
      await expect(page.locator('[data-revision-diff] ins').first()).toBeVisible();
      const decoration = async (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).textDecorationLine);
      expect(await decoration('[data-revision-diff] ins')).toContain('underline');
      expect(await decoration('[data-revision-diff] del')).toContain('line-through');
      await expect(page.locator('[data-revision-diff] del').first()).toHaveText('[removed: 15]');
      await context.close();
    });

    test(`the differences pass axe, contrast included (${scheme})`, async ({
      browser,
      baseURL,
    }) => {
      const { context, page } = await withDiff(browser, baseURL!, true);
      const { violations } = await new AxeBuilder({ page })
        .include('[data-revision-diff]')
        .withTags(WCAG)
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await context.close();
    });
  });
}

test('a version page says which version it is, links the current one, and is not indexed', async ({
  page,
}) => {
  await page.goto(versionPage);
  await expect(page.locator('[data-version-banner]')).toContainText(
    /You are reading version 1 of \d+, from \d{1,2} \w+ \d{4}\./,
  );
  await expect(
    page.locator('[data-version-banner] a', { hasText: 'Read the current version.' }),
  ).toHaveAttribute('href', eventPage);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  // Canonical: the event's permalink (the version itself is noindex), as Wikipedia's old revisions.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`${eventPage}$`),
  );
  await expect(page.locator('link[rel="latest-version"]')).toHaveAttribute(
    'href',
    new RegExp(`${eventPage}$`),
  );
  await expect(page.locator('link[rel="version-history"]')).toHaveAttribute(
    'href',
    new RegExp(`${historyPage}$`),
  );
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute(
    'content',
    /\(version 1\)$/,
  );
});

test('the current page shows its version and offers "this version" to cite', async ({ page }) => {
  await page.goto(eventPage);
  await expect(page.locator('[data-version-line]')).toContainText(
    /^Version \d+ · revised \d{1,2} \w+ \d{4} · History$/,
  );
  await expect(page.locator('[data-version-line] a')).toHaveAttribute('href', historyPage);
  await expect(page.locator('#citation-version-apa')).toContainText(`/events/${eventId}/v/`);
  await expect(page.locator('#citation-apa')).not.toContainText('/v/');
  await expect(page.locator('[data-cite-group="version"] a[download]').first()).toHaveAttribute(
    'href',
    /\/v\/\d+\/cite\.bib$/,
  );
});

test('the history page lists every version with its day, kind and note', async ({ page }) => {
  await page.goto(historyPage);
  const rows = page.locator(
    '#versions ~ table tbody tr, section[aria-labelledby="versions"] tbody tr',
  );
  await expect(rows.first()).toContainText('Version 1');
  await expect(rows.first().locator('a')).toHaveAttribute('href', versionPage);
});

test('the TimeMap is served as application/link-format and lists version 1', async ({
  request,
}) => {
  const response = await request.get(`/events/${eventId}/timemap.link`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/link-format');
  const map = LinkHeader.parse((await response.text()).replace(/\n/g, ''));
  expect(map.get('rel', 'memento')[0]!.uri).toMatch(new RegExp(`${versionPage}$`));
});

test('version pages send their version links as Link headers', async ({ request }) => {
  const response = await request.get(versionPage);
  const link = LinkHeader.parse(response.headers()['link'] ?? '');
  expect(link.get('rel', 'latest-version')[0]?.uri).toMatch(new RegExp(`${eventPage}$`));
  expect(response.headers()['memento-datetime']).toMatch(/GMT$/);
});
