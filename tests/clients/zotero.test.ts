/**
 * What Zotero saves from the built pages, found by running Zotero's own web translation on them:
 * its translation framework, its utilities and schema, and every translator in its repository
 * (tests/clients/support/zotero-host.ts says how they are loaded and what the host provides).
 * Every web translator whose target matches runs its detection, and the ones that detect the page
 * are tried in Zotero's priority order, as the Zotero Connector's save button and the translation
 * server do; the item is then converted to what Zotero stores (`itemToAPIJSON`).
 *
 * No package on the npm registry ships Zotero's translators or its translation framework, and
 * their code (AGPL) is not copied into this repository. So this test runs when ZOTERO_TRANSLATORS
 * names a checkout of zotero/translators with checkouts of zotero/translate, zotero/utilities and
 * zotero/zotero-schema beside it (`translate/`, `utilities/`, `zotero-schema/` in the same parent
 * folder), and is skipped with the reason printed otherwise.
 *
 * An event page must become one `newspaperArticle` (the type the project chose, see
 * src/lib/publishing/metadata.ts) by the site's publisher as one organisation (a single-field
 * creator), with the site as publication, the publisher, the day first published, the
 * permalink, the language and the summary; Zotero picks the COinS translator for it, before
 * Embedded Metadata. A page that is not an event yields no article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { EVENT_ITEM_TYPE } from '../../src/lib/publishing/metadata';
import { missingSources, translateWeb, type Translation } from './support/zotero-host';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, process.env.OUT_DIR ?? 'dist');
const sources = process.env.ZOTERO_TRANSLATORS;
const unavailable = missingSources(sources);
// Set but wrong is a mistake to report, not a reason to skip.
if (sources && unavailable) throw new Error(`ZOTERO_TRANSLATORS=${sources}: ${unavailable}.`);
if (unavailable)
  console.log(
    `Skipping the Zotero translator test: ${unavailable}. To run it, set ZOTERO_TRANSLATORS to a ` +
      'checkout of zotero/translators with checkouts of zotero/translate, zotero/utilities and ' +
      'zotero/zotero-schema beside it, named translate/, utilities/, zotero-schema/ ' +
      '(no package on the npm registry ships them).',
  );
else if (!existsSync(join(dist, 'data', 'events.json')))
  throw new Error(`No build in ${dist}: run \`npm run build\` first (npm test does).`);

interface OpenEvent {
  id: string;
  url: string;
  title: string;
  summary: string;
  published: string;
  updated: string | null;
  version: { number: number; date: string; url: string } | null;
}
const data = unavailable
  ? { title: '', publisher: '', events: [] as OpenEvent[] }
  : (JSON.parse(readFileSync(join(dist, 'data', 'events.json'), 'utf8')) as {
      title: string;
      publisher: string;
      events: OpenEvent[];
    });

/** The built page at a site URL (`…/events/x/` → `dist/events/x/index.html`). */
function page(url: string): string {
  const path = new URL(url).pathname.replace(/^\/+/, '');
  return readFileSync(
    join(dist, path, path === '' || path.endsWith('/') ? 'index.html' : ''),
    'utf8',
  );
}

/** The page's language, from `<html lang>`. */
const language = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

describe.skipIf(Boolean(unavailable))('Zotero saves an event page', () => {
  describe.each(data.events.map((e) => [e.id, e] as const))('%s', (_id, event) => {
    const html = unavailable ? '' : page(event.url);
    let zotero: Translation;
    beforeAll(async () => {
      zotero = await translateWeb(sources!, html, event.url);
    });

    test('COinS detects the page and is tried before Embedded Metadata', () => {
      expect(zotero.detected.slice(0, 2)).toEqual(['COinS', 'Embedded Metadata']);
      expect(zotero.translator).toBe('COinS');
      expect(zotero.saved).toHaveLength(1);
    });

    test('as one newspaper article by the publisher as one organisation, with site, day, permalink, language and summary', () => {
      const { creators, ...fields } = zotero.saved[0]!;
      expect(creators, 'one author, a single-field name (not split)').toEqual([
        { creatorType: 'author', name: data.publisher },
      ]);
      expect(zotero.items[0]!.creators[0]!.firstName, 'no first name').toBeUndefined();
      expect(fields).toMatchObject({
        itemType: EVENT_ITEM_TYPE,
        title: event.title,
        publicationTitle: data.title,
        publisher: data.publisher,
        date: event.published,
        url: event.url,
        language: language(html),
      });
      // A plus sign reaches Zotero's OpenURL parser as a space, so such a summary is left out.
      if (event.summary.includes('+')) expect(fields.abstractNote).toBeUndefined();
      else expect(fields.abstractNote).toBe(event.summary);
    });
  });
});

describe.skipIf(Boolean(unavailable))('Zotero saves a version page as that version', () => {
  const versioned = data.events.filter((e) => e.version);
  test('the build has version pages to check', () => expect(versioned.length).toBeGreaterThan(0));
  test.each(versioned.map((e) => [e.id, e] as const))('%s', async (_id, event) => {
    const url = event.version!.url;
    const html = page(url);
    const zotero = await translateWeb(sources!, html, url);
    expect(zotero.translator).toBe('COinS');
    expect(zotero.saved).toHaveLength(1);
    const item = zotero.saved[0]!;
    expect(item).toMatchObject({
      itemType: EVENT_ITEM_TYPE,
      creators: [{ creatorType: 'author', name: data.publisher }],
      url,
    });
    // The page's own title: the event's, marked with its version number.
    expect(item.title).toContain(event.title);
    expect(item.title).toContain(String(event.version!.number));
    expect(item.date).toBe(event.published);
  });
});

describe.skipIf(Boolean(unavailable))('a page that is not an event yields no article', () => {
  const home = unavailable ? '' : new URL(data.events[0]!.url).origin;
  // The home page, the lists and one page of each kind of listing (actor, source, tag, status, year).
  const firstOf = (dir: string) =>
    readdirSync(join(dist, dir), { withFileTypes: true }).find((d) => d.isDirectory())?.name;
  const pages = unavailable
    ? []
    : [
        '/',
        '/about/',
        '/actors/',
        '/sources/',
        '/corrections/',
        '/data/',
        ...['actors', 'sources', 'tags', 'status', 'years'].map((d) => `/${d}/${firstOf(d)}/`),
      ].filter((path) => existsSync(join(dist, path, 'index.html')));
  test('every kind of page is there to check', () => expect(pages).toHaveLength(11));
  test.each(pages)('%s', async (path) => {
    const url = new URL(path, home).href;
    const zotero = await translateWeb(sources!, page(url), url);
    expect(zotero.detected).not.toContain('COinS');
    expect(zotero.saved.map((item) => item.itemType)).toEqual(['webpage']);
  });
});

describe.skipIf(Boolean(unavailable))('Embedded Metadata alone, the second choice', () => {
  // The Connector offers it from its menu. It reads the Highwire tags: the fields below hold;
  // its item type and creator do not (it guesses a journal article from `citation_title` and
  // splits any author name of several words), which is why the COinS object comes first.
  const event = data.events[0]!;
  test('keeps title, publisher, the full day, permalink, language and summary', async () => {
    const html = page(event.url);
    const zotero = await translateWeb(sources!, html, event.url, 'Embedded Metadata');
    const item = zotero.saved[0]!;
    expect(item).toMatchObject({
      title: event.title,
      publisher: data.publisher,
      url: event.url,
      language: language(html),
      abstractNote: event.summary,
    });
    expect(String(item.date).replaceAll('/', '-')).toBe(event.published);
  });
});
