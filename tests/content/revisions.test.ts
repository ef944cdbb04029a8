/**
 * Revisions end to end, on a copy of the valid content folder: seeded, it builds with
 * `/events/<id>/v/1/`; one event's text changed without a revision stops the build naming
 * `npm run revise`; after `npm run revise` it builds again, `/v/2/` appears, `/v/1/`'s article is
 * byte for byte what it was, the history marks the changed words, and every relation of the
 * TimeMap and of the version pages' heads leads to a built file; a correction recorded as version
 * 3 is linked from the corrections log, page and feed. Then each kind of tampering with
 * the stored history stops the build, naming the file.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import LinkHeader from 'http-link-header';

const run = promisify(execFile);
const here = import.meta.dirname;
const root = join(here, '..', '..');
const ORIGIN = 'https://timeline.example.org';
mkdirSync(join(root, 'node_modules', '.cache', 'tests'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules', '.cache', 'tests', 'revisions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const dist = join(work, 'dist');
const ID = '2025-05-15-review';
const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(work, 'cache'), SITE_URL: ORIGIN, NO_COLOR: '1', FORCE_COLOR: '0' };

async function node(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}
const build = () => node(['node_modules/astro/bin/astro.mjs', 'build']);
const revise = (...args: string[]) => node(['scripts/revise.mjs', ...args]);
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const article = (html: string) => /<article[^>]*data-version-article[^>]*>[\s\S]*?<\/article>/.exec(html)?.[0];
/** The built file an absolute address of the site names. */
const fileOf = (url: string) => {
  expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  const path = url.slice(ORIGIN.length);
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
};
const headLinks = (html: string) => [...html.matchAll(/<link rel="([a-z -]+)" href="([^"]+)"/g)].map((m) => ({ rel: m[1]!, href: m[2]! }));

let v1Article: string | undefined;

beforeAll(async () => {
  cpSync(join(here, 'valid'), content, { recursive: true });
  const seeded = await revise('--seed');
  expect(seeded.code, seeded.output).toBe(0);
  const first = await build();
  expect(first.code, first.output).toBe(0);
  v1Article = article(page(`events/${ID}/v/1`));
}, 300_000);

