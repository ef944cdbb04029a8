/**
 * A content-addressed cache on disk for the build's slow, deterministic steps (drawing a social
 * card's PNG from its SVG, formatting citations with citeproc), kept in the build's cache folder
 * so that a rebuild redraws only what changed, the way Astro caches its content layer and images.
 *
 * The key is a SHA-256 of everything the output depends on: the step's full input and the
 * versions of the libraries that compute it. A different input can never be served an old
 * output; a stale entry is only ever unused. Delete the folder to empty it; `BUILD_CACHE=off`
 * makes every step compute afresh (entries are still written: a worker hands its output over
 * through them). The benchmarks' cold builds use a fresh folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * The build's cache folder, as `astro.config.mjs` sets Astro's `cacheDir`: one folder per content
 * folder (`CONTENT_DIR`, default `content`), so that builds of different content never share
 * entries (Astro's content store keeps each entry's file path, and stops a build on another
 * folder's files): below `CACHE_DIR` when it is set, else below `node_modules/.astro` — where the
 * real content's cache is that folder itself, as Astro would have it.
 * @param env Environment to read (`process.env` by default).
 * @returns A path, relative to the project folder unless `CACHE_DIR` is absolute.
 */
export function cacheDirFor(env: Record<string, string | undefined> = process.env): string {
  const folder = `content-${createHash('sha256')
    .update(resolve(env.CONTENT_DIR ?? 'content'))
    .digest('hex')
    .slice(0, 12)}`;
  if (env.CACHE_DIR) return join(env.CACHE_DIR, folder);
  if (env.CONTENT_DIR) return `./node_modules/.astro/${folder}`;
  return './node_modules/.astro';
}

/** Installed version of an npm package (from its package.json), for cache keys. */
export function packageVersion(name: string): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return (
    JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }
  ).version;
}

/** A cache of one step, e.g. `social-cards`. */
export interface BuildCache {
  /**
   * The cached output for `key`, or `compute()`'s, stored for next time.
   * @param key Everything the output depends on (serialised with JSON.stringify).
   */
  get(key: unknown, compute: () => Promise<Buffer>): Promise<Buffer>;
  /** Same as `get`, for a step that runs synchronously. */
  getSync(key: unknown, compute: () => Buffer): Buffer;
  /**
   * The path of the cache file holding the output for `key`, made with `compute()` when missing:
   * how a worker thread hands its output to the main thread without copying it through memory.
   * @throws Error when the entry cannot be written (unlike `get`, the file itself is the answer).
   */
  file(key: unknown, compute: () => Promise<Buffer>): Promise<string>;
}

/**
 * Opens the cache of one build step.
 * @param step Folder name under `<cacheDir>/build-cache/`.
 * @param versions What the step's code depends on besides its input (library versions, a format
 *   version): part of every key.
 * @param dir The cache folder (`cacheDirFor()` by default).
 * @throws Never for a missing or unreadable entry (it is recomputed); a write that fails (a
 *   read-only disk) is ignored by `get` and `getSync`, so this cache can only make a build
 *   faster, never fail it (Astro itself still needs a writable `cacheDir`).
 */
export function openBuildCache(
  step: string,
  versions: Record<string, string>,
  dir = cacheDirFor(),
): BuildCache {
  const off = process.env.BUILD_CACHE === 'off';
  const folder = join(dir, 'build-cache', step);
  let made = false;
  const pathOf = (key: unknown) =>
    join(
      folder,
      createHash('sha256')
        .update(JSON.stringify([versions, key]))
        .digest('hex'),
    );
  const read = (path: string): Buffer | undefined => {
    if (off) return undefined;
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  };
  const store = (path: string, data: Buffer) => {
    if (!made) mkdirSync(folder, { recursive: true });
    made = true;
    // Write then rename, so that a build stopped half-way never leaves a truncated entry.
    const temp = `${path}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, path);
  };
  const write = (path: string, data: Buffer) => {
    if (off) return;
    try {
      store(path, data);
    } catch {
      // A cache that cannot be written is only slower.
    }
  };
  return {
    async get(key, compute) {
      const path = pathOf(key);
      const hit = read(path);
      if (hit) return hit;
      const data = await compute();
      write(path, data);
      return data;
    },
    async file(key, compute) {
      const path = pathOf(key);
      if (off || !existsSync(path)) store(path, await compute());
      return path;
    },
    getSync(key, compute) {
      const path = pathOf(key);
      const hit = read(path);
      if (hit) return hit;
      const data = compute();
      write(path, data);
      return data;
    },
  };
}
