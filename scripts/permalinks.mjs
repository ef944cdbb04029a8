#!/usr/bin/env node
/**
 * `npm run permalinks`: adds every public address of the last build (OUT_DIR, default dist/) to
 * `<content folder>/permalinks.txt` (CONTENT_DIR, default content/), the registry of addresses
 * that story promised to readers. It never removes a line. Build the same content folder first
 * (`npm run build`), then commit the updated file.
 * `--check` only reports registered paths missing from the build (exit 1), and writes nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  formatRegistry,
  mergeRegistry,
  missingPaths,
  parseRegistry,
  publicPaths,
} from '../src/lib/content/permalinks.ts';
import { contentDir } from '../src/build/content-dir.ts';

const dist = process.env.OUT_DIR ?? 'dist';
// Each story keeps its own registry beside its content, as it keeps its redirects.json.
const registryFile = join(contentDir(), 'permalinks.txt');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`permalinks: no build in ${dist}/; run \`npm run build\` first.`);
  process.exit(1);
}
const files = (dir) =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory()
      ? files(join(dir, name))
      : [relative(dist, join(dir, name))],
  );
const built = publicPaths(files(dist));
const registered = existsSync(registryFile)
  ? parseRegistry(readFileSync(registryFile, 'utf8'))
  : [];
const missing = missingPaths(registered, built);

if (process.argv.includes('--check')) {
  if (missing.length) {
    console.error(
      `permalinks: ${missing.length} registered address(es) missing from the build. Restore them, or add a redirect (README, "Permalinks"):\n${missing.map((p) => `  ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`permalinks: all ${registered.length} registered addresses are in the build.`);
} else {
  const merged = mergeRegistry(registered, built);
  writeFileSync(registryFile, formatRegistry(merged));
  console.log(
    `permalinks: ${merged.length - registered.length} new address(es) added; ${merged.length} registered.`,
  );
  if (missing.length)
    console.warn(
      `permalinks: ${missing.length} registered address(es) are missing from this build (kept in the registry):\n${missing.map((p) => `  ${p}`).join('\n')}`,
    );
}
