/**
 * Walks every page of the build: no console errors, and every internal link, asset and
 * #fragment resolves. External links are not fetched. Pages are walked several to a test, in one
 * browser page, each address fetched once per test; every problem is named with its page.
 */
import { expect, test } from '@playwright/test';
import { builtPages, groupName } from './site-pages';

const pages = builtPages();
const PAGES_PER_TEST = 8;

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(5);
});

for (let i = 0; i < pages.length; i += PAGES_PER_TEST) {
  const group = pages.slice(i, i + PAGES_PER_TEST);
  test(`${groupName(group)}: no console errors, no CSP violation; every internal link and #fragment resolves`, async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(30_000 + group.length * 10_000);
    const problems: string[] = [];
    let current = '';
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${current}: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const origin = new URL(baseURL!).origin;
    // Each address is fetched once per test: its status and the ids in it.
    const checked = new Map<string, { status: number; ids: string[] }>();
    for (const path of group) {
      current = path;
      await page.goto(path);
      const links = await page
        .locator('a[href], link[href], script[src], img[src]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('src')!));
      for (const href of links) {
        const url = new URL(href, new URL(path, origin));
        if (url.origin !== origin) continue;
        const target = url.pathname;
        if (!checked.has(target)) {
          const response = await request.get(target);
          const body = (response.headers()['content-type'] ?? '').includes('html')
            ? await response.text()
            : '';
          checked.set(target, {
            status: response.status(),
            ids: [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!),
          });
        }
        const { status, ids } = checked.get(target)!;
        if (status !== 200) problems.push(`${path} → ${href}: status ${status}`);
        else if (url.hash && !ids.includes(decodeURIComponent(url.hash.slice(1))))
          problems.push(`${path} → ${href}: no element with that id`);
      }
    }
    expect(problems).toEqual([]);
  });
}