describe('revisions, built', () => {
  it('every event has version 1 and a history page after seeding', () => {
    for (const id of ['2022-archive-begins', ID]) {
      expect(existsSync(join(dist, 'events', id, 'v', '1', 'index.html'))).toBe(true);
      expect(existsSync(join(dist, 'events', id, 'history', 'index.html'))).toBe(true);
    }
    expect(v1Article).toContain('Para one.');
    const v1 = page(`events/${ID}/v/1`);
    expect(v1).toContain('You are reading version 1 of 1');
    expect(v1).toContain('<meta name="robots" content="noindex">');
    expect(v1).toContain(`<link rel="canonical" href="${ORIGIN}/events/${ID}/">`);
  });

  it('a changed event stops the build naming npm run revise; revising makes /v/2/ and keeps /v/1/ byte for byte', async () => {
    const file = join(content, 'events', `${ID}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Para one.', 'Para first, revised wording.'));
    const refused = await build();
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`${content}/events/${ID}.mdx: has changed since its latest revision`);
    expect(refused.output).toContain(`npm run revise -- ${ID} --note`);

    const revised = await revise(ID, '--note', 'Reworded the first paragraph.');
    expect(revised.code, revised.output).toBe(0);
    const rebuilt = await build();
    expect(rebuilt.code, rebuilt.output).toBe(0);

    expect(article(page(`events/${ID}/v/1`))).toBe(v1Article);
    expect(page(`events/${ID}/v/1`)).toContain('You are reading version 1 of 2');
    const v2 = page(`events/${ID}/v/2`);
    expect(article(v2)).toContain('Para first, revised wording.');
    expect(page(`events/${ID}`)).toMatch(/data-version-line>Version 2 · revised/);

    // The difference is in the HTML itself, so it shows without JavaScript.
    const history = page(`events/${ID}/history`);
    expect(history).toContain('Reworded the first paragraph.');
    const marked = (tag: string) => [...history.matchAll(new RegExp(`<${tag}><span class="sr-only">[^<]*</span>([^<]*)<span`, 'g'))].map((m) => m[1]).join('');
    expect(marked('ins')).toContain('revised wording');
    expect(marked('del')).toContain('one');
    // Only the changed words are marked: the words both versions share are not.
    expect(marked('ins') + marked('del')).not.toContain('Para');
    expect(history).toMatch(/Para <del>/);
  }, 300_000);

  it('a correction must be listed on the page; the corrections log, page and feed link the version it made', async () => {
    const file = join(content, 'events', `${ID}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Para first, revised wording.', 'Para first, corrected wording.'));
    const unlisted = await revise(ID, '--note', 'Corrected the wording.', '--correction');
    expect(unlisted.code).not.toBe(0);
    expect(unlisted.output).toContain('lists no new correction');
    const today = new Date().toISOString().slice(0, 10);
    writeFileSync(file, readFileSync(file, 'utf8').replace('published: "2026-11-29"\n', `published: "2026-11-29"\ncorrections:\n  - { date: "${today}", text: "The wording was wrong." }\n`));
    const listed = await revise(ID, '--note', 'Corrected the wording.', '--correction');
    expect(listed.code, listed.output).toBe(0);
    const built = await build();
    expect(built.code, built.output).toBe(0);
    const link = `<a href="/events/${ID}/v/3/" class="font-sans text-base">(made in version 3)</a>`;
    expect(article(page(`events/${ID}/v/3`))).toContain(link);
    expect(page(`events/${ID}`)).toContain(link);
    expect(page('corrections')).toContain(link);
    expect(readFileSync(join(dist, 'feeds', 'corrections.atom.xml'), 'utf8')).toContain(`${ORIGIN}/events/${ID}/v/3/`);
    expect(page(`events/${ID}/history`)).toMatch(/Version 3<\/a><\/td><td[^>]*><time[^>]*>[^<]*<\/time><\/td><td[^>]*>Correction<\/td>/);
    // Earlier versions are untouched by the later correction.
    expect(article(page(`events/${ID}/v/1`))).toBe(v1Article);
  }, 300_000);

  it('the TimeMap lists every version with its datetime, and every relation leads to a built file', () => {
    const map = LinkHeader.parse(readFileSync(join(dist, 'events', ID, 'timemap.link'), 'utf8').replace(/\n/g, ''));
    const mementos = map.get('rel', 'memento');
    expect(mementos.map((m) => m.uri)).toEqual([1, 2, 3].map((n) => `${ORIGIN}/events/${ID}/v/${n}/`));
    for (const m of mementos) expect(m.datetime).toMatch(/^\w{3}, \d{2} \w{3} \d{4} 00:00:00 GMT$/);
    for (const ref of map.refs) expect(existsSync(fileOf(ref.uri)), `${ref.rel} → ${ref.uri}`).toBe(true);

    const v1 = headLinks(page(`events/${ID}/v/1`));
    const v2 = headLinks(page(`events/${ID}/v/2`));
    const v3 = headLinks(page(`events/${ID}/v/3`));
    expect(v1.find((l) => l.rel === 'successor-version')?.href).toBe(`${ORIGIN}/events/${ID}/v/2/`);
    expect(v2.find((l) => l.rel === 'predecessor-version')?.href).toBe(`${ORIGIN}/events/${ID}/v/1/`);
    expect(v2.find((l) => l.rel === 'successor-version')?.href).toBe(`${ORIGIN}/events/${ID}/v/3/`);
    expect(v3.find((l) => l.rel === 'successor-version')).toBeUndefined();
    for (const links of [v1, v2, v3]) {
      expect(links.find((l) => l.rel === 'latest-version')?.href).toBe(`${ORIGIN}/events/${ID}/`);
      expect(links.find((l) => l.rel === 'version-history')?.href).toBe(`${ORIGIN}/events/${ID}/history/`);
      for (const l of links.filter((x) => /version|timemap/.test(x.rel))) expect(existsSync(fileOf(l.href)), `${l.rel} → ${l.href}`).toBe(true);
    }
  });

  it('the server config sends the same relations as Link headers', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    const block = new RegExp(`^/events/${ID}/v/1/\\n  Link: (.*)\\n  Memento-Datetime: (.*)$`, 'm').exec(headers);
    expect(block).not.toBeNull();
    const link = LinkHeader.parse(block![1]!);
    expect(link.get('rel', 'successor-version')[0]?.uri).toBe(`${ORIGIN}/events/${ID}/v/2/`);
    expect(link.get('rel', 'original')[0]?.uri).toBe(`${ORIGIN}/events/${ID}/`);
  });

  it('"this version" gives the version address in the cite block and the downloads', () => {
    const v2 = page(`events/${ID}/v/2`);
    for (const key of ['apa', 'mla', 'chicago-bibliography', 'harvard', 'bibtex', 'ris', 'csl-json']) {
      expect(new RegExp(`<pre id="citation-version-${key}"[^>]*>[^<]*${ORIGIN}/events/${ID}/v/2/`).test(v2), key).toBe(true);
    }
    expect(readFileSync(join(dist, 'events', ID, 'v', '2', 'cite.bib'), 'utf8')).toContain(`url = {${ORIGIN}/events/${ID}/v/2/}`);
    expect(readFileSync(join(dist, 'events', ID, 'v', '2', 'cite.ris'), 'utf8')).toContain(`UR  - ${ORIGIN}/events/${ID}/v/2/`);
    expect(v2).toMatch(/"version":2/);
  });

  it('open data carries the current version', () => {
    const data = JSON.parse(readFileSync(join(dist, 'data', 'events.json'), 'utf8')) as { events: { id: string; version: { number: number; url: string } | null }[] };
    expect(data.events.find((e) => e.id === ID)?.version).toMatchObject({ number: 3, url: `${ORIGIN}/events/${ID}/v/3/` });
  });
});

describe('tampering with the stored history stops the build', () => {
  const revisions = join(content, 'revisions');
  /** Applies `change`, builds, restores the folder; resolves with the build's output. */
  async function tampered(change: () => void): Promise<{ code: number; output: string }> {
    const backup = join(work, 'revisions-backup');
    cpSync(revisions, backup, { recursive: true });
    try {
      change();
      return await build();
    } finally {
      rmSync(revisions, { recursive: true, force: true });
      renameSync(backup, revisions);
    }
  }

  it('an edited stored revision', async () => {
    const { code, output } = await tampered(() => appendFileSync(join(revisions, ID, '1.mdx'), '\nAdded later.\n'));
    expect(code).not.toBe(0);
    expect(output).toContain(`${content}/revisions/${ID}/1.mdx: was edited after it was recorded`);
  }, 300_000);

  it('a deleted revisions folder, once versions were registered', async () => {
    writeFileSync(join(content, 'permalinks.txt'), `/events/${ID}/v/1/\n`);
    try {
      const { code, output } = await tampered(() => rmSync(revisions, { recursive: true }));
      expect(code).not.toBe(0);
      expect(output).toContain(`${content}/revisions/lock.json: is missing`);
    } finally {
      rmSync(join(content, 'permalinks.txt'));
    }
  }, 300_000);
});
