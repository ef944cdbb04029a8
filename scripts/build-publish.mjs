#!/usr/bin/env node
/**
 * `npm run build:publish`: the build that goes out to readers, which cannot go out wrong. It
 * refuses to start without the address the site is published at, then fails on any warning, any
 * internal link, asset or #fragment that does not resolve under the base path (checked with
 * linkinator), any registered permalink missing from the build or built page left unregistered,
 * and any page over its weight budget or with invalid HTML. `npm start` stays the zero-configuration build for reading locally.
 *
 * Environment: SITE_URL (required, an https origin with no path), BASE_PATH (optional), OUT_DIR.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { check } from 'linkinator';
import { missingPaths, parseRegistry, publicPaths } from '../src/lib/content/permalinks.ts';
import { contentDir } from '../src/build/content-dir.ts';

/** A port nobody listens on now. */
const freePort = () =>
  new Promise((done, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

const fail = (message) => {
  console.error(`build:publish: ${message}`);
  process.exit(1);
};

const siteUrl = process.env.SITE_URL?.trim().replace(/\/+$/, '');
if (!siteUrl || !/^https:\/\/[^/]+$/.test(siteUrl)) {
  fail(
    `set SITE_URL to the https origin readers will use, with no path (for example SITE_URL=https://timeline.example.org; a sub-path goes in BASE_PATH=/azure-8200/). Found: ${JSON.stringify(process.env.SITE_URL ?? '')}.`,
  );
}
// Imported only now: the site's configuration itself rejects a malformed SITE_URL with a stack trace.
const { normaliseBase } = await import('../src/site.config.ts');
const base = normaliseBase(process.env.BASE_PATH);
const dist = resolve(process.env.OUT_DIR ?? 'dist');

const step = (name, command, args) => {
  console.log(`\n== build:publish: ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) fail(`${name} failed.`);
};

step('build (no warnings allowed)', process.execPath, ['scripts/build-without-warnings.mjs']);

console.log(`\n== build:publish: links, assets and #fragments under ${base}`);
// The checker serves a folder that holds a copy of the build at the base path, as the host will
// (a copy: the checker's file search does not follow symbolic links).
const webRoot = mkdtempSync(`${dist}-links-`);
try {
  const segments = base.split('/').filter(Boolean);
  if (segments.length) cpSync(dist, join(webRoot, ...segments), { recursive: true });
  const siteRoot = segments.length ? webRoot : dist;
  const port = await freePort();
  const result = await check({
    // Every page of the build (relative to serverRoot, as the checker expects), each scanned once.
    path: [...segments, '**/*.html'].join('/'),
    serverRoot: siteRoot,
    port,
    checkFragments: true,
    concurrency: 20,
    // The site's absolute addresses (canonical links, cards, feeds) are checked in the local copy.
    urlRewriteExpressions: [
      {
        pattern: new RegExp(`^${siteUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`),
        replacement: `http://localhost:${port}/`,
      },
    ],
    // Only the site's own addresses: external sources are listed for readers, never fetched here.
    linksToSkip: async (link) => !/^http:\/\/(localhost|127\.0\.0\.1):\d+\//.test(link),
  });
  const broken = result.links.filter((l) => l.state === 'BROKEN');
  // As site addresses: `/sub/events/x/`, whichever form the checker reports.
  const address = (url) =>
    `/${String(url ?? '')
      .replace(/^https?:\/\/[^/]+\//, '')
      .replace(/^\//, '')
      .replace(/(^|\/)index\.html$/, '$1')}`;
  if (broken.length)
    fail(
      `${broken.length} broken link(s):\n  ${broken.map((l) => `${address(l.url)} (status ${l.status}, on ${address(l.parent)})`).join('\n  ')}`,
    );
  console.log(
    `${result.links.filter((l) => l.state === 'OK').length} internal links checked on ${new Set(result.links.map((l) => l.parent)).size - 1} pages, none broken.`,
  );
} finally {
  rmSync(webRoot, { recursive: true, force: true });
}

console.log('\n== build:publish: permalink registry');
const files = (dir) =>
  readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [relative(dist, join(dir, n))],
  );
const built = publicPaths(files(dist));
const registryFile = join(contentDir(), 'permalinks.txt');
if (!existsSync(registryFile))
  fail(`${registryFile} is missing: run \`npm run permalinks\` after a build and commit the file.`);
const registered = parseRegistry(readFileSync(registryFile, 'utf8'));
const missing = missingPaths(registered, built);
const unregistered = built.filter((p) => !registered.includes(p));
if (missing.length)
  fail(
    `${missing.length} registered address(es) are missing from the build; restore them or add a redirect (README, "Permalinks"):\n  ${missing.join('\n  ')}`,
  );
if (unregistered.length)
  fail(
    `${unregistered.length} public address(es) are not in ${registryFile}; run \`npm run permalinks\` and commit the file:\n  ${unregistered.join('\n  ')}`,
  );
console.log(
  `${registered.length} registered addresses, all built; every built address registered.`,
);

step('HTML validity and page budgets', process.execPath, [
  'node_modules/@playwright/test/cli.js',
  'test',
  'tests/e2e/build-output.spec.ts',
  '--reporter=line',
]);

console.log(`\nbuild:publish: ${dist} is ready to publish at ${siteUrl}${base}`);
