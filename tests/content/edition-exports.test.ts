/**
 * What a translated edition publishes for sharing and citing, built from the valid content folder
 * with a few Arabic translations (tests/content/editions/sample/): a translated event gets its own
 * card and citation files, in Arabic; an event not translated yet shares the English card (none is
 * drawn for it) and its citation files cite the Arabic edition's address, in English.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeScratch, root, type FixtureBuild } from '../support/build-fixture';

const ORIGIN = 'https://t.example';
const TRANSLATED = '2025-05-15-review';
let build: FixtureBuild;
beforeAll(async () => {
  build = await buildFixture('edition-exports', {
    overlays: [join(root, 'tests', 'content', 'editions', 'sample')],
    env: { SITE_URL: ORIGIN },
  });
}, 240_000);
afterAll(() => removeScratch(build.dir));

const page = (path: string) => readFileSync(join(build.dist, path, 'index.html'), 'utf8');
const ogImage = (html: string) => /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
const read = (text: string) =>
  (new Cite(text).format('data', { format: 'object' }) as {
    title: string;
    URL: string;
    language?: string;
  }[])[0]!;

describe('a translated edition’s cards and citation files', () => {
  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('gives a translated event its own card and Arabic citation files', () => {
    const html = page(`ar/events/${TRANSLATED}`);
    expect(ogImage(html)).toBe(`${ORIGIN}/social/ar/events/${TRANSLATED}.png`);
    expect(existsSync(join(build.dist, 'social', 'ar', 'events', `${TRANSLATED}.png`))).toBe(true);
    expect(html).toContain(`href="/ar/events/${TRANSLATED}/cite.bib"`);
    for (const file of ['cite.bib', 'cite.ris']) {
      const item = read(readFileSync(join(build.dist, 'ar', 'events', TRANSLATED, file), 'utf8'));
      expect(item.URL, file).toBe(`${ORIGIN}/ar/events/${TRANSLATED}/`);
      expect(item.title, file).toMatch(/[\u0600-\u06FF]/);
      expect(item.language, file).toBe('ar');
    }
  });

  it('lets an untranslated event share the English card, and cite the edition’s page in English', () => {
    const untranslated = JSON.parse(readFileSync(join(build.dist, 'data', 'events.json'), 'utf8'))
      .events.map((e: { id: string }) => e.id)
      .find((id: string) => id !== TRANSLATED) as string;
    expect(untranslated).toBeTruthy();
    expect(ogImage(page(`ar/events/${untranslated}`))).toBe(
      `${ORIGIN}/social/events/${untranslated}.png`,
    );
    expect(existsSync(join(build.dist, 'social', 'ar', 'events', `${untranslated}.png`))).toBe(false);
    const english = read(readFileSync(join(build.dist, 'events', untranslated, 'cite.ris'), 'utf8'));
    const item = read(readFileSync(join(build.dist, 'ar', 'events', untranslated, 'cite.ris'), 'utf8'));
    expect(item.URL).toBe(`${ORIGIN}/ar/events/${untranslated}/`);
    expect(item.title).toBe(english.title);
    expect(item.language).not.toBe('ar');
  });
});
