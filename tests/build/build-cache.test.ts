import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { scratchDir } from '../support/build-fixture';
import { cacheDirFor, openBuildCache } from '../../src/build/build-cache';

let dir: string;
beforeEach(() => {
  dir = scratchDir('build-cache');
  // vitest.config.ts turns the cache off for every other test; these test the cache itself.
  vi.stubEnv('BUILD_CACHE', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('the build cache', () => {
  test('computes an output once and serves it from disk the next time, even to a new cache object', async () => {
    const compute = vi.fn(async () => Buffer.from('drawn'));
    expect(
      (await openBuildCache('cards', { lib: '1' }, dir).get({ title: 'A' }, compute)).toString(),
    ).toBe('drawn');
    expect(
      (await openBuildCache('cards', { lib: '1' }, dir).get({ title: 'A' }, compute)).toString(),
    ).toBe('drawn');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  test('never serves an output made from another input, or by another library version', () => {
    const cache = openBuildCache('citations', { lib: '1' }, dir);
    expect(cache.getSync(['apa', 'A'], () => Buffer.from('A')).toString()).toBe('A');
    expect(cache.getSync(['apa', 'B'], () => Buffer.from('B')).toString()).toBe('B');
    expect(
      openBuildCache('citations', { lib: '2' }, dir)
        .getSync(['apa', 'A'], () => Buffer.from('A, v2'))
        .toString(),
    ).toBe('A, v2');
    expect(
      openBuildCache('other-step', { lib: '1' }, dir)
        .getSync(['apa', 'A'], () => Buffer.from('other'))
        .toString(),
    ).toBe('other');
  });

  test('BUILD_CACHE=off computes every time', () => {
    vi.stubEnv('BUILD_CACHE', 'off');
    const compute = vi.fn(() => Buffer.from('x'));
    const cache = openBuildCache('citations', {}, dir);
    cache.getSync('k', compute);
    cache.getSync('k', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  test('a folder that cannot be written makes get slower, never wrong; file() says so', async () => {
    // A file where the cache folder should be (permissions would not stop root, who runs CI).
    writeFileSync(join(dir, 'inner'), '');
    const cache = openBuildCache('cards', {}, join(dir, 'inner'));
    expect((await cache.get('k', async () => Buffer.from('still here'))).toString()).toBe(
      'still here',
    );
    expect(cache.getSync('k', () => Buffer.from('again')).toString()).toBe('again');
    await expect(cache.file('k', async () => Buffer.from('x'))).rejects.toThrow();
  });

  test('file() hands over the output as a file, and leaves no temporary file behind', async () => {
    const cache = openBuildCache('cards', {}, dir);
    const path = await cache.file('k', async () => Buffer.from('png'));
    expect(readFileSync(path, 'utf8')).toBe('png');
    expect(await cache.file('k', async () => Buffer.from('redrawn'))).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe('png');
    expect(
      readdirSync(join(dir, 'build-cache', 'cards')).filter((f) => f.endsWith('.tmp')),
    ).toEqual([]);
  });

  test("lives where astro.config.mjs puts Astro's cache: one folder per content folder, under CACHE_DIR when set", () => {
    const valid = cacheDirFor({ CONTENT_DIR: 'tests/content/valid' });
    expect(valid).toMatch(/^\.\/node_modules\/\.astro\/content-[0-9a-f]{12}$/);
    expect(cacheDirFor({ CONTENT_DIR: resolve('tests/content/valid') })).toBe(valid);
    expect(cacheDirFor({ CONTENT_DIR: 'content-other' })).not.toBe(valid);
    expect(cacheDirFor({})).toBe('./node_modules/.astro');
    // Two content folders built with one CACHE_DIR get a folder each (a shared one broke builds).
    const a = cacheDirFor({ CACHE_DIR: '/x/cache' });
    const b = cacheDirFor({ CACHE_DIR: '/x/cache', CONTENT_DIR: '/tmp/copy-of-content' });
    expect(a).toMatch(/^\/x\/cache\/content-[0-9a-f]{12}$/);
    expect(b).toMatch(/^\/x\/cache\/content-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});
