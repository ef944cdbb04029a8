/**
 * Two builds started at once in one clone, of different content folders, both succeed and neither
 * sees the other's entries: caches and output derive from each build's OUT_DIR and CACHE_DIR, and
 * the one folder Astro shares between them (`.astro/`) is taken by one build at a time
 * (src/build/build-lock.ts).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
mkdirSync(join(root, 'node_modules', '.cache', 'tests'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules', '.cache', 'tests', `parallel-${process.pid}-`));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the valid fixture with one more event, whose id names the copy. */
function contentFolder(name: string): string {
  const content = join(work, name, 'content');
  cpSync(join(root, 'tests', 'content', 'valid'), content, { recursive: true });
  const event = readFileSync(join(content, 'events', '2022-archive-begins.mdx'), 'utf8');
  writeFileSync(join(content, 'events', `2022-only-in-${name}.mdx`), event.replace('title: "Thing"', `title: "Only in ${name}"`));
  return content;
}

const build = (name: string) =>
  run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentFolder(name), OUT_DIR: join(work, name, 'dist'), CACHE_DIR: join(work, name, 'cache'), NO_COLOR: '1' },
    maxBuffer: 32 * 1024 * 1024,
  });

it('builds two content folders at the same time, each with only its own events', async () => {
  await Promise.all([build('first'), build('second')]);
  for (const [name, other] of [['first', 'second'], ['second', 'first']] as const) {
    const events = readdirSync(join(work, name, 'dist', 'events'));
    expect(events).toContain(`2022-only-in-${name}`);
    expect(events).not.toContain(`2022-only-in-${other}`);
    expect(existsSync(join(work, name, 'dist-hosting', 'nginx-server.conf'))).toBe(true);
  }
}, 180_000);
