/**
 * A site about surveillance must not surveil: on each page type every request goes to the site's
 * own origin, no cookie is set, and no storage is used (only a reader's theme choice may ever be
 * stored). The local server sends the same headers as production (from dist/_headers).
 */
import { expect, test } from '@playwright/test';
import { pageTypes } from './site-pages';

/** Storage keys the site may write: the reader's own choices, nothing about them. */
const ALLOWED_STORAGE_KEYS = ['theme'];

for (const [type, path] of Object.entries(pageTypes())) {
  test(`${type} page: requests only its own origin, sets no cookie, stores nothing`, async ({
    page,
    context,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const origin = new URL(baseURL!).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual(
      [],
    );
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      databases: (await indexedDB.databases()).map((d) => d.name),
      cookie: document.cookie,
    }));
    expect(stored.local.filter((k) => !ALLOWED_STORAGE_KEYS.includes(k))).toEqual([]);
    expect(stored.session).toEqual([]);
    expect(stored.databases).toEqual([]);
    expect(stored.cookie).toBe('');
  });
}

test('the server sends the security headers of dist/_headers', async ({ request }) => {
  const response = await request.get('/events/');
  const page = await request.get('/');
  const headers = page.headers();
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['set-cookie']).toBeUndefined();
  expect(response.status()).toBe(404);
});

test('reading a page needs no JavaScript: with scripts off, the text and links are all there', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of Object.values(pageTypes())) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(100);
  }
  await context.close();
});
