/**
 * Walks every page of the build: no console errors, and every internal link, asset and
 * #fragment resolves. External links are not fetched.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

const pages = builtPages();

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(5);
});

for (const path of pages) {
  test(`${path}: no console errors, no CSP violation; every internal link and #fragment resolves`, async ({ page, request, baseURL }) => {
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(path);
    const links = await page.locator('a[href], link[href], script[src], img[src]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('href') ?? el.getAttribute('src')!),
    );
    const origin = new URL(baseURL!).origin;
    const checked = new Map<string, string[]>();
    for (const href of links) {
      const url = new URL(href, new URL(path, origin));
      if (url.origin !== origin) continue;
      const target = url.pathname;
      if (!checked.has(target)) {
        const response = await request.get(target);
        expect(response.status(), `${path} → ${href}`).toBe(200);
        const body = (response.headers()['content-type'] ?? '').includes('html') ? await response.text() : '';
        checked.set(target, [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      }
      if (url.hash) expect(checked.get(target), `${path} → ${href}: no element with that id`).toContain(decodeURIComponent(url.hash.slice(1)));
    }
    expect(errors).toEqual([]);
  });
}
