#!/usr/bin/env node
// Builds the site and fails when the build prints any warning (or fails). Prints the number of
// pages and the build time. Used by `npm test`; the build output in dist/ is what the browser
// tests then serve.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const started = performance.now();
const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
}
const code = await new Promise((resolve) => child.on('close', resolve));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (code !== 0) {
  console.error(`\nbuild-without-warnings: the build failed (exit ${code}).`);
  process.exit(1);
}
const warnings = output.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line));
const outDir = process.env.OUT_DIR ?? 'dist';
const countPages = (dir) =>
  readdirSync(dir).reduce((n, name) => {
    const full = join(dir, name);
    return n + (statSync(full).isDirectory() ? countPages(full) : name.endsWith('.html') ? 1 : 0);
  }, 0);
console.log(
  `\nbuild-without-warnings: ${countPages(outDir)} HTML pages in ${seconds} s, ${warnings.length} warning(s).`,
);
if (warnings.length > 0) {
  console.error('build-without-warnings: the build printed warnings:\n' + warnings.join('\n'));
  process.exit(1);
}
