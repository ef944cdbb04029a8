/**
 * Each translated page shares its own social card, read from the build: og:image, twitter:image
 * and the JSON-LD image of an Arabic or Hebrew event page name the edition's card, a 1200×630 PNG
 * that exists and is not the English card's picture, with alt text in the edition's script; a
 * translated actor page the same. The English pages keep their cards where they always were.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { dist } from './site-pages';
import { editionPrefix, editions, site } from '../../src/site.config';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const LETTERS: Record<string, RegExp> = { ar: /[\u0600-\u06FF]/, he: /[\u0590-\u05FF]/ };

/** The content of a `<meta>` by its property or name (the build writes no entities in URLs). */
function meta(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return tag?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The file in the build of an absolute URL of the site. */
const fileOf = (url: string) => {
  const base = `${site.url}${site.base}`;
  expect(url.startsWith(base), url).toBe(true);
  return join(dist, url.slice(base.length));
};

/** A PNG's width and height, from its IHDR chunk. */
const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

for (const edition of editions.slice(1)) {
  const prefix = editionPrefix(edition);
  const translated = (kind: string) => {
    const folder = join(contentDir, 'translations', edition.code, kind);
    return existsSync(folder) ? readdirSync(folder).map((f) => f.replace(/\.mdx?$/, '')) : [];
  };

  for (const [kind, folder] of [
    ['event', 'events'],
    ['actor', 'actors'],
  ] as const) {
    test(`a translated ${kind} page of the ${edition.code} edition shares its own card`, () => {
      const id = translated(folder)[0];
      expect(id, `a ${kind} translated into ${edition.code}`).toBeTruthy();
      const html = readFileSync(join(dist, prefix, folder, id!, 'index.html'), 'utf8');
      const english = readFileSync(join(dist, folder, id!, 'index.html'), 'utf8');
      const url = meta(html, 'og:image')!;
      expect(url).toBe(`${site.url}${site.base}social/${prefix}/${folder}/${id}.png`);
      expect(meta(html, 'twitter:image')).toBe(url);
      if (kind === 'event') expect(html).toContain(`"image":["${url}"]`);
      expect(meta(english, 'og:image')).toBe(`${site.url}${site.base}social/${folder}/${id}.png`);

      const own = readFileSync(fileOf(url));
      const theirs = readFileSync(fileOf(meta(english, 'og:image')!));
      expect(size(own)).toEqual([1200, 630]);
      expect(own.equals(theirs), 'the edition’s card is its own picture').toBe(false);
      // The alt text reads the card in the edition's language.
      expect(meta(html, 'og:image:alt')).toMatch(LETTERS[edition.code] ?? /./);
      expect(meta(html, 'twitter:image:alt')).toBe(meta(html, 'og:image:alt'));
    });
  }

  test(`the ${edition.code} edition’s other pages show its own site card, named in its language`, () => {
    const html = readFileSync(join(dist, prefix, 'about', 'index.html'), 'utf8');
    const url = meta(html, 'og:image')!;
    expect(url).toBe(`${site.url}${site.base}social/${prefix}/site.png`);
    const own = readFileSync(fileOf(url));
    expect(size(own)).toEqual([1200, 630]);
    expect(own.equals(readFileSync(join(dist, 'social', 'site.png')))).toBe(false);
    const alt = meta(html, 'og:image:alt')!;
    expect(alt).toContain(edition.words.site.name);
    expect(alt).not.toContain(site.name);
    expect(meta(html, 'twitter:image:alt')).toBe(alt);
  });
}
