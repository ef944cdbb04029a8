/**
 * Renaming an event, by the README's steps: the build itself stops while the old address is
 * registered but neither built nor redirected, naming it and the fix; with the old page in
 * redirects.json the build passes under a base path, its stand-in page and canonical link stay
 * inside the base, the files below the old page (cite.bib, cite.ris) are redirected too, and the
 * sitemap does not list the stand-in.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
mkdirSync(join(root, 'node_modules', '.cache', 'tests'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules', '.cache', 'tests', `rename-caught-${process.pid}-`));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const OLD = '2025-05-15-review';
const NEW = '2025-05-15-review-of-claims';
const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: join(work, 'dist'), CACHE_DIR: join(work, 'cache'), SITE_URL: 'https://timeline.example.org', BASE_PATH: '/sub/', NO_COLOR: '1' };

async function build(): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('renaming an event', () => {
  let withoutRedirect: { code: number; output: string };
  let withRedirect: { code: number; output: string };

  beforeAll(async () => {
    cpSync(join(root, 'tests', 'content', 'valid'), content, { recursive: true });
    // Published: built once and registered, as `npm run build && npm run permalinks` do.
    expect((await build()).code).toBe(0);
    await run(process.execPath, ['scripts/permalinks.mjs'], { cwd: root, env });
    // README step 1: rename the file.
    renameSync(join(content, 'events', `${OLD}.mdx`), join(content, 'events', `${NEW}.mdx`));
    withoutRedirect = await build();
    // README step 2: add its old path to redirects.json.
    writeFileSync(join(content, 'redirects.json'), JSON.stringify({ [`/events/${OLD}/`]: `/events/${NEW}/` }, null, 2));
    withRedirect = await build();
  }, 240_000);

  it('stops the build while the old address is registered and not redirected, naming it and the fix', () => {
    expect(withoutRedirect.code).not.toBe(0);
    // The content check that opens every build reports it first, with the file and line of the
    // registry; the build's own registry check (src/build/permalink-registry.ts) backs it up.
    expect(withoutRedirect.output).toContain(`"/events/${OLD}/" is a published address, but there is no event "${OLD}"`);
    expect(withoutRedirect.output).toContain(`or add "/events/${OLD}/" to ${content}/redirects.json pointing at its new address`);
  });

  it('passes with the old page in redirects.json, the files below it following', () => {
    expect(withRedirect.code, withRedirect.output).toBe(0);
    const redirects = readFileSync(join(work, 'dist', '_redirects'), 'utf8');
    expect(redirects).toContain(`/sub/events/${OLD}/ /sub/events/${NEW}/ 301`);
    expect(redirects).toContain(`/sub/events/${OLD}/cite.bib /sub/events/${NEW}/cite.bib 301`);
    expect(redirects).toContain(`/sub/events/${OLD}/cite.ris /sub/events/${NEW}/cite.ris 301`);
  });

  it('keeps the stand-in page and its canonical link inside the base path, and out of the sitemap', () => {
    const page = readFileSync(join(work, 'dist', 'events', OLD, 'index.html'), 'utf8');
    expect(page).toContain(`content="0;url=/sub/events/${NEW}/"`);
    expect(page).toMatch(new RegExp(`rel="canonical" href="(https://timeline\\.example\\.org)?/sub/events/${NEW}/"`));
    const sitemap = readFileSync(join(work, 'dist', 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`/sub/events/${NEW}/`);
    expect(sitemap).not.toContain(`/events/${OLD}/`);
  });
});
