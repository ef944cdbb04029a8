#!/usr/bin/env node
// Takes screenshots of each page type at 320, 390, 768 and 1280 px, with JavaScript on and off, in
// the light and dark colour schemes, into screenshots/ (not committed; SHOTS_DIR changes the
// folder): the whole page, and the first screen alone (`-first`, the viewport a reader sees before
// scrolling: 320 × 640, 390 × 844, 768 × 1024, 1280 × 800). Needs a server: `npm start`.
// Usage: node scripts/screenshots.mjs [baseURL] [path ...]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/support/browser.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4321/';
const paths = process.argv.slice(3).length
  ? process.argv.slice(3)
  : [
      '',
      'events/2025-09-25-microsoft-cuts-off-unit-8200-services/',
      'actors/',
      'actors/unit-8200/',
      'sources/',
      'about/',
      'nope/',
    ];
const dir = process.env.SHOTS_DIR ?? 'screenshots';
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const scheme of ['light', 'dark']) {
  for (const [width, height] of [
    [320, 640],
    [390, 844],
    [768, 1024],
    [1280, 800],
  ]) {
    for (const js of [true, false]) {
      const context = await browser.newContext({
        viewport: { width, height },
        javaScriptEnabled: js,
        colorScheme: scheme,
      });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(new URL(path, base).href);
        const name = `${path.replace(/\/$/, '').replace(/\//g, '_') || 'home'}-${width}${js ? '' : '-nojs'}${scheme === 'dark' ? '-dark' : ''}.png`;
        await page.screenshot({ path: `${dir}/${name}`, fullPage: true });
        await page.screenshot({ path: `${dir}/${name.replace(/\.png$/, '-first.png')}` });
        console.log(`${dir}/${name}`);
      }
      await context.close();
    }
  }
}
await browser.close();
