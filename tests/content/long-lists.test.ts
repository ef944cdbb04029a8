/**
 * Lists that grow with the story stay bounded on every page ("no page grows without
 * bound"). The valid content folder plus `pageSize + 5` events that all cite its one source and
 * each carry a correction, the first `statements + 2` of them quoting Microsoft and one quoting
 * Unit 8200, is built once; then:
 * - a source's page lists `pageSize` citing events a page, and its later pages the rest;
 * - the source index names at most `citedBy` events a source, then links "and N more";
 * - an actor's page quotes the latest `statements` statements and links the page with all of them;
 * - `/corrections/` lists `pageSize` corrections a page;
 * - each feed holds the newest `feedItems` items;
 * - those pages are valid HTML (the real story is too small to have them, so the e2e gates on the
 *   real build never meet them).
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { listLimits } from '../../src/site.config';
import { buildFixture, removeScratch, type FixtureBuild } from '../support/build-fixture';

let build: FixtureBuild;
let dist: string;
afterAll(() => removeScratch(build.dir));

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
/** The "Events that cite this source" section of a source page, and the number in its heading. */
const citedBy = (html: string) => {
  const section = html.slice(html.indexOf('<section aria-labelledby="cited-by"'));
  return { entries: count(section.slice(0, section.indexOf('</section>')), /<h3/g), total: Number(/\((\d+)\)<\/span><\/h2>/.exec(section)?.[1]) };
};

const SOURCE = 'ms-2025-05-15-statement';
/** Event `i` of the added ones: one cited paragraph, and a quotation when `by` is given. */
function event(content: string, i: number, by?: string): string {
  const day = new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
  const quote = by ? `\n\n<Quote by="${by}" source="${SOURCE}">\nWords of statement ${i}.\n</Quote>` : '';
  writeFileSync(
    join(content, 'events', `${day}-item-${i}.mdx`),
    `---\ntitle: "Item ${i}"\ndate: ${day}\nsummary: "Summary ${i}."\nactors: ["microsoft", "unit-8200"]\nsources: ["${SOURCE}"]\nstatus: "reported"\npublished: 2026-11-29\ncorrections:\n  - { date: 2026-11-29, text: "Corrected item ${i}." }\n---\nParagraph ${i}. <Cite source="${SOURCE}" />${quote}\n`,
  );
  return day;
}

describe('long lists on a story with a much-cited source and a much-quoted actor', () => {
  beforeAll(async () => {
    build = await buildFixture('long-lists', {
      prepare: (content) => {
        for (let i = 0; i < listLimits.pageSize + 5; i++) event(content, i, i < listLimits.statements + 2 ? 'microsoft' : i === listLimits.statements + 2 ? 'unit-8200' : undefined);
        // Each quotation is one of the source's recorded excerpts (a build rule).
        appendFileSync(join(content, 'sources', `${SOURCE}.yaml`), Array.from({ length: listLimits.statements + 3 }, (_, i) => `  - text: "Words of statement ${i}."\n`).join(''));
      },
    });
    expect(build.code, build.output).toBe(0);
    dist = build.dist;
  }, 240_000);

  it('pages a source cited by more than pageSize events', () => {
    const id = SOURCE;
    const first = citedBy(page(`sources/${id}`));
    expect(first.total).toBeGreaterThan(listLimits.pageSize);
    expect(first.entries).toBe(listLimits.pageSize);
    let seen = 0;
    for (let n = 1; existsSync(join(dist, 'sources', id, n === 1 ? '' : String(n), 'index.html')); n++) {
      const listed = citedBy(page(`sources/${id}/${n === 1 ? '' : n}`));
      expect(listed.total).toBe(first.total);
      seen += listed.entries;
    }
    expect(seen).toBe(first.total);
    expect(page(`sources/${id}`)).toContain(`href="/sources/${id}/2/"`);
    // The record itself is on the first page only, as an actor's details are.
    expect(page(`sources/${id}`)).toContain('>Publisher</dt>');
    expect(page(`sources/${id}/2`)).not.toContain('>Publisher</dt>');
  });

  it('names at most citedBy events a source on the source index, then links the rest', () => {
    const index = page('sources');
    const lines = index.split('Cited by:</span>').slice(1).map((rest) => rest.slice(0, rest.indexOf('</p>')));
    expect(lines).toHaveLength(1);
    const total = citedBy(page(`sources/${SOURCE}`)).total;
    expect(count(lines[0]!, /href="\/events\//g)).toBe(listLimits.citedBy);
    // "and N more", with the source's title for screen readers, which read links out of context.
    expect(lines[0]).toMatch(new RegExp(`; <a href="/sources/${SOURCE}/">and ${total - listLimits.citedBy} more<span class="sr-only"> events citing [^<]+</span></a>$`));
  });

  it('quotes the first statements on an actor page and links all of them', () => {
    const html = page('actors/microsoft');
    const all = Number(/<a href="\/actors\/microsoft\/statements\/">All (\d+) statements<\/a>/.exec(html)?.[1]);
    // The valid folder quotes Microsoft too: at least the added quotations.
    expect(all).toBeGreaterThanOrEqual(listLimits.statements + 2);
    expect(count(html, /class="statement"/g)).toBe(listLimits.statements);
    const statements = page('actors/microsoft/statements');
    expect(count(statements, /class="statement"/g)).toBe(all);
    expect(statements).toContain(`(${all})</span>`);
    // The actor page's are the latest ones: the end of the full list, in the same order.
    const quoted = (h: string) => [...h.matchAll(/<blockquote[^>]*><p>([^<]*)<\/p>/g)].map((m) => m[1]);
    expect(quoted(html)).toEqual(quoted(statements).slice(-listLimits.statements));
    // An actor quoted fewer times has no statements page, and no link to one.
    expect(count(page('actors/unit-8200'), /class="statement"/g)).toBeGreaterThan(0);
    expect(page('actors/unit-8200')).not.toMatch(/>All \d+ statements</);
    expect(existsSync(join(dist, 'actors', 'unit-8200', 'statements'))).toBe(false);
  });

  it('pages the corrections, pageSize a page', () => {
    const corrections = (path: string) => count(page(path), />Correction to </g);
    expect(corrections('corrections')).toBe(listLimits.pageSize);
    expect(corrections('corrections/2')).toBe(5);
    expect(page('corrections')).toContain('href="/corrections/2/"');
  });

  it('keeps each feed to the newest feedItems items', () => {
    const file = (name: string) => readFileSync(join(dist, 'feeds', name), 'utf8');
    for (const name of ['events', 'corrections']) {
      expect((JSON.parse(file(`${name}.json`)) as { items: unknown[] }).items).toHaveLength(listLimits.feedItems);
      expect(count(file(`${name}.rss.xml`), /<item>/g)).toBe(listLimits.feedItems);
      expect(count(file(`${name}.atom.xml`), /<entry>/g)).toBe(listLimits.feedItems);
    }
  });

  it('makes valid HTML of the pages only long lists have', async () => {
    const validator = new HtmlValidate(htmlValidateConfig as never);
    const problems: string[] = [];
    for (const path of ['sources', `sources/${SOURCE}`, `sources/${SOURCE}/2`, 'actors/microsoft', 'actors/microsoft/statements', 'corrections/2']) {
      const report = await validator.validateFile(join(dist, path, 'index.html'));
      for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
