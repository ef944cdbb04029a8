#!/usr/bin/env node
// Serves the built site (dist/, or OUT_DIR) on localhost the way a static host would: files from
// dist/ through sirv, the headers of dist/_headers applied to every response (its Content-Type
// rules replacing sirv's guess), the 301s of dist/_redirects, and dist/404.html with status 404 for
// anything else. Used by `npm start` and by the browser tests; tests/server checks the same files
// behind nginx.
// Usage: node scripts/serve.mjs [--port 4321] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../src/lib/publishing/headers.ts';
import { parseRedirectsFile } from '../src/lib/publishing/hosting.ts';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? 4321));
const host = arg('host', '127.0.0.1');
const dist = resolve(process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`serve: no build in ${dist}; run \`npm run build\` first.`);
  process.exit(1);
}
const rules = existsSync(join(dist, '_headers'))
  ? parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'))
  : [];
const redirects = new Map(
  (existsSync(join(dist, '_redirects'))
    ? parseRedirectsFile(readFileSync(join(dist, '_redirects'), 'utf8'))
    : []
  ).map((r) => [r.from, r]),
);
/**
 * The page for a missing address: the nearest `404.html` up its path (`/ar/404.html` for
 * `/ar/events/x/`, an edition's own), else the site's, as Cloudflare Pages and the generated
 * nginx and Caddy configuration answer.
 */
function notFoundPage(path) {
  const parts = path.split('/').filter(Boolean);
  for (let n = parts.length; n >= 0; n--) {
    const file = join(dist, ...parts.slice(0, n), '404.html');
    if (!parts.slice(0, n).includes('..') && existsSync(file)) return readFileSync(file);
  }
  return Buffer.from('Not found');
}
// dev: true reads files from disk on every request, so a rebuild never meets a stale size cache.
// Content-Type rules of _headers replace the type sirv guesses from the extension.
const files = sirv(dist, {
  dev: true,
  etag: true,
  dotfiles: false,
  extensions: ['html'],
  setHeaders: (res, pathname) => {
    const type = headersFor(pathname, rules).find(([name]) => name === 'Content-Type');
    if (type) res.setHeader('Content-Type', type[1]);
  },
});

createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    // A malformed percent-encoding (`/%E0%A4%A`) is the client's mistake: answer it, stay up.
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad request: the address is not valid percent-encoded UTF-8.');
    return;
  }
  for (const [name, value] of headersFor(path, rules))
    if (name !== 'Content-Type') res.appendHeader(name, value);
  const redirect = redirects.get(path);
  if (redirect) {
    res.writeHead(redirect.status, { Location: redirect.to });
    res.end();
    return;
  }
  files(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFoundPage(path));
  });
}).listen(port, host, () => {
  console.log(`Serving ${dist} at http://${host}:${port}/`);
});
