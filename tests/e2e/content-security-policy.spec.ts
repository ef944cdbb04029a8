/**
 * The inlined stylesheet and theme script run under the production headers (scripts/serve.mjs
 * applies dist/_headers) and the page's own CSP <meta>: no CSP violation on the home page, an
 * event and the Arabic home page with JavaScript on, and the stored theme still applies. A page
 * whose inline style differs by one byte from the hashed one is refused: the count can fail.
 */
import { expect, test, type Page } from '@playwright/test';
import { pageTypes } from './site-pages';

/** Starts counting `securitypolicyviolation` events before any of the page's own code runs. */
async function countViolations(page: Page) {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

for (const [name, path] of [
  ['home', '/'],
  ['an event', pageTypes().event],
  ['the Arabic home', '/ar/'],
]) {
  test(`${name}: the inline style and theme script run with no CSP violation`, async ({ page }) => {
    await countViolations(page);
    await page.goto(path!);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    // The inline stylesheet applied (the header band's rule) and the theme script ran.
    await expect(page.locator('header').first()).toHaveCSS('border-bottom-style', 'solid');
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  });
}

test('the theme switch still works with the inlined script, and the choice survives a reload', async ({
  page,
}) => {
  await countViolations(page);
  await page.goto('/');
  await page.locator('[data-theme-choice="dark"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-theme-choice="dark"]')).toHaveAttribute('aria-pressed', 'true');
  expect(await violations(page)).toEqual([]);
});

test('an inline style whose hash the policy does not list is refused and reported', async ({
  page,
}) => {
  await countViolations(page);
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<style>', '<style>/* changed */');
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  const seen = await violations(page);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.join('\n')).toMatch(/style-src/);
  await expect(page.locator('header').first()).not.toHaveCSS('border-bottom-style', 'solid');
});

test('without JavaScript the page is styled and readable, and the theme switch stays hidden', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('header').first()).toHaveCSS('border-bottom-style', 'solid');
  await expect(page.locator('main li h3, main li h2').first()).toBeVisible();
  await expect(page.locator('#theme-switch')).toBeHidden();
  await context.close();
});
