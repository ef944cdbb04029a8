/**
 * `npm run build:publish` refuses to start without SITE_URL, and fails a build whose internal link
 * leads nowhere, naming the link and the page; a clean build of the same content passes the link
 * check and then stops at the permalink registry, which the fixture does not have.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
mkdirSync(join(root, 'node_modules', '.cache', 'tests'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules', '.cache', 'tests', `publish-${process.pid}-`));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs build:publish on a copy of the valid fixture; returns its exit code and output. */
async function publish(name: string, env: Record<string, string | undefined>, edit?: (content: string) => void) {
  const content = join(work, name, 'content');
  cpSync(join(root, 'tests', 'content', 'valid'), content, { recursive: true });
  edit?.(content);
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/build-publish.mjs'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: join(work, name, 'dist'), CACHE_DIR: join(work, name, 'cache'), NO_COLOR: '1', ...env },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('npm run build:publish', () => {
  it('refuses to start without an https SITE_URL, in one line saying what to set', async () => {
    for (const value of [undefined, 'http://timeline.example.org', 'https://example.org/sub']) {
      const { code, output } = await publish(`no-url-${value?.length ?? 0}`, { SITE_URL: value });
      expect(code).toBe(1);
      expect(output.trim().split('\n')).toHaveLength(1);
      expect(output).toContain('build:publish: set SITE_URL to the https origin');
    }
  });

  it('fails on an internal link that leads nowhere, naming it and its page', async () => {
    const { code, output } = await publish('broken-link', { SITE_URL: 'https://timeline.example.org', BASE_PATH: '/sub/' }, (content) => {
      const file = join(content, 'events', '2022-archive-begins.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Para.', 'Para, see [the review](/sub/events/no-such-event/).'));
    });
    expect(code).toBe(1);
    // The untranslated event shows its English text in each edition: the link is broken on all three pages.
    expect(output).toContain('3 broken link(s):\n  /sub/events/no-such-event/ (status 404, on /sub/events/2022-archive-begins/)');
    expect(output).toContain('  /sub/events/no-such-event/ (status 404, on /sub/ar/events/2022-archive-begins/)');
  }, 120_000);

  it('passes the link check of a clean build under a base path, then requires the registry', async () => {
    const { code, output } = await publish('clean', { SITE_URL: 'https://timeline.example.org', BASE_PATH: '/sub/' });
    expect(output).toMatch(/\d+ internal links checked on \d+ pages, none broken\./);
    expect(code).toBe(1);
    expect(output).toContain('permalinks.txt is missing: run `npm run permalinks`');
  }, 120_000);
});
