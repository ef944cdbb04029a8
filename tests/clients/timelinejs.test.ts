/**
 * TimelineJS 3.9.11 (`@knight-lab/timelinejs`, served locally) on a page of another origin loads
 * the open-data export `/data/timelinejs.json` by URL, as a newsroom embedding our timeline would:
 * the export must be served with `Access-Control-Allow-Origin` and render one slide per event.
 * The build is served by scripts/serve.mjs with its production headers; the embedding page by a
 * second server on another port (another origin). No request may leave localhost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchOptions } from '../support/browser.mjs';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'data', 'timelinejs.json')))
  throw new Error(`No build in ${dist}: run \`npm run build\` first (npm test does).`);
const timelinejs = join(root, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const dataPort = Number(process.env.CLIENTS_PORT ?? 4543);
const hostPort = dataPort + 1;
const dataOrigin = `http://127.0.0.1:${dataPort}`;
const hostOrigin = `http://127.0.0.1:${hostPort}`;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom</title>
<link rel="stylesheet" href="/tl/css/timeline.css"></head><body>
<div id="timeline" style="width: 1000px; height: 600px"></div>
<script src="/tl/js/timeline.js"></script>
<script>
  window.result = new Promise((resolve) => {
    const timeline = new TL.Timeline('timeline', '${dataOrigin}/data/timelinejs.json', { script_path: '/tl/js/', font: null });
    timeline.on('loaded', (data) => resolve({ events: data.events.length }));
    setTimeout(() => resolve({ error: document.querySelector('.tl-message-content')?.textContent ?? 'timeout' }), 20000);
  });
</script></body></html>`;

let data: ChildProcess | undefined;
let host: Server | undefined;
beforeAll(async () => {
  data = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--host', '127.0.0.1', '--port', String(dataPort)],
    { cwd: root, env: { ...process.env, OUT_DIR: dist }, stdio: 'ignore' },
  );
  host = createServer((req, res) => {
    const path = new URL(req.url ?? '/', hostOrigin).pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    const file = normalize(join(timelinejs, path.replace(/^\/tl\//, '')));
    if (!path.startsWith('/tl/') || !file.startsWith(timelinejs) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.css')
        ? 'text/css'
        : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  }).listen(hostPort, '127.0.0.1');
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${dataOrigin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `scripts/serve.mjs did not answer on ${dataOrigin}: set CLIENTS_PORT to a free port.`,
  );
});
afterAll(() => {
  data?.kill('SIGTERM');
  host?.close();
});

test('TimelineJS on another origin loads the export by URL and renders every event', async () => {
  const expected = (
    JSON.parse(readFileSync(join(dist, 'data', 'timelinejs.json'), 'utf8')) as { events: unknown[] }
  ).events.length;
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext();
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    const tab = await context.newPage();
    await tab.goto(`${hostOrigin}/`);
    const result = await tab.evaluate(
      () => (window as unknown as { result: Promise<{ events?: number; error?: string }> }).result,
    );
    expect(result).toEqual({ events: expected });
    const slides = await tab.locator('.tl-slide:not(.tl-slide-titleslide)').count();
    expect(slides).toBe(expected);
    expect(outside).toEqual([]);
  } finally {
    await browser.close();
  }
}, 60_000);
