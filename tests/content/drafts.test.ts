/**
 * Drafts leave no trace: the valid content folder plus a draft event, a draft actor and a draft
 * source (tests/content/drafts/), built for production. No file in dist/ (pages, feeds, data,
 * sitemap, search index, social cards) may contain their ids or titles. And a published event that
 * points to a draft is refused by the content check, naming the file, the field and the fix.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/build/content-check';

const run = promisify(execFile);
const here = import.meta.dirname;
const root = join(here, '..', '..');
const work = join(root, 'node_modules', '.cache', 'tests', 'drafts');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
/** A file's text; Pagefind's index files are gzip-compressed, so they are read unpacked. */
const textOf = (file: string) => {
  const bytes = readFileSync(file);
  try {
    return gunzipSync(bytes).toString('latin1');
  } catch {
    return bytes.toString('latin1');
  }
};

describe('drafts', () => {
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  beforeAll(async () => {
    cpSync(join(here, 'valid'), content, { recursive: true });
    cpSync(join(here, 'drafts'), content, { recursive: true, filter: (src) => !src.endsWith('README.md') });
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
  }, 240_000);

  it('builds the published entries', () => {
    expect(readFileSync(join(dist, 'events', '2025-05-15-review', 'index.html'), 'utf8')).toContain('<h1');
  });

  it('leaves no trace of a draft anywhere in dist/', () => {
    const all = files(dist);
    expect(all.length).toBeGreaterThan(20);
    // "zqdraft" starts every id and title of the drafts and appears nowhere else.
    const traces = all.filter((f) => /zqdraft/i.test(f) || /zqdraft/i.test(textOf(f)));
    expect(traces).toEqual([]);
  });

  it('refuses a published event that cites a draft source or names a draft actor', () => {
    const dir = join(work, 'refused');
    cpSync(content, dir, { recursive: true });
    const event = join(dir, 'events', '2025-06-02-zqdraftevent-unpublished.mdx');
    writeFileSync(event, readFileSync(event, 'utf8').replace('draft: true\n', ''));
    const problems = checkContent(dir, root).problems.map((p) => formatProblem(p).replace('node_modules/.cache/tests/drafts/refused/', ''));
    expect(problems).toEqual([
      'events/2025-06-02-zqdraftevent-unpublished.mdx:5:10  actors[0]  "zqdraft-actor" is a draft actor (draft: true), left out of the published site. Publish it first (remove draft: true from its file), remove the reference, or mark this entry draft: true too.',
      'events/2025-06-02-zqdraftevent-unpublished.mdx:6:11  sources[0]  "zqdraft-source-2025-06-02" is a draft source (draft: true), left out of the published site. Publish it first (remove draft: true from its file), remove the reference, or mark this entry draft: true too.',
      'events/2025-06-02-zqdraftevent-unpublished.mdx:12:1  <Quote by>  <Quote by="zqdraft-actor">: "zqdraft-actor" is a draft actor (draft: true), left out of the published site.  (publish the actor first (remove draft: true from its file), or mark this entry draft: true too)',
    ]);
  });
});
