/**
 * What a page costs before its first event headline can paint, for `npm run bench:pages`.
 *
 * - `blockingBytes`: the gzip bytes a browser must have before it can paint the page's first
 *   headline (the first event's on a page that lists events, else the `<h1>`): the HTML up to the
 *   end of that headline (a browser parses and paints HTML as it streams in), every
 *   render-blocking stylesheet (`<link rel="stylesheet">` without a non-screen `media`), every
 *   classic script in `<head>` without `async` or `defer`, and every font a blocking stylesheet
 *   declares without `font-display: swap` or `optional` (such a font hides text until it loads).
 *   Read from the build output, each file gzipped at level 9 (what a static host sends).
 * - `timeToHeadline`: milliseconds from navigation to the paint of the first element matching a
 *   selector, in a fresh browser context at 390 × 844 with the CPU slowed 4× and the network
 *   throttled to Lighthouse's slow 4G (DevTools-adjusted: 562.5 ms round trip, 1,474.6 kbit/s down,
 *   675 kbit/s up).
 * - `serveWithGzip`: a small static server for a build folder that gzips what it sends, as a real
 *   host does, plus extra pages held in memory (the bare page the times are compared with).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (data) => gzipSync(data, { level: 9 }).length;

/**
 * The file a site path names inside a build folder (`/about/` → `about/index.html`).
 * @param {string} dist the build folder.
 * @param {string} path a site path or an asset address starting with `/`.
 * @returns {string} the absolute file path (it may not exist).
 */
function fileOf(dist, path) {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  const relative = clean.endsWith('/') ? `${clean}index.html` : clean;
  return join(dist, normalize(relative).replace(/^(\.\.[/\\])+/, ''));
}

/** The value of an attribute in one tag's source (`''` when it has none), or null when absent. */
function attribute(tag, name) {
  const m = tag.match(
    new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=[\\s/>])`, 'i'),
  );
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/**
 * The @font-face rules of a stylesheet that block text (no `font-display: swap` or `optional`),
 * with the addresses of their files.
 * @param {string} css a stylesheet.
 * @returns {{ all: number, blocking: string[] }} how many faces, and the font URLs that block.
 */
export function blockingFonts(css) {
  const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
  const blocking = faces
    .filter((face) => !/font-display\s*:\s*(swap|optional)/.test(face))
    .flatMap((face) => [...face.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]));
  return { all: faces.length, blocking };
}

/**
 * The bytes a page needs before first paint, gzipped.
 * @param {string} dist the build folder.
 * @param {string} path the page's site path (`/`, `/events/x/`).
 * @returns {{ html: number, htmlAll: number, css: number, js: number, fonts: number, total: number, fontFaces: number, blockingFontFiles: number }}
 *   gzip bytes of each part (`html`: up to the first headline; `htmlAll`: the whole page);
 *   `total` = html + css + js + fonts; `fontFaces`, the @font-face rules the blocking CSS declares.
 * @throws Error when the page or a file it blocks on is not in the build.
 */
export function blockingBytes(dist, path) {
  const htmlFile = fileOf(dist, path);
  if (!existsSync(htmlFile)) throw new Error(`bench:pages: ${path} is not in ${dist}`);
  const html = readFileSync(htmlFile, 'utf8');
  const head = html.slice(0, html.search(/<\/head>/i) + 1 || html.length);
  const read = (href) => {
    const file = fileOf(dist, new URL(href, `http://x${path}`).pathname);
    if (!existsSync(file)) throw new Error(`bench:pages: ${path} loads ${href}, not in ${dist}`);
    return readFileSync(file);
  };
  const sheets = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet/i.test(tag))
    .filter((tag) => {
      const media = attribute(tag, 'media');
      return media === null || media === '' || /\b(all|screen)\b/.test(media);
    })
    .map((tag) => read(attribute(tag, 'href')));
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  const scripts = [...head.matchAll(/<script\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter(
      (tag) =>
        attribute(tag, 'src') &&
        attribute(tag, 'async') === null &&
        attribute(tag, 'defer') === null &&
        attribute(tag, 'type') !== 'module',
    )
    .map((tag) => read(attribute(tag, 'src')));
  const css = [...sheets.map((b) => b.toString('utf8')), ...inlineStyles].join('\n');
  const fonts = blockingFonts(css);
  const fontBytes = fonts.blocking.reduce((sum, url) => sum + read(url).length, 0);
  const entry = html.search(/<li\b[^>]*\bdata-status/);
  const close = entry >= 0 ? html.slice(entry).search(/<\/h[2-4]>/) : -1;
  const end =
    close >= 0
      ? entry + close + 5
      : html.indexOf('</h1>') >= 0
        ? html.indexOf('</h1>') + 5
        : html.length;
  const parts = {
    html: gz(html.slice(0, end)),
    css: sheets.reduce((sum, b) => sum + gz(b), 0),
    js: scripts.reduce((sum, b) => sum + gz(b), 0),
    // Font files are compressed already: their own size is what travels.
    fonts: fontBytes,
  };
  return {
    ...parts,
    htmlAll: gz(html),
    total: parts.html + parts.css + parts.js + parts.fonts,
    fontFaces: fonts.all,
    blockingFontFiles: fonts.blocking.length,
  };
}

/**
 * A page holding only the headlines, the floor a real page's first headline is measured against:
 * no stylesheet, no script, nothing else.
 * @param {string[]} titles the headlines, in page order.
 * @returns {string} an HTML document.
 */
export function bareHeadlinesPage(titles) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Headlines</title></head><body><ol>${titles
    .map((t) => `<li><h3>${escape(t)}</h3></li>`)
    .join('')}</ol></body></html>`;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves a build folder with gzip (text types), and `extra` pages from memory.
 * @param {string} dist the build folder.
 * @param {Record<string, string>} extra HTML by site path.
 * @param {number} port
 * @param {string} host
 * @returns {Promise<import('node:http').Server>} listening.
 */
export function serveWithGzip(dist, extra, port, host) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let body;
    let type;
    if (path in extra) {
      body = Buffer.from(extra[path]);
      type = TYPES['.html'];
    } else {
      const file = fileOf(dist, path);
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      body = readFileSync(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    const compress =
      /text|json|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(compress ? gzipSync(body, { level: 9 }) : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** Lighthouse's slow 4G, DevTools-adjusted (its `throttling.mobileSlow4G` for DevTools throttling). */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1638.4 * 0.9 * 1024) / 8,
  uploadThroughput: (750 * 0.9 * 1024) / 8,
};

/**
 * Time from navigation to the first paint of `selector`, under 4× CPU slowdown and slow 4G at
 * 390 × 844: the first animation frame after the element exists and the page has painted (the
 * element's own paint; a page blocked on a stylesheet paints nothing until it arrives).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} selector the headline.
 * @returns {Promise<number>} milliseconds.
 */
export async function timeToHeadline(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript((sel) => {
    const done = (at) => {
      window.__headlineAt = at;
    };
    const watch = () => {
      if (document.querySelector(sel)) requestAnimationFrame((t) => done(t));
      else requestAnimationFrame(watch);
    };
    watch();
  }, selector);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.__headlineAt === 'number');
  const ms = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    return Math.max(window.__headlineAt, fcp);
  });
  await context.close();
  return ms;
}
