import { chromium } from '@playwright/test';
import { launchOptions } from '/work/main/tests/browser.mjs';
const [,, url, out, width, height, scroll] = process.argv;
const b = await chromium.launch(launchOptions());
const p = await b.newPage({ viewport: { width: +width, height: +height } });
await p.goto(url); if (scroll) await p.evaluate((y) => window.scrollTo(0, +y), scroll);
await p.screenshot({ path: out }); await b.close();
